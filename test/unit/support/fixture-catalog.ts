// The catalog of test/fixtures/content-valid, as the site build makes it, for
// tests of the page views in src/lib/pages/.
import { loadContent } from '../../../src/data/load-content';
import { createCatalog, type Catalog } from '../../../src/lib/catalog/catalog';
import { VALID_CONTENT } from './content-fixture';

let catalog: Catalog | undefined;

export function fixtureCatalog(): Catalog {
  if (catalog) return catalog;
  const result = loadContent(VALID_CONTENT, process.cwd());
  if (!result.ok) throw new Error(`test/fixtures/content-valid is not valid: ${JSON.stringify(result.errors)}`);
  catalog = createCatalog(result.model);
  return catalog;
}

/** A view is plain data: what survives JSON is all there is (undefined fields aside). */
export const roundTrip = <T>(view: T): T => JSON.parse(JSON.stringify(view)) as T;
