import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetAreas } from '../../core/formula/refs';
import type {
  CellPlan,
  CellStyle,
  ConditionalFormatPlan,
  HeaderFooterPlan,
  LinkPlan,
  PageSetupPlan,
  SheetPlan,
  TableColumnPlan,
  TablePlan,
  WorkbookPlan,
} from '../../core/plan/types';
import { allowedLink } from '../../core/restore/links';
import type { CellValue } from '../../core/values/cell';
import { BORDER_COLOR, FONT, HEADER_STYLE, NUM_FMT } from '../formats';
import {
  DRAWING_REL,
  chartPackage,
  dataBarsXml,
  insertInSheet,
  relationshipsXml,
  withColumnBreaks,
  withDataBars,
  withDrawing,
} from './charts';
import { dataValidationsXml } from './validations';
import {
  WORKBOOK_PART,
  relsOf,
  withDefinedNames,
  sheetParts,
  type DefinedName,
} from './workbook-part';
import { xmlEscape, xmlUnescape } from './xml-text';
import { canDeflate } from './zip-writer';

export { NUM_FMT } from '../formats';

/**
 * Style one cell. ExcelJS shares one style object between cells (same column, or same style
 * index once loaded), and its setters mutate it: always give the cell a fresh object.
 */
export function styleCell(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const patch: Partial<ExcelJS.Style> = {};
  if (s.numFmt) patch.numFmt = NUM_FMT[s.numFmt];
  if (s.bold || s.italic || s.color || s.size) {
    patch.font = {
      ...FONT,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: s.color } } : {}),
      ...(s.size ? { size: s.size } : {}),
    };
  }
  if (s.fill) patch.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  if (s.wrap) patch.alignment = { wrapText: true, vertical: 'top' };
  if (s.locked !== undefined) patch.protection = { locked: s.locked };
  styleCell(cell, patch);
}

/*
 * What both writers (in memory here, streaming in render-stream.ts and sheet-rows.ts) put in a
 * sheet, shared so the two files cannot drift apart.
 */

/** Height of a table's header row (points): headers wrap on two or three lines. */
export const HEADER_HEIGHT = 45;

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: BORDER_COLOR } };
const TABLE_BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Style of a table header cell (on top of its column's style): explicit, see HEADER_STYLE. */
export function styleHeaderCell(cell: ExcelJS.Cell): void {
  styleCell(cell, {
    font: { ...FONT, bold: true, color: { argb: HEADER_STYLE.color } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_STYLE.fill } },
    border: TABLE_BORDER,
    alignment: { wrapText: true, vertical: 'middle' },
    protection: { locked: true },
  });
}

/** Style of a table data cell: its column's plan style, locked unless entered, top-aligned. */
export function styleTableCell(cell: ExcelJS.Cell, c: TableColumnPlan): void {
  applyStyle(cell, { ...c, locked: c.locked });
  styleCell(cell, {
    border: TABLE_BORDER,
    alignment: { ...(c.wrap ? { wrapText: true } : {}), vertical: 'top' },
  });
}

/** The value written in a table data cell: the column formula, or the entered value. */
export function tableCellValue(t: TablePlan, row: CellValue[], j: number): ExcelJS.CellValue {
  const f = t.columns[j]?.formula;
  if (f) return { formula: f } as ExcelJS.CellFormulaValue;
  const v = row[j] ?? null;
  return typeof v === 'string' ? ooxmlText(v) : v;
}

// eslint-disable-next-line no-control-regex
const XML_UNSAFE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/;
const XML_UNSAFE_ALL = new RegExp(XML_UNSAFE.source, 'g');

/**
 * Text as OOXML stores what XML 1.0 cannot hold or would change: a carriage return (XML
 * readers turn it into a line feed) and other control characters as `_xHHHH_`, and a typed
 * `_xHHHH_` escaped as `_x005F_xHHHH_`, so every reader gives the text back byte for byte.
 * @example ooxmlText('a\r\nb') // 'a_x000D_\nb'
 */
