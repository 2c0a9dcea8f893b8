import { renderIssue } from '../../../src/core/i18n/render';
import { ACI_TYPED_RATE_INDICATOR } from '../../../src/core/templates/cpts-aci';
import type { CellValue } from '../../../src/core/values/cell';
import { example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

const ACCESS = 'Patients sans médecin traitant orientés vers un médecin traitant';

/** The cpts example with the access indicator's target and achieved value typed. */
function typed(target: CellValue, achieved: CellValue, name?: string) {
  const input = example('cpts');
  const row = rowWith(input, 'IndicateursACI', ACCESS, 1);
  setCell(input, 'IndicateursACI', row, 'Objectif annuel', target);
  setCell(input, 'IndicateursACI', row, 'Valeur atteinte', achieved);
  if (name !== undefined) setCell(input, 'IndicateursACI', row, 'Indicateur', name);
  return issuesOf(input, 'percent-scale');
}

describe('issue 15 (trial): a rate typed 85 for 0,85 in « Valeur atteinte » is flagged', () => {
  it('85 against a target of 0,9: a warning, with 0,85 offered', () => {
    const found = typed(0.9, 85);
    expect(found).toEqual([
      {
        rule: 'percent-scale',
        severity: 'warning',
        sheet: 'Indicateurs ACI',
        cell: 'H2',
        params: {
          problem: 'achieved',
          column: 'Valeur atteinte',
          indicator: ACCESS,
          value: 85,
          target: 0.9,
          fixed: 0.85,
          safe: true,
        },
        fix: { cell: 'H2', value: 0.85 },
      },
    ]);
    expect(renderIssue(found[0]!, 'fr')).toContain(
      "fait environ 100 fois son objectif annuel (0,9, un taux) : c'est sans doute 85 % saisi comme un nombre entier",
    );
    expect(renderIssue(found[0]!, 'fr')).toContain('valeur proposée : 0,85 (85 %)');
  });

  it('a target of exactly 1 may be a count: warned, no fix offered', () => {
    const found = typed(1, 60);
    expect(found).toMatchObject([{ cell: 'H2', params: { value: 60, safe: false } }]);
    expect(found[0]!.fix).toBeUndefined();
    expect(renderIssue(found[0]!, 'fr')).toContain("si c'est un pourcentage, saisissez 0,6 (60 %)");
  });

  it('the rate a version-1 workbook typed (target 1 by construction): the fix is offered', () => {
    const found = typed(1, 85, `${ACI_TYPED_RATE_INDICATOR} : Accès aux soins`);
    expect(found).toMatchObject([{ cell: 'H2', fix: { cell: 'H2', value: 0.85 } }]);
  });

  it.each([
    [0.9, 0.85], // a rate typed as a rate
    [0.9, 1], // 100 %
    [150, 118], // counts
    [1, 2], // 2 protocols for 1: not 100 times
    [0.5, 150], // above 100: no percentage
    [0.9, '85'], // text: the number rule reads it (as a number) and says so
  ] as [CellValue, CellValue][])('target %j, achieved %j: nothing', (target, achieved) => {
    expect(typed(target, achieved)).toEqual([]);
  });
});
