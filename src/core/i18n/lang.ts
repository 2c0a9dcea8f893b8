import type { Lang, Text } from '../templates/types';

export function pick(lang: Lang, text: Text): string {
  return text[lang];
}

const MONTHS_FR = [
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
];

/** A month column header of the Calendrier (French, as the workbook contract). */
export function monthLabel(year: number, month0: number): string {
  return `${MONTHS_FR[month0]} ${year}`;
}
