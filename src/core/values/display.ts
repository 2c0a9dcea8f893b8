import type { Lang } from '../templates/types';

/*
 * Numbers and dates as a French reader expects them, for every place that shows a value as text
 * (the pane, the demo's view of the sheets): a year « 2024 », never « 2 024 »; an amount « 1 500 € »
 * without needless cents; a date « 30/06/2024 ».
 */

export type DisplayFormat = 'integer' | 'percent' | 'money' | 'number';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'fr-FR');

/**
 * Digits grouped from five on only: a year stays « 2024 », not « 2 024 », and so does a count
 * such as 1500 (French typography allows four digits ungrouped); 12 500 is grouped.
 */
const grouping = (value: number) => Math.abs(value) >= 10_000;

/** A plain number in the user's locale, with at most `maximumFractionDigits` decimals. */
export function displayPlain(value: number, lang: Lang, maximumFractionDigits: number): string {
  return new Intl.NumberFormat(locale(lang), {
    maximumFractionDigits,
    useGrouping: grouping(value),
  }).format(value);
}

/**
 * A number by its format: amounts in whole euros unless they have cents, always grouped; years
 * and counts ungrouped below 10 000.
 */
export function displayNumber(value: number, format: DisplayFormat, lang: Lang): string {
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
        // An amount is never a year: « 4 000 € », as the check's messages write it.
        useGrouping: true,
      }).format(value);
    case 'integer':
      return displayPlain(value, lang, 0);
    default:
      return displayPlain(value, lang, 2);
  }
}

/** A date as jj/mm/aaaa (dd/mm/yyyy in English). */
export function displayDate(value: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(value);
}
