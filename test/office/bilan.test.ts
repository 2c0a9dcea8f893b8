import { buildBilan } from '../../src/core/bilan/build';
import { EXAMPLES } from '../../src/core/examples';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { ca } from '../../src/core/templates/ca';
import type { Row } from '../../src/core/values/cell';
import { OfficeWorkbook } from '../../src/workbook/office';
import { freeSheetName } from '../../src/workbook/office/sheets';
import { benchData } from '../../bench/generate';
import { StrictExcel } from './excel';

/**
 * The bilan from the pane in Excel (issue 13): the same plan as `trepied bilan`, added as a new
 * sheet beside the user's own through Office.js, in a fixed number of syncs whatever the rows.
 */
const NOW = new Date(Date.UTC(2026, 5, 30));

function bilan(data: Record<string, Row[]>, name = 'Bilan T2'): WorkbookPlan {
  const plan = buildBilan(ca, data, { period: 'T2', lang: 'fr', now: NOW });
  plan.sheets[0]!.name = name;
  return plan;
}

function workbook(version = 9): StrictExcel {
  const excel = new StrictExcel({ version }).install();
  excel.addSheet('Actions');
  return excel;
}

const cellOf = (plan: WorkbookPlan, match: (v: unknown) => boolean) =>
  plan.sheets[0]!.cells.find((c) => match(c.value))!;

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

describe('OfficeWorkbook.addSheets (the bilan in Excel)', () => {
  it.each([9, 8])(
    'makes 2 syncs for the 3-action example and for 500 actions (ExcelApi 1.%i)',
    async (minor) => {
      const small = workbook(minor);
      await new OfficeWorkbook().addSheets(bilan(EXAMPLES.ca.data));
      const large = workbook(minor);
      const plan = bilan(benchData(500));
      expect(plan.sheets[0]!.cells.length).toBeGreaterThan(5000);
      await new OfficeWorkbook().addSheets(plan);
      // What exists (and the date system); then every value, format, style and the page layout.
      expect(small.syncs).toHaveLength(2);
      expect(large.syncs).toHaveLength(2);
      expect(large.maxPayload().request).toBeLessThan(5_000_000);
    },
  );

  it('stays under 5 MB a request with a small budget: one more sync per budget, not per row', async () => {
    const excel = workbook();
    await new OfficeWorkbook({ requestBudget: 200_000 }).addSheets(bilan(benchData(500)));
    expect(excel.syncs.length).toBeGreaterThan(2);
    expect(excel.syncs.length).toBeLessThan(20);
    expect(excel.maxPayload().request).toBeLessThan(400_000);
  });

  it('writes every value where the plan puts it, text as text, styles and page layout', async () => {
    const excel = workbook();
    const data = structuredClone(EXAMPLES.ca.data);
    // Partner text that looks like a formula stays text.
    data['Actions']![0]!['title'] = '=1+1 atelier';
    const plan = bilan(data);
    const added = await new OfficeWorkbook().addSheets(plan);
    expect(added).toEqual({ kind: 'sheets', names: ['Bilan T2'] });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Actions', 'Bilan T2']);
    for (const c of plan.sheets[0]!.cells) {
      if (c.value === null || c.value === undefined || c.value instanceof Date) continue;
      expect({ ref: c.ref, value: excel.cell('Bilan T2', c.ref)?.value }).toEqual({
        ref: c.ref,
        value: c.value,
      });
      if (typeof c.value === 'string')
        expect(excel.cell('Bilan T2', c.ref)?.numberFormat).toBe('@');
    }
    const typed = cellOf(plan, (v) => v === '=1+1 atelier');
    expect(excel.cell('Bilan T2', typed.ref)?.formula).toBeUndefined();
    const section = cellOf(plan, (v) => v === 'Chiffres clés');
    expect(excel.cell('Bilan T2', section.ref)?.format['fill.color']).toBe('#D9E1F2');
    expect(excel.cell('Bilan T2', section.ref)?.format['font.bold']).toBe(true);
    // The section's fill runs across the row, as in the file.
    const row = section.ref.replace(/^A/, 'H');
    expect(excel.cell('Bilan T2', row)?.format['fill.color']).toBe('#D9E1F2');
    const layout = excel.sheet('Bilan T2').pageLayout;
    expect(layout.orientation).toBe('Landscape');
    expect(layout.printArea).toBe(
      plan.sheets[0]!.pageSetup!.area!.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'),
    );
  });

  it('never replaces a sheet: a second bilan of the same period gets « (2) »', async () => {
    const excel = workbook();
    excel.addSheet('Bilan T2');
    const added = await new OfficeWorkbook().addSheets(bilan(EXAMPLES.ca.data));
    expect(added).toEqual({ kind: 'sheets', names: ['Bilan T2 (2)'] });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Actions', 'Bilan T2', 'Bilan T2 (2)']);
  });
});

describe('freeSheetName', () => {
  it('keeps to 31 characters, drops what Excel refuses, counts past taken names in any case', () => {
    expect(freeSheetName('Bilan T2 – A/B [Albi]', [])).toBe('Bilan T2 – A B  Albi');
    expect(freeSheetName('Bilan annuel', ['bilan ANNUEL', 'Bilan annuel (2)'])).toBe(
      'Bilan annuel (3)',
    );
    const long = `Bilan T4 – ${'Maison de santé '.repeat(3)}`;
    const name = freeSheetName(long, [long.slice(0, 31).trimEnd()]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });
});
