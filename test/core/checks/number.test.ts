import { renderIssue } from '../../../src/core/i18n/render';
import type { CellValue } from '../../../src/core/values/cell';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('number', () => {
  it.each([
    [
      'Budget prévu (€)',
      'environ 300',
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'Q2',
          params: { problem: 'not-a-number', column: 'Budget prévu (€)', value: 'environ 300' },
        },
      ],
    ],
    [
      'Budget prévu (€)',
      true,
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'Q2',
          params: { problem: 'not-a-number', column: 'Budget prévu (€)', value: 'true' },
        },
      ],
    ],
    [
      'Budget prévu (€)',
      -50,
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'Q2',
          params: { problem: 'negative', column: 'Budget prévu (€)', value: -50 },
        },
      ],
    ],
    [
      'Nombre de bénéficiaires ciblés',
      -3,
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'L2',
          params: { problem: 'negative', column: 'Nombre de bénéficiaires ciblés', value: -3 },
        },
      ],
    ],
    [
      'Nombre de bénéficiaires atteints',
      12.5,
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'M2',
          params: {
            problem: 'not-integer',
            column: 'Nombre de bénéficiaires atteints',
            value: 12.5,
          },
        },
      ],
    ],
    [
      'Nombre de bénéficiaires atteints',
      '12,5',
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'M2',
          params: {
            problem: 'not-integer',
            column: 'Nombre de bénéficiaires atteints',
            value: 12.5,
          },
        },
      ],
    ], // read as 12.5, still not whole
    ['Nombre de bénéficiaires atteints', 0, []],
    ['ETP mobilisés', 0.5, []],
  ] as [string, CellValue, object[]][])('%s = %j', (header, value, expected) => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), header, value);
    expect(
      brief(
        issuesOf(input, 'number').filter((i) => i.rule === 'number' && i.params.problem !== 'text'),
      ),
    ).toEqual(expected);
  });

  it('accepts a negative value where the column allows it (Valeur initiale)', () => {
    const input = example('ca');
    setCell(input, 'Indicateurs', 0, 'Valeur initiale', -2);
    expect(issuesOf(input, 'number')).toEqual([]);
  });
});

describe('issue 15 (trial): a date typed where a number is expected', () => {
  it('is shown as the workbook shows it, 31/12/2025', () => {
    const input = example('cpts');
    const row = rowWith(input, 'IndicateursACI', 'Parcours pluriprofessionnels formalisés', 1);
    setCell(input, 'IndicateursACI', row, 'Objectif annuel', new Date(Date.UTC(2025, 11, 31)));
    const found = issuesOf(input, 'number');
    expect(found).toMatchObject([{ cell: 'G4', params: { problem: 'not-a-number' } }]);
    expect(renderIssue(found[0]!, 'fr')).toContain(
      "« 31/12/2025 » n'est pas un nombre (colonne « Objectif annuel »)",
    );
  });
});
