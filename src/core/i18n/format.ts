import type { Figure } from '../indicators/summary';
import type { Lang, SummaryDef } from '../templates/types';

/**
 * A summary figure as a person reads it: "85,0 %", "1 234 €", "—" when not computable, and the
 * error value (#REF!…) as the workbook shows it.
 */
export function formatFigure(
  value: Figure | undefined,
  format: SummaryDef['format'],
  lang: Lang,
): string {
  if (value === '' || value === undefined) return '—';
  if (typeof value === 'string') return value;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  switch (format) {
    case 'percent':
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value);
    case 'money':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 2,
      }).format(value);
    case 'integer':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}
