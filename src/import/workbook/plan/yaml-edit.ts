// Changes a YAML document in place toward new data, touching only what
// differs: an unchanged field keeps its node (its style, its comments), a
// changed one gets a new node in the content style, a new one goes where the
// schema puts it. So a changed record's diff shows the changed lines and no
// others, and comments in the file stay.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { normaliseContent } from '../../../data/personal-data';
import { contentNode } from '../../shared/write/content-yaml';

/** The order fields of the object at a path should have (the schema's). */
export type FieldOrder = (path: (string | number)[]) => string[];

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** Same data, text compared as the site reads it (through the gate), so a file's own spelling of an unchanged text is kept. */
export function sameContent(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(normaliseContent(a), normaliseContent(b));
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? pair.key.value : pair.key);

function syncMap(doc: Document, map: YAMLMap, target: Record<string, unknown>, order: FieldOrder, path: (string | number)[]): void {
  map.items = map.items.filter((pair) => String(keyOf(pair)) in target);
  const rank = order(path);
  for (const [key, value] of Object.entries(target)) {
    const pair = map.items.find((p) => String(keyOf(p)) === key);
    if (pair) {
      pair.value = syncNode(doc, pair.value as Node | null, value, order, [...path, key]);
      continue;
    }
    const added = doc.createPair(key, null) as Pair;
    added.value = contentNode(doc, value);
    // Where the schema puts it: before the first field that comes after it.
    const at = rank.indexOf(key);
    const before = at < 0 ? -1 : map.items.findIndex((p) => rank.indexOf(String(keyOf(p))) > at);
    if (before < 0) map.items.push(added);
    else map.items.splice(before, 0, added);
  }
}

/** The node for `target`: the same node when its data is unchanged, the same map or list changed in place, or a new node. */
export function syncNode(doc: Document, node: Node | null, target: unknown, order: FieldOrder, path: (string | number)[] = []): Node {
  if (node && sameContent(node.toJS(doc), target)) return node;
  if (isMap(node) && isPlainObject(target)) {
    syncMap(doc, node, target, order, path);
    return node;
  }
  if (isSeq(node) && Array.isArray(target) && target.length > 0) {
    const items = target.map((value, i) => syncNode(doc, (node.items[i] as Node | undefined) ?? null, value, order, [...path, i]));
    node.items = items;
    return node;
  }
  return contentNode(doc, target);
}
