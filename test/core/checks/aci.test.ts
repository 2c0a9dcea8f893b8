import { renderIssue } from '../../../src/core/i18n/render';
import type { CellValue } from '../../../src/core/values/cell';
import { example, issuesOf, rowWith } from '../support/examples';
import { setCell, tableOf } from '../support/plan-input';
import type { WorkbookInput } from '../../../src/core/read/types';

const indicator = (input: WorkbookInput, name: string) => rowWith(input, 'IndicateursACI', name, 1);
const ACCESS = 'Patients sans médecin traitant orientés vers un médecin traitant';

/** The example with one cell changed, and the `aci` issues found, as the CLI prints them. */
function aci(table: string, row: (input: WorkbookInput) => number, header: string, v: CellValue) {
  const input = example('cpts');
  setCell(input, table, row(input), header, v);
  return issuesOf(input, 'aci').map((i) => ({ ...i, text: renderIssue(i, 'fr') }));
}

describe('issue 15: the ACI checks', () => {
  it('the example is clean', () => {
    expect(issuesOf(example('cpts'), 'aci')).toEqual([]);
  });

  it('weights of a mission not summing to 100 %', () => {
    const found = aci('IndicateursACI', (i) => indicator(i, ACCESS), 'Pondération', 0.5);
    expect(found).toMatchObject([
      {
        sheet: 'Indicateurs ACI',
        cell: 'D2',
        params: { problem: 'weights', mission: 'Accès aux soins' },
      },
    ]);
    expect(found[0]!.text).toContain('font 90 % au lieu de 100 %');
  });

  it('an achieved value without target', () => {
    const found = aci('IndicateursACI', (i) => indicator(i, ACCESS), 'Objectif annuel', null);
    expect(found).toMatchObject([{ cell: 'G2', params: { problem: 'achieved-without-target' } }]);
    expect(found[0]!.text).toContain("pas d'objectif annuel");
  });

  it('paid above due, per mission', () => {
    // Prévention: 19 000 € due (10 000 + 10 000 × 90 %), 7 500 + 12 000 paid.
    const found = aci('ACI', (i) => rowWith(i, 'ACI', 'Prévention'), 'Versé (€)', 12000);
    expect(found).toMatchObject([
      { sheet: 'ACI', params: { problem: 'paid-above-due', paid: 19500, due: 19000 } },
    ]);
    expect(found[0]!.text).toContain('un trop-perçu de 500 €');
  });

  it('spending above the envelope', () => {
    const found = aci(
      'DepensesACI',
      (i) => rowWith(i, 'DepensesACI', 'Prévention', 1),
      'Montant engagé (€)',
      25000,
    );
    expect(found).toMatchObject([
      {
        sheet: 'ACI',
        params: {
          problem: 'spending-above-envelope',
          mission: 'Prévention',
          spent: 25000,
          due: 19000,
        },
      },
    ]);
    expect(found[0]!.text).toContain("dépassent l'enveloppe due (19 000 €) de 6 000 €");
  });

  it.each([
    [
      'Année',
      2030,
      'contract-year',
      "l'année 2030 ne tombe pas dans l'année contractuelle qui commence le 01/07/2024",
    ],
    ['Année contractuelle (début)', 'bientôt', 'contract-start', "« bientôt » n'est pas une date"],
    // Text that reads as a date is still no date for the workbook's EDATE.
    [
      'Année contractuelle (début)',
      '01/07/2024',
      'contract-start',
      'restent vides dans la feuille ACI',
    ],
  ])('contract year: %s = %j', (field, value, problem, text) => {
    const found = aci('CPTS', (i) => rowWith(i, 'CPTS', field), 'Valeur', value);
    expect(found).toMatchObject([{ sheet: 'CPTS', params: { problem } }]);
    expect(found[0]!.text).toContain(text);
  });

  it('an expense dated outside the contract year', () => {
    const first = (i: WorkbookInput) =>
      tableOf(i, 'DepensesACI').values.findIndex((r) => r[1] === 'Prévention');
    const found = aci('DepensesACI', first, 'Date', new Date(Date.UTC(2025, 7, 1)));
    expect(found).toMatchObject([
      { sheet: 'Dépenses ACI', cell: 'A5', params: { problem: 'spending-outside-year' } },
    ]);
    expect(found[0]!.text).toContain("hors de l'année contractuelle (01/07/2024 – 30/06/2025)");
  });
});
