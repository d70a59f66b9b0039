// The catalog every page reads, built once per build from the validated content.
import { createCatalog, type Catalog } from '../lib/catalog/catalog';
import { loadValidatedContent } from './content-source';

let catalog: Catalog | undefined;

export function getCatalog(): Catalog {
  catalog ??= createCatalog(loadValidatedContent());
  return catalog;
}
