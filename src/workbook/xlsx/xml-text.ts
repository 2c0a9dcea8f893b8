/** XML escaping as ExcelJS's writer does it, for parts written beside it. */

// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&'"\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /[<>&'"\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const ENTITY: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};

/** Text or attribute value escaped as ExcelJS escapes it (C0 controls but tab, LF, CR dropped). */
export function xmlText(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? '') : s;
}

/** Text or attribute value with `& < > "` escaped (apostrophes kept as they are). */
export const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of an attribute value or element as written (the five predefined entities). */
export const xmlUnescape = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
