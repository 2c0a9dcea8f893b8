import { columnLetter, typedFormula } from '../../core/formula/refs';
import type {
  CellPlan,
  CellStyle,
  ConditionalFormatPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from '../../core/plan/types';
import { NUM_FMT } from '../formats';
import { Batch, payloadBytes, rowChunks } from './batch';
import { addChart, addDataBar } from './charts';
import { applyPageLayout, styleBorders, styleHeader } from './print';
import {
  area,
  hexColor,
  origin,
  probeDateSystem,
  TEXT_FORMAT,
  toOfficeValue,
  widthPoints,
  type OfficeValue,
} from './cells';

/** As the ExcelJS writer: no password, locked cells protected, columns, rows, sort and filters free. */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSort: true,
  allowAutoFilter: true,
  selectionMode: 'Normal',
};

/** Prefix of the workbook custom properties that repeat the _meta sheet. */
export const PROPERTY_PREFIX = 'trepied.';

const HEADER_HEIGHT = 45;

/** Something the plan would create already exists: render writes nothing and says what to do. */
export class AlreadyInWorkbook extends Error {
  constructor(
    readonly kind: 'sheet' | 'table' | 'name',
    readonly items: string[],
  ) {
    const list = items.map((s) => `« ${s} »`).join(', ');
    const many = items.length > 1;
    const what = {
      sheet: many ? `Les feuilles ${list} existent déjà` : `La feuille ${list} existe déjà`,
      table: many ? `Les tableaux ${list} existent déjà` : `Le tableau ${list} existe déjà`,
      name: many ? `Les noms ${list} sont déjà définis` : `Le nom ${list} est déjà défini`,
    }[kind];
    super(
      `${what} dans ce classeur… Trépied ne remplace rien : créez le classeur dans un classeur vide (Fichier > Nouveau)${kind === 'sheet' ? ' ou renommez la feuille existante' : ''}.`,
    );
    this.name = 'AlreadyInWorkbook';
  }
}

function clashes(wanted: string[], existing: string[]): string[] {
  const have = new Set(existing.map((s) => s.toLowerCase()));
  return wanted.filter((s) => have.has(s.toLowerCase()));
}

/** A cell style on a range, or on the areas of getRanges. */
export function applyStyle(range: { format: Excel.RangeFormat }, s: CellStyle): void {
  const font = range.format.font;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.color) font.color = hexColor(s.color);
  if (s.size) font.size = s.size;
  if (s.fill) range.format.fill.color = hexColor(s.fill);
  if (s.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
  if (s.locked !== undefined) range.format.protection.locked = s.locked;
}

/** Pass 1: header, entered values and number formats, then the table over them. */
async function writeTable(
  ws: Excel.Worksheet,
  t: TablePlan,
  batch: Batch,
  dateOffset = 0,
): Promise<void> {
  const o = origin(t.origin);
  const last = o.column + t.columns.length - 1;
  const header = ws.getRange(area(o.row, o.column, o.row, last));
  header.numberFormat = [t.columns.map(() => TEXT_FORMAT)];
  header.values = [t.columns.map((c) => c.header)];
  const values: OfficeValue[][] = t.rows.map((row) =>
    t.columns.map((c, j) => (c.formula ? null : toOfficeValue(row[j] ?? null, dateOffset))),
  );
  const formats: (string | null)[][] = t.rows.map((row) =>
    t.columns.map((c, j) => {
      if (!c.formula && typeof row[j] === 'string') return TEXT_FORMAT;
      return c.numFmt ? NUM_FMT[c.numFmt] : null;
    }),
  );
  // Each row also costs a comma in each array, each array its two brackets.
  const costs = values.map((row, i) => payloadBytes(row) + payloadBytes(formats[i]) + 2);
  for (const chunk of rowChunks(costs, batch.budget - 4)) {
    await batch.reserve(chunk.bytes + 4);
    const body = ws.getRange(area(o.row + 1 + chunk.start, o.column, o.row + chunk.end, last));
    body.numberFormat = formats.slice(chunk.start, chunk.end);
    body.values = values.slice(chunk.start, chunk.end);
  }
  const table = ws.tables.add(
    ws.getRange(area(o.row, o.column, o.row + t.rows.length, last)),
    true,
  );
  table.name = t.name;
  table.style = t.style;
}