export function ooxmlText(s: string): string {
  if (!XML_UNSAFE.test(s) && !/_x[0-9A-Fa-f]{4}_/.test(s)) return s;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(
      XML_UNSAFE_ALL,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

/**
 * The value of a linked table cell, or undefined when the link is not kept. Links only on text:
 * the cell keeps its text, the target follows (http, https, mailto).
 */
export function linkCellValue(t: TablePlan, l: LinkPlan): ExcelJS.CellHyperlinkValue | undefined {
  const text = t.rows[l.row]?.[l.column];
  return typeof text === 'string' && allowedLink(l.target)
    ? { text: ooxmlText(text), hyperlink: l.target }
    : undefined;
}

/** Write a free cell of the plan (value or formula, then style) into its cell. */
export function writeCellPlan(cell: ExcelJS.Cell, cp: CellPlan): void {
  if (cp.formula) cell.value = { formula: cp.formula } as ExcelJS.CellFormulaValue;
  else if (cp.value !== undefined)
    cell.value = typeof cp.value === 'string' ? ooxmlText(cp.value) : cp.value;
  applyStyle(cell, cp);
}

/** The frozen panes of a sheet, as ExcelJS views. */
export function sheetViews(sp: SheetPlan): Partial<ExcelJS.WorksheetView>[] {
  return sp.frozen.rows || sp.frozen.columns
    ? [{ state: 'frozen', xSplit: sp.frozen.columns, ySplit: sp.frozen.rows }]
    : [];
}

/** A plan conditional format as an ExcelJS one (an expression rule with its priority). */
export function conditionalFormatting(
  cf: ConditionalFormatPlan,
): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: [
      {
        type: 'expression',
        priority: cf.priority,
        formulae: [cf.formula],
        style: {
          ...(cf.fill
            ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: cf.fill } } }
            : {}),
          ...(cf.color ? { font: { color: { argb: cf.color } } } : {}),
          ...(cf.numFmt ? { numFmt: NUM_FMT[cf.numFmt] } : {}),
        },
      },
    ],
  };
}

/** A4 in the paperSize codes of ECMA-376 (§18.3.1.63). */
const PAPER_A4 = 9;

/** Worksheet options of a sheet's page setup (the print area and titles are defined names). */
export function printOptions(
  ps: PageSetupPlan | undefined,
): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  if (!ps) return {};
  const hf = (x: HeaderFooterPlan) =>
    `${x.left ? `&L${x.left}` : ''}${x.center ? `&C${x.center}` : ''}${x.right ? `&R${x.right}` : ''}`;
  return {
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: ps.orientation,
      ...(ps.scale
        ? { fitToPage: false, scale: ps.scale }
        : { fitToPage: true, fitToWidth: ps.fit.width, fitToHeight: ps.fit.height }),
      margins: { ...ps.margins },
    },
    headerFooter: { oddHeader: hf(ps.header), oddFooter: hf(ps.footer) },
  };
}

/** The print areas and titles of a plan as workbook-part defined names (sheet-scoped). */
function printNames(plan: WorkbookPlan): DefinedName[] {
  return plan.sheets.flatMap((sp, localSheetId) => {
    const ps = sp.pageSetup;
    if (!ps) return [];
    const at = (range: string) => sheetAreas(sp.name, range);
    const titles = [ps.titleColumns, ps.titleRows].filter((x): x is string => !!x).map(at);
    return [
      ...(ps.area ? [{ name: '_xlnm.Print_Area', localSheetId, text: at(ps.area) }] : []),
      ...(titles.length
        ? [{ name: '_xlnm.Print_Titles', localSheetId, text: titles.join(',') }]
        : []),
    ];
  });
}

/** Sheet protection without password: what stays allowed on a protected sheet. */
export const SHEET_PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: true,
};

/** Workbook properties of every file written from a plan. */
export function workbookProperties(plan: WorkbookPlan): {
  creator: string;
  created: Date;
  modified: Date;
} {
  const created = new Date(`${plan.created}T00:00:00Z`);
  return { creator: 'Trépied', created, modified: created };
}

