import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookValues } from '../support/exceljs-values';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { worksheetChildren } from '../support/worksheet-xml';
import { writtenByStream } from '../support/raw-zip';

/**
 * Both ExcelJS writers render exactly the plan: read the file back and compare. The in-memory
 * writer is planToXlsx's default; the streaming one (render-stream.ts) is forced here on the
 * same small plans, and planToXlsx takes it by itself above STREAM_THRESHOLD_CELLS.
 */
const NOW = new Date('2026-01-15T00:00:00Z');

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, §18.3.1.99): Excel refuses others. */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const WRITERS = Object.keys(TEMPLATES).flatMap((id) => [
  { id, writer: 'in memory', stream: false },
  { id, writer: 'streaming', stream: true },
]);

describe.each(WRITERS)('xlsx writer: $id ($writer)', ({ id, stream }) => {
  const t = TEMPLATES[id]!;
  const ex = EXAMPLES[t.id];
  const plan = buildPlan(t, { now: NOW, data: ex.data, config: ex.config });
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    bytes = await planToXlsx(plan, { stream });
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

  it('was written by the writer asked for (the streaming one writes data descriptors)', () => {
    expect(writtenByStream(bytes)).toBe(stream);
  });

  it('orders every worksheet part as the schema requires, a table part last', async () => {
    const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets).toHaveLength(plan.sheets.length);
    for (const p of sheets) {
      const children = worksheetChildren(await zip.file(p)!.async('string'));
      expect(children).toContain('sheetData');
      const ranks = children.map((c) => WORKSHEET_ORDER.indexOf(c));
      expect([p, ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]!))]).toEqual([
        p,
        true,
      ]);
    }
    // Protection, formats, validations and a table on one sheet: the order is really exercised
    // (evaluation protects only its computed sheets, which have no conditional format).
    const full = plan.sheets.findIndex((s) => s.protect && s.conditionalFormats.length > 0);
    const rich =
      full >= 0 ? full : plan.sheets.findIndex((s) => s.table && s.conditionalFormats.length > 0);
    const actions = worksheetChildren(
      await zip.file(`xl/worksheets/sheet${rich + 1}.xml`)!.async('string'),
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        ...(full >= 0 ? ['sheetProtection'] : []),
        'conditionalFormatting',
        'dataValidations',
        'tableParts',
      ]),
    );
  });

  it('points every table part from its sheet, with its content type', async () => {
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const tables = plan.sheets.filter((s) => s.table);
    for (const [k, sp] of tables.entries()) {
      const i = plan.sheets.indexOf(sp) + 1;
      const rels = await zip.file(`xl/worksheets/_rels/sheet${i}.xml.rels`)!.async('string');
      const rel = new RegExp(
        `Id="(rId\\d+)"[^>]*relationships/table" Target="../tables/table${k + 1}.xml"`,
      ).exec(rels);
      expect([sp.name, rel?.[1]]).toEqual([sp.name, expect.stringMatching(/^rId\d+$/)]);
      const sheet = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async('string');
      expect(sheet).toContain(`<tableParts count="1"><tablePart r:id="${rel?.[1]}"/></tableParts>`);
      const part = await zip.file(`xl/tables/table${k + 1}.xml`)!.async('string');
      expect(part).toContain(` name="${sp.table!.name}" displayName="${sp.table!.name}"`);
      expect(types).toContain(
        `<Override PartName="/xl/tables/table${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
    }
    expect(tables.length).toBeGreaterThan(0);
  });

  it('asks for a full recalculation on load, and names its creator', async () => {
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<calcPr\b[^>]*\bfullCalcOnLoad="1"/);
    expect(wb.creator).toBe('Trépied');
    expect(wb.created.toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2026-01-15T00:00:00.000Z');
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
    expect(all).toContain("Indicateurs[Taux d''atteinte retenu (0 à 100 %)]");
    // A lone apostrophe inside [...] would give #NAME? in LibreOffice.
    expect(all.match(/\[[^\]]*[^']'[^'][^\]]*\]/g) ?? []).toEqual([]);
  });
});
