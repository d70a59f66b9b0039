// What every page's frame shows about the site: its name, language, publisher,
// publication date and contact, and the kommun's own header and footer when
// site.yaml has one. Pages pass it to BaseLayout as `layout`.
import { logoExtensionOf } from '../../schemas/kommun-frame';
import type { Site } from '../../schemas/site';
import type { Catalog } from '../catalog/catalog';
import { paths } from './paths';

export interface FrameLink {
  text: string;
  /** As written in site.yaml (validated there); components still render it through SafeLink. */
  url: string;
}

export interface KommunFrameView {
  /** The kommun's start page, where the logo leads. */
  homeUrl: string;
  /** The logo's address relative to the base path, and its text alternative. */
  logo: { path: string; alt: string };
  headerLinks: FrameLink[];
  footer: { address?: string; phone?: string; links: FrameLink[] };
}

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
  /** The kommun's header and footer around the site's own; absent, the site has only its own. */
  kommunFrame?: KommunFrameView;
}

export function kommunFrameView(frame: NonNullable<Site['kommunFrame']>): KommunFrameView {
  const extension = logoExtensionOf(frame.logo.file);
  if (!extension) throw new Error(`Logotypen har ingen känd filändelse: ${frame.logo.file}`);
  const { address, phone, links } = frame.footer;
  return {
    homeUrl: frame.homeUrl,
    logo: { path: paths.kommunLogo(extension), alt: frame.logo.alt },
    headerLinks: frame.headerLinks.map(({ text, url }) => ({ text, url })),
    footer: { ...(address ? { address } : {}), ...(phone ? { phone } : {}), links: links.map(({ text, url }) => ({ text, url })) },
  };
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
    ...(site.kommunFrame ? { kommunFrame: kommunFrameView(site.kommunFrame) } : {}),
  };
}
