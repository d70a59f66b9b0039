// Fills {placeholders} in a UI string: fill('Visar {shown} av {total}', { shown: 3, total: 12 }).
// Strings reach islands as plain props, so placeholders stand in for functions.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/**
 * The text before and after one {placeholder}, for a value that is not plain
 * text (text from the address goes in <bdi>): fillAround('Ingen träff på "{query}".', 'query').
 */
export function fillAround(template: string, key: string): [before: string, after: string] {
  const at = template.indexOf(`{${key}}`);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + key.length + 2)];
}
