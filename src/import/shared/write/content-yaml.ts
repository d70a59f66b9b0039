// How content YAML is written, said once: the example-data generator and the
// workbook import render records the same way (long texts folded, line breaks
// kept as literal blocks, yes/no quoted), so a file written by either reads the
// same and re-rendering an unchanged file gives the same bytes.
import { Document, isScalar, Scalar, visit, type Node } from 'yaml';

/** Options every content YAML file is rendered with. */
export const CONTENT_YAML_OPTIONS = { lineWidth: 100, minContentWidth: 40 } as const;

/** Texts longer than this are written as a folded block (>-). */
const FOLD_AFTER = 90;

/** Gives the scalars under `node` the content style; nodes the caller keeps from a file are not passed here. */
export function styleContentScalars(node: Node | Document): void {
  const style = (scalar: Scalar) => {
    if (typeof scalar.value !== 'string') return;
    // Older YAML readers take yes/no/on/off as true/false; quotes keep them text everywhere.
    if (/^(yes|no|on|off|y|n|true|false)$/i.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    else if (scalar.value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
    else if (scalar.value.length > FOLD_AFTER) scalar.type = Scalar.BLOCK_FOLDED;
  };
  if (isScalar(node)) style(node);
  else visit(node, { Scalar: (_key, scalar) => style(scalar) });
}

/** A new YAML node for `value`, styled as content, made by `doc` (so it can be put into it). */
export function contentNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  styleContentScalars(node);
  return node;
}

/** A whole content file for `value`, with an optional comment at the top. */
export function contentYamlText(value: unknown, comment?: string): string {
  const doc = new Document(value);
  if (comment) doc.commentBefore = ` ${comment.replaceAll('\n', '\n ')}`;
  styleContentScalars(doc);
  return doc.toString(CONTENT_YAML_OPTIONS);
}
