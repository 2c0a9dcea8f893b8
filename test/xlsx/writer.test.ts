import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookValues } from '../../src/workbook/xlsx/read';
import { planToXlsx } from '../../src/workbook/xlsx/render';

/** The ExcelJS writer renders exactly the plan: read the file back and compare. */
const NOW = new Date('2026-01-15T00:00:00Z');

describe.each(Object.keys(TEMPLATES))('xlsx writer: %s', (id) => {
  const t = TEMPLATES[id]!;
  const ex = EXAMPLES[t.id];
  const plan = buildPlan(t, { now: NOW, data: ex.data, config: ex.config });
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    bytes = await planToXlsx(plan);
    wb = await loadXlsx(bytes);
    zip = await JSZip.loadAsync(bytes);
  });

  it('has the contract sheets in order, then a very hidden _meta', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([...t.sheets, '_meta']);
    expect(wb.getWorksheet('_meta')!.state).toBe('veryHidden');
    const meta = readWorkbookValues(wb).meta;
    expect(meta).toMatchObject({
      template: t.id,
      version: t.version,
      lang: 'fr',
      created: '2026-01-15',
    });
  });

  it('writes every table with its exact headers, entered values and a formula in every computed cell', () => {
    const values = readWorkbookValues(wb);
    for (const sp of plan.sheets.filter((s) => s.table)) {
      const tp = sp.table!;
      const tv = values.tables.find((x) => x.name === tp.name);
      expect(tv?.sheet).toBe(sp.name);
      expect(tv!.headers).toEqual(tp.columns.map((c) => c.header));
      expect(tv!.values.length).toBe(tp.rows.length);
      tp.columns.forEach((c, j) => {
        tp.rows.forEach((row, i) => {
          if (c.formula) expect(tv!.formulas[i]![j]).toBe(c.formula);
          else expect(tv!.values[i]![j] ?? null).toEqual(row[j] ?? null);
        });
      });
    }
  });

  it('stores calculated-column formulas in the table parts (rows added in Excel get them)', async () => {
    const parts = Object.keys(zip.files).filter(
      (p) => p.startsWith('xl/tables/') && p.endsWith('.xml'),
    );
    const xml = (await Promise.all(parts.map((p) => zip.file(p)!.async('string')))).join('\n');
    const computed = plan.sheets.flatMap((s) => s.table?.columns.filter((c) => c.formula) ?? []);
    expect(computed.length).toBeGreaterThan(0);
    const count = (xml.match(/<calculatedColumnFormula>/g) ?? []).length;
    expect(count).toBe(computed.length);
  });

  it('defines every list and summary name', async () => {
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    for (const n of plan.names) expect(xml).toContain(`<definedName name="${n.name}">`);
    for (const s of t.summaries) expect(plan.names.map((n) => n.name)).toContain(s.name);
  });

  it('protects computed cells only, without password', () => {
    for (const sp of plan.sheets.filter((s) => s.table && s.protect)) {
      const ws = wb.getWorksheet(sp.name)!;
      const prot = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(prot.sheet).toBe(true);
      expect(prot.hashValue).toBeUndefined();
      sp.table!.columns.forEach((c, j) => {
        const cell = ws.getCell(Number(ws.getCell(sp.table!.origin).row) + 1, j + 1);
        expect([sp.name, c.header, cell.protection?.locked ?? true]).toEqual([
          sp.name,
          c.header,
          c.locked,
        ]);
      });
    }
  });

  it('binds dropdowns to named lists', () => {
    for (const sp of plan.sheets) {
      const ws = wb.getWorksheet(sp.name)!;
      for (const v of sp.validations.filter((x) => x.type === 'list')) {
        const first = v.range.split(':')[0]!;
        expect(ws.getCell(first).dataValidation).toMatchObject({
          type: 'list',
          formulae: [v.formulae[0]],
        });
      }
    }
  });
});

describe('file-syntax formulas', () => {
  const plan = buildPlan(TEMPLATES.ca!, { now: NOW });
  const formulas = plan.sheets.flatMap((s) => [
    ...(s.table?.columns.map((c) => c.formula ?? '') ?? []),
    ...s.cells.map((c) => c.formula ?? ''),
  ]);
  it('never use [@Column], dynamic arrays or an unescaped apostrophe in a column name', () => {
    const all = formulas.join('\n');
    expect(all).not.toMatch(/\[@/);
    expect(all).not.toMatch(/\b(FILTER|UNIQUE|LET|LAMBDA|XLOOKUP|SORT|SEQUENCE)\(/);
    expect(all).toContain("Indicateurs[Taux d''atteinte]");
    // A lone apostrophe inside [...] would give #NAME? in LibreOffice.
    expect(all.match(/\[[^\]]*[^']'[^'][^\]]*\]/g) ?? []).toEqual([]);
  });
});
