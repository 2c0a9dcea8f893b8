import { formatPercentValue } from '../core/i18n/format';
import type { SummaryDef } from '../core/templates/types';
import type { CellValue } from '../core/values/cell';
import { displayDate, displayNumber, displayPlain } from '../core/values/display';
import type { Lang } from './strings';

/** A cell value in a sentence: numbers and dates (jj/mm/aaaa) in the user's locale, text quoted. */
export function formatValue(value: CellValue, lang: Lang): string {
  if (value === null) return lang === 'en' ? '(empty)' : '(vide)';
  if (value instanceof Date) return displayDate(value, lang);
  if (typeof value === 'number') return displayPlain(value, lang, 4);
  if (typeof value === 'boolean') return String(value).toUpperCase();
  return lang === 'en' ? `“${value}”` : `« ${value} »`;
}

/** A plain number in the user's locale, or a dash when there is none. */
export function formatNumber(value: number | null, lang: Lang): string {
  if (value === null) return '—';
  return displayPlain(value, lang, 2);
}

/** A ratio as a percentage: 0.85 → « 85 % », as the CLI and the workbook show it. */
export function formatPercent(value: number, lang: Lang): string {
  return formatPercentValue(value, lang);
}

/** A Synthèse figure: amounts in whole euros unless they have cents, years and counts ungrouped. */
export function formatFigureText(value: number, format: SummaryDef['format'], lang: Lang): string {
  return displayNumber(value, format, lang);
}
