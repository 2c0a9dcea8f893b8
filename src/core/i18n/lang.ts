import type { Lang, Text } from '../templates/types';

export function pick(lang: Lang, text: Text): string {
  return text[lang];
}

/** Short month names as each language abbreviates them (Calendrier's month headers). */
const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * A month column header of the Calendrier (« janv. 2026 », "Jan 2026"): display text in the
 * workbook's language, not a contract name (docs/workbooks.md: the months depend on the period).
 */
export function monthLabel(year: number, month0: number, lang: Lang): string {
  return `${MONTHS[lang][month0]} ${year}`;
}

/** Whether a header is a month column's, in either language (a workbook of either, merged). */
export function isMonthLabel(header: string): boolean {
  const m = /^(\S+) (\d{4})$/.exec(header.trim());
  return !!m && (MONTHS.fr.includes(m[1] as string) || MONTHS.en.includes(m[1] as string));
}