async function renderSheet(wb: ExcelJS.Workbook, sp: SheetPlan): Promise<void> {
  const ws = wb.addWorksheet(sp.name, { state: sp.state, ...printOptions(sp.pageSetup) });
  sp.widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
  });
  const views = sheetViews(sp);
  if (views.length) ws.views = views;
  const t = sp.table;
  if (t) {
    const origin = ws.getCell(t.origin);
    const r0 = Number(origin.row);
    const c0 = Number(origin.col);
    // Entered columns are unlocked down the whole sheet, so rows typed below the table stay editable.
    t.columns.forEach((c, j) => {
      if (!c.locked) ws.getColumn(c0 + j).protection = { locked: false };
    });
    ws.addTable({
      name: t.name,
      ref: t.origin,
      headerRow: true,
      style: {
        theme: t.style as NonNullable<ExcelJS.TableStyleProperties['theme']>,
        showRowStripes: true,
      },
      columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: t.rows.map((row) => row.map((_v, j) => tableCellValue(t, row, j))),
    });
    for (const l of t.links ?? []) {
      const link = linkCellValue(t, l);
      if (link) ws.getCell(r0 + 1 + l.row, c0 + l.column).value = link;
    }
    t.columns.forEach((c, j) => {
      styleHeaderCell(ws.getCell(r0, c0 + j));
      for (let i = 0; i < t.rows.length; i++) styleTableCell(ws.getCell(r0 + 1 + i, c0 + j), c);
    });
    ws.getRow(r0).height = HEADER_HEIGHT;
  }
  for (const cp of sp.cells) writeCellPlan(ws.getCell(cp.ref), cp);
  for (const [r, h] of Object.entries(sp.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  for (const r of sp.pageSetup?.breaks ?? []) ws.getRow(r).addPageBreak();
  for (const cf of sp.conditionalFormats) ws.addConditionalFormatting(conditionalFormatting(cf));
  if (sp.protect) await ws.protect('', { ...SHEET_PROTECTION });
}

/** Render a plan into an ExcelJS workbook (before the file-level repairs of planToXlsx). */
export async function renderWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const props = workbookProperties(plan);
  wb.creator = props.creator;
  wb.created = props.created;
  wb.modified = props.modified;
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sp of plan.sheets) await renderSheet(wb, sp);
  return wb;
}

/** Calculated-column formulas by table name, then by column header. */
export type ColumnFormulas = Record<string, Record<string, string>>;

/**
 * Write calculated-column formulas into the table parts (ExcelJS cannot express them), so a row
 * added to a table in Excel gets its computed cells.
 */
async function patchTableFormulas(zip: JSZip, formulas: ColumnFormulas): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    let xml = await zip.file(path)!.async('string');
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const cols = name ? formulas[name] : undefined;
    if (!cols) continue;
    xml = xml.replace(
      /<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g,
      (whole, attrs: string, _end, inner?: string) => {
        const header = /\bname="([^"]*)"/.exec(attrs)?.[1];
        const f = header === undefined ? undefined : cols[xmlUnescape(header)];
        if (!f || (inner ?? '').includes('<calculatedColumnFormula')) return whole;
        return `<tableColumn${attrs}><calculatedColumnFormula>${xmlEscape(f)}</calculatedColumnFormula>${inner ?? ''}</tableColumn>`;
      },
    );
    zip.file(path, xml);
  }
}