/** How render writes: the request budget, and whether Range.copyFrom (ExcelApi 1.9) exists. */
export interface RenderOptions {
  budget?: number;
  /**
   * Each computed column written once, in its first row, then copied down the column with
   * copyFrom(…, "Formulas"), as Copy and Paste in Excel would: the request no longer grows with
   * the rows. Without it (ExcelApi 1.8), every row's formula is sent.
   */
  copyFormulas?: boolean;
  /** Each sheet's page setup through Worksheet.pageLayout (ExcelApi 1.9); skipped without it. */
  pageLayout?: boolean;
}

/** Pass 2 (every table exists): computed columns, column formats, protection flags. */
async function dressTable(
  ws: Excel.Worksheet,
  t: TablePlan,
  batch: Batch,
  copyFormulas: boolean,
): Promise<void> {
  const o = origin(t.origin);
  const n = t.rows.length;
  const computed = t.columns.flatMap((c, j) =>
    c.formula ? [{ j, f: `=${typedFormula(c.formula)}` }] : [],
  );
  const rowCost = computed.reduce((sum, c) => sum + payloadBytes([c.f]) + 1, 0);
  const overhead = 2 * computed.length;
  if (computed.length > 0 && n > 0 && copyFormulas) {
    await batch.reserve(rowCost + overhead);
    for (const { j, f } of computed) {
      const col = o.column + j;
      const first = ws.getRange(area(o.row + 1, col, o.row + 1, col));
      first.formulas = [[f]];
      if (n > 1) ws.getRange(area(o.row + 2, col, o.row + n, col)).copyFrom(first, 'Formulas');
    }
  } else if (computed.length > 0) {
    for (const chunk of rowChunks(
      t.rows.map(() => rowCost),
      batch.budget - overhead,
    )) {
      await batch.reserve(chunk.bytes + overhead);
      for (const { j, f } of computed) {
        const col = o.column + j;
        ws.getRange(area(o.row + 1 + chunk.start, col, o.row + chunk.end, col)).formulas =
          Array.from({ length: chunk.end - chunk.start }, () => [f]);
      }
    }
  }
  // Entered columns are unlocked down the whole sheet, so rows typed below the table stay editable.
  t.columns.forEach((c, j) => {
    const letter = columnLetter(o.column + j);
    if (!c.locked) ws.getRange(`${letter}:${letter}`).format.protection.locked = false;
  });
  const header = ws.getRange(area(o.row, o.column, o.row, o.column + t.columns.length - 1));
  header.format.wrapText = true;
  header.format.verticalAlignment = 'Center';
  header.format.rowHeight = HEADER_HEIGHT;
  header.format.protection.locked = true;
  styleHeader(header);
  if (n > 0) {
    const body = ws.getRange(area(o.row + 1, o.column, o.row + n, o.column + t.columns.length - 1));
    styleBorders(body);
    body.format.verticalAlignment = 'Top';
  }
  t.columns.forEach((c, j) => {
    const col = o.column + j;
    applyStyle(ws.getRange(area(o.row + 1, col, o.row + n, col)), { ...c, locked: c.locked });
  });
}

function writeCell(ws: Excel.Worksheet, cp: CellPlan, dateOffset = 0): void {
  const range = ws.getRange(cp.ref);
  const v = cp.value ?? null;
  if (cp.formula !== undefined) {
    if (cp.numFmt) range.numberFormat = [[NUM_FMT[cp.numFmt]]];
    range.formulas = [[`=${typedFormula(cp.formula)}`]];
  } else if (v !== null) {
    const format =
      typeof v === 'string'
        ? TEXT_FORMAT
        : cp.numFmt
          ? NUM_FMT[cp.numFmt]
          : v instanceof Date
            ? NUM_FMT.date
            : undefined;
    if (format) range.numberFormat = [[format]];
    range.values = [[toOfficeValue(v, dateOffset)]];
  } else if (cp.numFmt) {
    range.numberFormat = [[NUM_FMT[cp.numFmt]]];
  }
  applyStyle(range, cp);
}

/**
 * The plan's fills (SheetPlan.fills): the first row's formulas and each column's style, then the
 * first row copied down (copyFrom), or, without it, every row's formulas by chunks of the budget.
 * Returns the cells written.
 */
