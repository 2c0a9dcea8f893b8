import { carryForward } from '../../../src/core/carry';
import { buildDialogue } from '../../../src/core/bilan/dialogue';
import { checkWorkbook, enteredTables } from '../../../src/core/check';
import { renderIssue } from '../../../src/core/i18n/render';
import { buildMergedPlan } from '../../../src/core/merge/build-merged';
import type { WorkbookInput } from '../../../src/core/read/types';
import { cpts } from '../../../src/core/templates/cpts';
import type { CellValue } from '../../../src/core/values/cell';
import { restored } from '../../merge/support/workbooks';
import { example, rowWith } from '../support/examples';
import { planInput, setCell, tableOf } from '../support/plan-input';

/**
 * Regression (issue 15, release candidate): a contract year starting on 29/02/2024 was shown as
 * « 29/02/2024 – 28/02/2025 » by the checks while the workbook (EDATE) and `new cpts --from`
 * start the next year on 28/02/2025: an expense dated 28/02/2025 counted in both years. A year
 * ends the day before the next one starts: 29/02/2024 – 27/02/2025, then 28/02/2025 – 27/02/2026.
 */
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The example, contract year from `start`, its first expense dated `spent`. */
function workbook(start: Date, year: number, spent: Date): WorkbookInput {
  const input = example('cpts');
  setCell(input, 'CPTS', rowWith(input, 'CPTS', 'Année contractuelle (début)'), 'Valeur', start);
  setCell(input, 'CPTS', rowWith(input, 'CPTS', 'Année'), 'Valeur', year);
  setCell(input, 'DepensesACI', 0, 'Date', spent);
  return input;
}

const outside = (input: WorkbookInput) =>
  checkWorkbook(input)
    .issues.filter(
      (i) =>
        i.rule === 'aci' && (i.params as { problem: string }).problem === 'spending-outside-year',
    )
    .map((i) => renderIssue(i, 'fr'));

describe('a contract year starting on 29 February (regression: 28/02 counted in two years)', () => {
  it('ends on 27/02 of the next year, the day before the next anniversary (EDATE: 28/02)', () => {
    expect(outside(workbook(utc(2024, 2, 29), 2024, utc(2025, 2, 27)))).toEqual([]);
    const found = outside(workbook(utc(2024, 2, 29), 2024, utc(2025, 2, 28)));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      "du 28/02/2025 est hors de l'année contractuelle (29/02/2024 – 27/02/2025)",
    );
  });

  it('the next year (new cpts --from) starts on 28/02/2025 and holds the expense of that day', () => {
    const last = workbook(utc(2024, 2, 29), 2024, utc(2025, 2, 27));
    const next = carryForward(restored(last, 'cpts-2024.xlsx'));
    const input = planInput(cpts, buildMergedPlan(next.data));
    const field = (name: string): CellValue | undefined =>
      tableOf(input, 'CPTS').values.find((r) => r[0] === name)?.[1];
    expect(field('Année contractuelle (début)')).toEqual(utc(2025, 2, 28));
    // The carried workbook has no expense: the one of 28/02/2025 is typed in it.
    const dated = tableOf(input, 'DepensesACI');
    const row = dated.values.findIndex((r) => r.every((v) => v === null || v === ''));
    setCell(input, 'DepensesACI', row, 'Date', utc(2025, 2, 28));
    setCell(input, 'DepensesACI', row, 'Mission', 'Prévention');
    setCell(input, 'DepensesACI', row, 'Objet de la dépense', 'Atelier');
    setCell(input, 'DepensesACI', row, 'Montant engagé (€)', 100);
    expect(outside(input)).toEqual([]);
    // And that year ends on 27/02/2026, the day before its own next anniversary (28/02/2026).
    setCell(input, 'DepensesACI', row, 'Date', utc(2026, 2, 28));
    expect(outside(input)[0]).toContain('(28/02/2025 – 27/02/2026)');
  });

  it('the dialogue de gestion shows the same year', () => {
    const input = workbook(utc(2024, 2, 29), 2024, utc(2025, 2, 27));
    const plan = buildDialogue(cpts, enteredTables(checkWorkbook(input).records), {
      mission: 'Prévention',
    });
    const texts = plan.sheets[0]!.cells.map((c) => c.value).filter((v) => typeof v === 'string');
    expect(texts).toContain('Année contractuelle : 29/02/2024 – 27/02/2025');
  });
});
