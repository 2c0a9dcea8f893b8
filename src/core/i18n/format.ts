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
  let f = formats.get(`${lang}:${format}`);
  if (!f) formats.set(`${lang}:${format}`, (f = numberFormat(format, lang)));
  return f.format(value);
}

/**
 * A ratio as a percentage, to the tenth where it has one: 0.5 → « 50 % » (« 50% » in English),
 * 0.125 → « 12,5 % », as the workbook shows an indicator whose unit is Pourcentage.
 */
export function formatPercentValue(value: number, lang: Lang): string {
  let f = formats.get(`${lang}:percentValue`);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    formats.set(`${lang}:percentValue`, f);
  }
  return f.format(value);
}

/** An indicator's value: a percentage when its unit says so, else a number; « — » when none. */
export function formatIndicatorValue(value: number | null, percent: boolean, lang: Lang): string {
  if (value === null) return '—';
  return percent ? formatPercentValue(value, lang) : formatFigure(value, 'number', lang);
}

/** Formats are made once per language and kind (each costs a locale look-up). */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(format: SummaryDef['format'], lang: Lang): Intl.NumberFormat {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  switch (format) {
    case 'percent':
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
    case 'money':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 2,
      });
    case 'integer':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  }
}
