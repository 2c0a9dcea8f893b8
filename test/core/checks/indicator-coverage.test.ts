import { brief, example, issuesOf } from '../support/examples';
import { tableOf } from '../support/plan-input';

describe('indicator-coverage', () => {
  it.each([
    [
      'Processus',
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'A4',
          params: { key: 'A3', missing: ['Processus'] },
        },
      ],
    ],
    [
      'Résultat',
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'A4',
          params: { key: 'A3', missing: ['Résultat'] },
        },
      ],
    ],
  ])('A3 without its %s indicator', (type, expected) => {
    const input = example('ca');
    const t = tableOf(input, 'Indicateurs');
    const i = t.values.findIndex((r) => r[0] === 'A3' && r[1] === type);
    t.values[i] = t.values[i]!.map((v, c) => (t.formulas[i]![c] === null ? null : v)); // empty the row
    expect(brief(issuesOf(input, 'indicator-coverage'))).toEqual(expected);
  });

  it('finds nothing when every action has the three types', () => {
    expect(issuesOf(example('ca'), 'indicator-coverage')).toEqual([]);
  });

  it('says nothing when the Indicateurs table is missing (a structure error already)', () => {
    const input = example('ca');
    input.tables = input.tables.filter((t) => t.name !== 'Indicateurs');
    expect(issuesOf(input, 'indicator-coverage')).toEqual([]);
  });
});
