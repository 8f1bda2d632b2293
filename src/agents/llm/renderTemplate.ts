const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The placeholder names of a template, in order of first appearance. */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]))];
}

/**
 * Fill `{{name}}` placeholders. A line that is empty after filling and was not empty before
 * (an empty style or persona instruction) is removed, so vanilla prompts carry no blank gap.
 * @throws naming `where` and the placeholder when a value is missing.
 * @example renderTemplate('Offer {{days}} days.', { days: 30 }) // 'Offer 30 days.'
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | number>>, where = 'renderTemplate'): string {
  return template
    .split('\n')
    .map((line) => {
      const filled = line.replace(PLACEHOLDER, (_, name: string) => {
        const v = values[name];
        if (v === undefined) throw new Error(`${where}: no value for placeholder {{${name}}}; given: ${Object.keys(values).join(', ')}`);
        return String(v);
      });
      return { line, filled };
    })
    .filter(({ line, filled }) => !(filled.trim() === '' && line.trim() !== ''))
    .map(({ filled }) => filled)
    .join('\n');
}
