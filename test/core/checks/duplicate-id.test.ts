import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('duplicate-id', () => {
  it.each([
    [
      'A1',
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'A3',
          params: { column: 'N° action', value: 'A1', first: 'A2' },
        },
      ],
    ],
    [
      'a1',
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'A3',
          params: { column: 'N° action', value: 'a1', first: 'A2' },
        },
      ],
    ], // COUNTIFS ignores case
    ['A9', []],
  ])('A2 renumbered %s', (id, expected) => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A2'), 'N° action', id);
    expect(brief(issuesOf(input, 'duplicate-id'))).toEqual(expected);
  });

  it('applies to every table keyed by an id (Partenaires)', () => {
    const input = example('ca');
    setCell(input, 'Partenaires', 3, 'Partenaire', 'DAC du Tarn');
    expect(brief(issuesOf(input, 'duplicate-id'))).toEqual([
      {
        severity: 'error',
        sheet: 'Partenaires',
        cell: 'A5',
        params: { column: 'Partenaire', value: 'DAC du Tarn', first: 'A2' },
      },
    ]);
  });
});
