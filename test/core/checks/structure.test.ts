import { brief, example, issuesOf } from '../support/examples';

describe('structure (sheets without a table)', () => {
  it.each([
    [
      'Listes',
      [
        {
          severity: 'warning',
          sheet: 'Listes',
          cell: '',
          params: { problem: 'missing-sheet', sheet: 'Listes' },
        },
      ],
    ],
    [
      'Synthèse',
      [
        {
          severity: 'warning',
          sheet: 'Synthèse',
          cell: '',
          params: { problem: 'missing-sheet', sheet: 'Synthèse' },
        },
      ],
    ],
    ['_meta', []], // not a contract sheet
  ])('without sheet %s', (sheet, expected) => {
    const input = example('ca');
    input.sheets = input.sheets.filter((s) => s !== sheet);
    expect(brief(issuesOf(input, 'structure'))).toEqual(expected);
  });

  it('accepts a sheet name in another case', () => {
    const input = example('ca');
    input.sheets = input.sheets.map((s) => (s === 'Listes' ? 'LISTES' : s));
    expect(issuesOf(input, 'structure')).toEqual([]);
  });
});