/** Add calculated-column formulas to an .xlsx written by ExcelJS. */
export async function restoreCalculatedColumns(
  bytes: ArrayBuffer | Uint8Array,
  formulas: ColumnFormulas,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await patchTableFormulas(zip, formulas);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The calculated-column formulas of a plan, for restoreCalculatedColumns. */
export function planFormulas(plan: WorkbookPlan): ColumnFormulas {
  const out: ColumnFormulas = {};
  for (const s of plan.sheets) {
    if (!s.table) continue;
    const cols: Record<string, string> = {};
    for (const c of s.table.columns) if (c.formula) cols[c.header] = c.formula;
    out[s.table.name] = cols;
  }
  return out;
}

/**
 * Add the plan's defined names, print areas and titles included, to a workbook part
 * (xl/workbook.xml, a small part).
 */
function withPlanNames(wbXml: string, plan: WorkbookPlan): string {
  const names = plan.names.map((n) => ({ name: n.name, localSheetId: undefined, text: n.ref }));
  return withDefinedNames(wbXml, [...names, ...printNames(plan)]);
}

/** The worksheet parts of a package, in workbook order (xl/worksheets/sheet1.xml…). */
async function worksheetPaths(zip: JSZip): Promise<string[]> {
  return [...(await sheetParts(zip)).values()];
}

/** Add the plan's data bars to its sheets (ExcelJS writes none; see charts.ts). */
async function addDataBars(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const sheets = await worksheetPaths(zip);
  for (const [i, sp] of plan.sheets.entries()) {
    const bars = dataBarsXml(sp.dataBars ?? [], sp.conditionalFormats.length + 1);
    const path = sheets[i];
    if (!bars || !path) continue;
    zip.file(path, withDataBars(await zip.file(path)!.async('string'), bars));
  }
}

/** Add the plan's data validations (validations.ts: ExcelJS declares no public way to). */
async function addValidations(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const sheets = await worksheetPaths(zip);
  for (const [i, sp] of plan.sheets.entries()) {
    const xml = dataValidationsXml(sp.validations);
    const path = sheets[i];
    if (!xml || !path) continue;
    zip.file(path, insertInSheet(await zip.file(path)!.async('string'), 'dataValidations', xml));
  }
}

/** Add the plan's manual column breaks (ExcelJS writes row breaks only). */
async function addColumnBreaks(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const sheets = await worksheetPaths(zip);
  for (const [i, sp] of plan.sheets.entries()) {
    const columns = sp.pageSetup?.columnBreaks ?? [];
    const path = sheets[i];
    if (columns.length === 0 || !path) continue;
    zip.file(path, withColumnBreaks(await zip.file(path)!.async('string'), columns));
  }
}

/** Add the plan's charts: their parts, each sheet's drawing, relationships and content types. */
async function addCharts(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const pkg = chartPackage(plan);
  if (pkg.parts.length === 0) return;
  const sheets = await worksheetPaths(zip);
  for (const [i, drawing] of pkg.drawings) {
    const sheet = sheets[i];
    if (!sheet || !zip.file(sheet))
      throw new Error(`Feuille ${i + 1} introuvable dans le classeur écrit.`);
    const relsPath = relsOf(sheet);
    const existing = (await zip.file(relsPath)?.async('string')) ?? relationshipsXml([]);
    const ids = [...existing.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
    const rId = `rId${Math.max(0, ...ids) + 1}`;
    const rel = `<Relationship Id="${rId}" Type="${DRAWING_REL}" Target="../drawings/${drawing}"/>`;
    zip.file(relsPath, existing.replace('</Relationships>', `${rel}</Relationships>`));
    zip.file(sheet, withDrawing(await zip.file(sheet)!.async('string'), rId));
  }
  for (const part of pkg.parts) zip.file(part.name, part.xml);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${pkg.contentTypes}</Types>`));
}

/**
 * What ExcelJS cannot express, patched into the package: column formulas, defined names, data
 * bars, validations, column breaks, charts.
 */
async function repairPackage(
  buffer: ArrayBuffer | Uint8Array,
  plan: WorkbookPlan,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  await patchTableFormulas(zip, planFormulas(plan));
  zip.file(WORKBOOK_PART, withPlanNames(await zip.file(WORKBOOK_PART)!.async('string'), plan));
  await addDataBars(zip, plan);
  await addValidations(zip, plan);
  await addColumnBreaks(zip, plan);
  await addCharts(zip, plan);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Above this many table cells (header and data rows of every table), planToXlsx writes with the
 * streaming writer: ExcelJS's in-memory writer holds every cell as an object (2.6 GB peak at
 * 10 000 actions, 1.5 million cells) and builds each sheet's XML as one string, which fails past
 * V8's string limit (300 000 Indicateurs rows at 50 000 actions). 200 000 cells is about 1 300
 * actions of the benchmark data, where the in-memory writer still stays under 500 MB; the
 * examples and new workbooks (a few thousand cells) keep the in-memory path.
 */
export const STREAM_THRESHOLD_CELLS = 200_000;

/** Table cells of a plan: header and data rows times columns, summed over the tables. */
export function tableCellCount(plan: WorkbookPlan): number {
  let n = 0;
  for (const s of plan.sheets) if (s.table) n += (s.table.rows.length + 1) * s.table.columns.length;
  return n;
}

/** The streaming writer deflates with CompressionStream('deflate-raw') (zip-writer.ts). */
export const canStream = canDeflate;

export interface PlanToXlsxOptions {
  /**
   * true: the streaming writer (render-stream.ts); false: ExcelJS's in-memory writer.
   * Default: streaming above STREAM_THRESHOLD_CELLS table cells, where it is available.
   */
  stream?: boolean;
}

/** Render a plan into the bytes of an .xlsx file. */
export async function planToXlsx(
  plan: WorkbookPlan,
  options: PlanToXlsxOptions = {},
): Promise<Uint8Array> {
  if (options.stream ?? (canStream() && tableCellCount(plan) > STREAM_THRESHOLD_CELLS)) {
    // Loaded on demand: render-stream imports this module, and the browser demo never needs it.
    const { planToXlsxStreamed } = await import('./render-stream');
    return planToXlsxStreamed(plan);
  }
  return planToXlsxInMemory(plan);
}

/**
 * The in-memory writer: ExcelJS's workbook, then what it cannot express patched into the
 * package. `touch` may add cells before it is written (the streaming writer's style samples).
 */
export async function planToXlsxInMemory(
  plan: WorkbookPlan,
  touch?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = await renderWorkbook(plan);
  touch?.(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return repairPackage(buffer as ArrayBuffer, plan);
}
