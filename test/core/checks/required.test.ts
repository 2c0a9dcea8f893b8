import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('required', () => {
  it.each([
    [
      'Actions',
      'A2',
      "Intitulé de l'action",
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'C3',
          params: { column: "Intitulé de l'action" },
        },
      ],
    ],
    [
      'Preuves',
      'A1',
      'Preuve',
      [{ severity: 'error', sheet: 'Preuves', cell: 'C2', params: { column: 'Preuve' } }],
    ],
    ['Actions', 'A2', 'Porteur', []], // not required
  ])('%s %s without %s', (table, key, header, expected) => {
    const input = example('ca');
    setCell(input, table, rowWith(input, table, key), header, '   ');
    expect(brief(issuesOf(input, 'required'))).toEqual(expected);
  });

  it('finds nothing in the example, nor in its spare rows', () => {
    expect(issuesOf(example('ca'), 'required')).toEqual([]);
    expect(issuesOf(example('cpts'), 'required')).toEqual([]);
  });
});
