import type { SummaryDef } from '../core/templates/types';
import type { CellValue } from '../core/values/cell';
import type { Lang } from './strings';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'fr-FR');

/**
 * Digits grouped from five on only: a year stays « 2024 », not « 2 024 », and so does a count
 * such as 1500 (French typography allows four digits ungrouped); 12 500 is grouped.
 */
const grouping = (value: number) => Math.abs(value) >= 10_000;

/** A plain number in the user's locale. */
function number(value: number, lang: Lang, maximumFractionDigits: number): string {
  return new Intl.NumberFormat(locale(lang), {
    maximumFractionDigits,
    useGrouping: grouping(value),
  }).format(value);
}

/** A cell value in a sentence: numbers and dates (jj/mm/aaaa) in the user's locale, text quoted. */
export function formatValue(value: CellValue, lang: Lang): string {
  if (value === null) return lang === 'en' ? '(empty)' : '(vide)';
  if (value instanceof Date)
    return new Intl.DateTimeFormat(locale(lang), {
      timeZone: 'UTC',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(value);
  if (typeof value === 'number') return number(value, lang, 4);
  if (typeof value === 'boolean') return String(value).toUpperCase();
  return lang === 'en' ? `“${value}”` : `« ${value} »`;
}

/** A plain number in the user's locale, or a dash when there is none. */
export function formatNumber(value: number | null, lang: Lang): string {
  if (value === null) return '—';
  return number(value, lang, 2);
}

/** A ratio as a percentage: 0.85 → « 85 % ». */
export function formatPercent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A Synthèse figure: amounts in whole euros unless they have cents, years and counts ungrouped. */
export function formatFigureText(value: number, format: SummaryDef['format'], lang: Lang): string {
  switch (format) {
    case 'percent':
      return new Intl.NumberFormat(locale(lang), {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value);
    case 'money':
      return new Intl.NumberFormat(locale(lang), {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
        maximumFractionDigits: 2,
        useGrouping: grouping(value),
      }).format(value);
    case 'integer':
      return number(value, lang, 0);
    default:
      return number(value, lang, 2);
  }
}
