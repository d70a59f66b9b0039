// What every page's frame shows about the site: its name, language, publisher,
// publication date and contact. Pages pass it to BaseLayout as `layout`.
import type { Catalog } from '../catalog/catalog';

export interface LayoutProps {
  siteName: string;
  /** The site shows example data: said in the title and a banner. */
  isExample: boolean;
  language: string;
  /** Absolute address the canonical links are made from. */
  siteUrl: string;
  publisher: string;
  dataPublishedOn: string;
  contactEmail?: string;
}

export function layoutProps({ site }: Pick<Catalog, 'site'>): LayoutProps {
  return {
    siteName: site.name,
    isExample: site.isExample,
    language: site.language,
    siteUrl: site.siteUrl,
    publisher: site.publisher,
    dataPublishedOn: site.dataPublishedOn,
    ...(site.contact.email ? { contactEmail: site.contact.email } : {}),
  };
}
