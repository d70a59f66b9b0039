// Fills {placeholders} in a UI string: fill('Visar {shown} av {total}', { shown: 3, total: 12 }).
// Strings reach islands as plain props, so placeholders stand in for functions.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
