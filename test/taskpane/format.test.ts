import {
  formatFigureText,
  formatNumber,
  formatPercent,
  formatValue,
} from '../../src/taskpane/format';

describe('figures and values as the pane shows them', () => {
  it.each([
    ['OUI', 'fr', '« OUI »'],
    ['OUI', 'en', '“OUI”'],
    [0.85, 'fr', '0,85'],
    [new Date('2026-03-31T00:00:00Z'), 'fr', '31/03/2026'],
    [null, 'fr', '(vide)'],
    [true, 'en', 'TRUE'],
  ] as const)('%p in %s: %s', (value, lang, text) => {
    expect(formatValue(value, lang)).toBe(text);
  });

  it('shows a dash for a missing number', () => {
    expect(formatNumber(null, 'fr')).toBe('—');
    expect(formatNumber(0.5, 'fr')).toBe('0,5');
  });
});

/** Issue 14: « 2 024 » for a year, amounts with needless cents. */
describe('French formats without surprises', () => {
  const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it.each([
    [2024, 'fr', '2024'], // a year: no thousands space
    [1500, 'fr', '1500'],
    [12500, 'fr', '12 500'],
    [45.5, 'fr', '45,5'],
  ] as const)('the number %p in %s: %s', (value, lang, text) => {
    expect(nb(formatValue(value, lang))).toBe(text);
  });

  it.each([
    [1500, 'money', '1 500 €'], // whole euros: no « ,00 »
    [1500.5, 'money', '1 500,50 €'],
    [25000, 'money', '25 000 €'],
    [2024, 'integer', '2024'],
    [0.667, 'percent', '66,7 %'],
  ] as const)('the figure %p (%s): %s', (value, format, text) => {
    expect(nb(formatFigureText(value, format, 'fr'))).toBe(text);
  });

  it('writes percentages as percentages', () => {
    expect(nb(formatPercent(0.85, 'fr'))).toBe('85 %');
    expect(formatPercent(0.85, 'en')).toBe('85%');
  });
});
