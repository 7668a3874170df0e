/** Fills `{name}` placeholders: format("{count} 問", { count: 3 }) → "3 問". Unknown names are left visible. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
