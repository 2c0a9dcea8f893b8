import type { CellValue } from '../core/values/cell';
import type { Lang } from './strings';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'fr-FR');

/** A cell value in a sentence: numbers and dates in the user's locale, text in quotes. */
export function formatValue(value: CellValue, lang: Lang): string {
  if (value === null) return lang === 'en' ? '(empty)' : '(vide)';
  if (value instanceof Date)
    return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC' }).format(value);
  if (typeof value === 'number')
    return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4 }).format(value);
  if (typeof value === 'boolean') return String(value).toUpperCase();
  return lang === 'en' ? `“${value}”` : `« ${value} »`;
}

/** A plain number in the user's locale, or a dash when there is none. */
export function formatNumber(value: number | null, lang: Lang): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}