async function writeFills(
  ws: Excel.Worksheet,
  sp: SheetPlan,
  batch: Batch,
  copyFormulas: boolean,
): Promise<Set<string>> {
  const written = new Set<string>();
  if (!sp.fills?.length) return written;
  const byRef = new Map(sp.cells.map((c) => [c.ref, c]));
  for (const fill of sp.fills) {
    const [a, b = a] = fill.split(':') as [string, string?];
    const o = origin(a);
    const e = origin(b);
    const columns = Array.from({ length: e.column - o.column + 1 }, (_, j) => o.column + j);
    const at = (r: number, c: number) => `${columnLetter(c)}${r}`;
    const formulaAt = (r: number, c: number) => {
      const ref = at(r, c);
      written.add(ref);
      const f = byRef.get(ref)?.formula;
      return f === undefined ? null : `=${typedFormula(f)}`;
    };
    const rows = Array.from({ length: e.row - o.row + 1 }, (_, i) =>
      columns.map((c) => formulaAt(o.row + i, c)),
    );
    const formats: { column: Excel.Range; format: string[][] }[] = [];
    columns.forEach((c) => {
      const first = byRef.get(at(o.row, c));
      if (!first) return;
      const column = ws.getRange(area(o.row, c, e.row, c));
      if (first.numFmt) formats.push({ column, format: rows.map(() => [NUM_FMT[first.numFmt!]]) });
      applyStyle(column, first);
    });
    for (const { column, format } of formats) {
      await batch.reserve(payloadBytes(format));
      column.numberFormat = format;
    }
    const lastColumn = o.column + columns.length - 1;
    if (copyFormulas) {
      await batch.reserve(payloadBytes(rows[0]) + 4);
      const head = ws.getRange(area(o.row, o.column, o.row, lastColumn));
      head.formulas = [rows[0] as string[]];
      if (rows.length > 1)
        ws.getRange(area(o.row + 1, o.column, e.row, lastColumn)).copyFrom(head, 'Formulas');
      continue;
    }
    for (const chunk of rowChunks(
      rows.map((r) => payloadBytes(r) + 1),
      batch.budget - 4,
    )) {
      await batch.reserve(chunk.bytes + 4);
      ws.getRange(area(o.row + chunk.start, o.column, o.row + chunk.end - 1, lastColumn)).formulas =
        rows.slice(chunk.start, chunk.end) as string[][];
    }
  }
  return written;
}

const OPERATOR = {
  between: 'Between',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
} as const;

function bound(x: string | number | Date): string | number {
  return x instanceof Date ? x.toISOString().slice(0, 10) : x;
}

