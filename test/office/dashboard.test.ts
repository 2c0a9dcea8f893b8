import { buildPlan } from '../../src/core/plan/build';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { ca } from '../../src/core/templates/ca';
import { OfficeWorkbook } from '../../src/workbook/office';
import { PAYLOAD_LIMIT, StrictExcel } from './excel';

/**
 * Issue 18: the COPIL dashboard (a sheet of formulas, one line per indicator) rendered by the
 * Office.js adapter against the strict fake: every cell holds the plan's formula (the first line
 * copied down where copyFrom exists), the sheet protected, and the requests do not grow with rows.
 */
const NOW = new Date('2026-01-15T00:00:00Z');
const SHEET = ca.dashboard!.sheet;

function plan(n: number): WorkbookPlan {
  return buildPlan(ca, {
    now: NOW,
    data: {
      Actions: Array.from({ length: n }, (_, i) => ({ id: `A${i + 1}`, title: `Action ${i}` })),
      Indicateurs: Array.from({ length: 2 * n }, (_, i) => ({
        action: `A${(i % n) + 1}`,
        type: i % 2 ? 'Activité' : 'Résultat',
        name: `Indicateur ${i}`,
      })),
    },
  });
}

async function render(p: WorkbookPlan, version: number): Promise<StrictExcel> {
  const excel = new StrictExcel({ version }).install();
  excel.addSheet('Feuil1');
  await new OfficeWorkbook().render(p);
  return excel;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe.each([8, 9])('the COPIL dashboard in Excel (ExcelApi 1.%i)', (version) => {
  it('every cell holds the plan’s formula, the sheet protected like the Synthèse', async () => {
    const p = plan(12);
    const excel = await render(p, version);
    const sheet = p.sheets.find((s) => s.name === SHEET)!;
    const cells = sheet.cells.filter((c) => c.formula);
    expect(cells.length).toBeGreaterThan(500);
    const wrong = cells.filter((c) => excel.cell(SHEET, c.ref)?.formula !== `=${c.formula}`);
    expect(wrong.map((c) => `${c.ref}: ${excel.cell(SHEET, c.ref)?.formula}`)).toEqual([]);
    expect(excel.cell(SHEET, 'C3')?.value).toBe('Indicateurs de processus');
    expect(excel.sheet(SHEET).protection.protected).toBe(true);
    expect(excel.locked(SHEET, 'A4')).toBe(true);
    expect(excel.maxPayload().request).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });
});

it('makes as many syncs for 3 000 actions as for 100, where copyFrom exists', async () => {
  const a = await render(plan(100), 9);
  const small = a.syncs.length;
  a.uninstall();
  const b = await render(plan(3000), 9);
  expect(b.syncs.length).toBe(small);
  expect(b.maxPayload().request).toBeLessThanOrEqual(PAYLOAD_LIMIT);
});
