import { formatNumber, formatValue } from '../../src/taskpane/format';

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