/** A plan validation as an Office.js rule; list sources stay bound to their name ("=Statuts"). */
export function validationRule(v: ValidationPlan): Excel.DataValidationRule {
  if (v.type === 'list') {
    return { list: { inCellDropDown: true, source: String(v.formulae[0] ?? '') } };
  }
  const [first = 0, second] = v.formulae.map(bound);
  const operator =
    OPERATOR[v.operator ?? (second === undefined ? 'greaterThanOrEqual' : 'between')];
  if (v.type === 'date') {
    const date: Excel.DateTimeDataValidation = { formula1: String(first), operator };
    if (second !== undefined) date.formula2 = String(second);
    return { date };
  }
  const basic: Excel.BasicDataValidation = { formula1: first, operator };
  if (second !== undefined) basic.formula2 = second;
  return v.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

const ALERT_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function addValidation(ws: Excel.Worksheet, v: ValidationPlan): void {
  const dv = ws.getRange(v.range).dataValidation;
  dv.rule = validationRule(v);
  dv.ignoreBlanks = true;
  dv.errorAlert = {
    showAlert: true,
    style: ALERT_STYLE[v.style],
    title: v.error.title,
    message: v.error.text,
  };
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
}

/**
 * Excel puts a new conditional format first: adding them from the last priority to the first
 * leaves them in the plan's order (they matter only where ranges overlap).
 */
function addConditionalFormats(ws: Excel.Worksheet, formats: ConditionalFormatPlan[]): void {
  for (const cf of [...formats].sort((a, b) => b.priority - a.priority)) {
    const added = ws.getRange(cf.range).conditionalFormats.add('Custom');
    added.custom.rule.formula = `=${cf.formula}`;
    if (cf.fill) added.custom.format.fill.color = hexColor(cf.fill);
    if (cf.color) added.custom.format.font.color = hexColor(cf.color);
    // ConditionalRangeFormat.numberFormat (ExcelApi 1.6): one format code for the whole range.
    if (cf.numFmt) added.custom.format.numberFormat = NUM_FMT[cf.numFmt];
  }
}

function freeze(ws: Excel.Worksheet, { rows, columns }: SheetPlan['frozen']): void {
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(area(1, 0, rows, columns - 1)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

async function dressSheet(
  ws: Excel.Worksheet,
  sp: SheetPlan,
  batch: Batch,
  options: RenderOptions,
  dateOffset: number,
): Promise<void> {
  sp.widths.forEach((w, i) => {
    const letter = columnLetter(i);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(w);
  });
  if (sp.table) await dressTable(ws, sp.table, batch, options.copyFormulas ?? false);
  const filled = await writeFills(ws, sp, batch, options.copyFormulas ?? false);
  for (const cp of sp.cells) if (!filled.has(cp.ref)) writeCell(ws, cp, dateOffset);
  for (const [r, h] of Object.entries(sp.rowHeights ?? {}))
    ws.getRange(`${r}:${r}`).format.rowHeight = h;
  if (options.pageLayout && sp.pageSetup) applyPageLayout(ws, sp.pageSetup);
  for (const v of sp.validations) addValidation(ws, v);
  // Each new conditional format goes on top: the data bars first, so that they end up below the
  // plan's formats and in their own order, as the file writers number them (dataBarsXml).
  for (const bar of [...(sp.dataBars ?? [])].reverse()) addDataBar(ws, bar);
  addConditionalFormats(ws, sp.conditionalFormats);
  freeze(ws, sp.frozen);
}

/**
 * Create the plan's sheets in the open workbook: 1 sync to look for clashes, then everything in
 * 1 more (see Batch for payloads over 4 MB). Computed columns cost one formula per column where
 * copyFrom exists (options.copyFormulas), so only typed values make the request grow. Refuses, writing nothing, if a sheet, a table or a
 * defined name of the plan already exists.
 */
export async function renderPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: RenderOptions = {},
): Promise<void> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.tables.load('items/name');
  wb.names.load('items/name');
  const probe = probeDateSystem(wb);
  await context.sync();
  const dateOffset = probe();
  const sheetClash = clashes(
    plan.sheets.map((s) => s.name),
    wb.worksheets.items.map((s) => s.name),
  );
  if (sheetClash.length > 0) throw new AlreadyInWorkbook('sheet', sheetClash);
  const tableClash = clashes(
    plan.sheets.flatMap((s) => (s.table ? [s.table.name] : [])),
    wb.tables.items.map((t) => t.name),
  );
  if (tableClash.length > 0) throw new AlreadyInWorkbook('table', tableClash);
  const nameClash = clashes(
    plan.names.map((n) => n.name),
    wb.names.items.map((n) => n.name),
  );
  if (nameClash.length > 0) throw new AlreadyInWorkbook('name', nameClash);

  const batch = new Batch(context, options.budget);
  const sheets = plan.sheets.map((sp) => ({ sp, ws: wb.worksheets.add(sp.name) }));
  for (const { sp, ws } of sheets) if (sp.table) await writeTable(ws, sp.table, batch, dateOffset);
  for (const n of plan.names) wb.names.add(n.name, `=${n.ref}`);
  for (const { sp, ws } of sheets) await dressSheet(ws, sp, batch, options, dateOffset);
  for (const { sp, ws } of sheets) for (const c of sp.charts ?? []) addChart(wb, ws, c);
  for (const { sp, ws } of sheets) {
    if (sp.state === 'veryHidden') ws.visibility = 'VeryHidden';
    if (sp.protect) ws.protection.protect(PROTECTION);
  }
  const meta: [string, string | number][] = [
    ['template', plan.template],
    ['version', plan.version],
    ['productVersion', plan.productVersion],
    ['created', plan.created],
    ['lang', plan.lang],
  ];
  for (const [key, value] of meta) wb.properties.custom.add(`${PROPERTY_PREFIX}${key}`, value);
  sheets.find(({ sp }) => sp.state === 'visible')?.ws.activate();
  await batch.flush();
}
