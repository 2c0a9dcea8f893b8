import { META_SHEET } from '../../core/plan/build';
import type { CellValue } from '../../core/values/cell';
import type { TableValues, WorkbookValues } from '../types';
import { decodeCell } from '../../core/read/address';
import { payloadBytes, REQUEST_BUDGET } from './batch';
import { area, firstCell, fromOfficeFormula, fromOfficeValue, probeDateSystem } from './cells';
import { PROPERTY_PREFIX } from './render';

/** A defined name on one cell ("=Synthèse!$B$5", "'Mon onglet'!B5"). */
const SINGLE_CELL = /^=?(?:'(?:[^']|'')+'|[^'!:]+)!\$?[A-Z]{1,3}\$?\d+$/;

type Grid = unknown[][];

function cell(grid: Grid, i: number, j: number): unknown {
  return grid[i]?.[j];
}

function tableValues(
  name: string,
  sheet: string,
  range: { values: Grid; formulas: Grid; numberFormat: Grid; address: string },
  showHeaders: boolean,
  showTotals: boolean,
  offset: number,
): TableValues {
  const start = showHeaders ? 1 : 0;
  const end = range.values.length - (showTotals ? 1 : 0);
  const headers = showHeaders ? (range.values[0] ?? []).map((h) => String(h ?? '')) : [];
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let i = start; i < end; i++) {
    const row = range.values[i] ?? [];
    const f = row.map((_, j) => fromOfficeFormula(cell(range.formulas, i, j)));
    formulas.push(f);
    values.push(
      row.map((v, j) => fromOfficeValue(v, cell(range.numberFormat, i, j), f[j] !== null, offset)),
    );
  }
  return { name, sheet, origin: firstCell(range.address), headers, values, formulas };
}

function asCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return v instanceof Date ? v : String(v);
}

/** Bytes per cell (values, formulas and number formats together), at least, before measuring. */
const FIRST_GUESS = 100;

/**
 * Response bytes per cell of rows read back, with a margin: the next rows are sized on these (the
 * budget leaves 1 MB under the limit).
 */
function bytesPerCell(
  range: { values: Grid; formulas: Grid; numberFormat: Grid },
  rows: number,
  columns: number,
): number {
  const bytes = payloadBytes([range.values, range.formulas, range.numberFormat]);
  return Math.ceil((1.1 * bytes) / Math.max(1, rows * columns));
}

interface TableRead {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  /** Top-left cell, 1-based row and 0-based column. */
  top: { row: number; column: number };
  rows: number;
  columns: number;
  address: string;
  next: number;
  /** Response bytes per cell, as measured on the table's last chunk. */
  perCell: number;
  grids: { values: Grid; formulas: Grid; numberFormat: Grid };
}

interface Pending {
  read: TableRead;
  start: number;
  count: number;
  range: Excel.Range;
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

/** Queue row chunks of the tables, in order, until their estimated response fills the budget. */
function queueChunks(reads: TableRead[], budget: number): Pending[] {
  const pending: Pending[] = [];
  let bytes = 0;
  for (const read of reads) {
    while (read.next < read.rows) {
      const rowBytes = Math.max(1, read.columns * read.perCell);
      const room = Math.floor((budget - bytes) / rowBytes);
      if (room < 1 && pending.length > 0) return pending;
      const count = Math.max(1, Math.min(room, read.rows - read.next));
      const row = read.top.row + read.next;
      const range = read.sheet.getRange(
        area(row, read.top.column, row + count - 1, read.top.column + read.columns - 1),
      );
      range.load(['values', 'formulas', 'numberFormat']);
      pending.push({ read, start: read.next, count, range });
      read.next += count;
      bytes += count * rowBytes;
    }
  }
  return pending;
}

/**
 * The tables' cells, read by chunks of rows: each sync's response stays under the budget (Excel
 * on the web refuses a response over 5 MB). The first chunk sizes rows on the table's first body
 * row; what each sync brings back refines it; a response Excel still finds too large is asked
 * again in halves.
 */
async function readTables(
  context: Excel.RequestContext,
  reads: TableRead[],
  budget: number,
): Promise<void> {
  for (;;) {
    const pending = queueChunks(reads, budget);
    if (pending.length === 0) return;
    try {
      await context.sync();
    } catch (error) {
      const single = pending.length === 1 && pending[0]?.count === 1;
      if (!isResponseTooLarge(error) || single) throw error;
      for (const p of pending) {
        p.read.next = Math.min(p.read.next, p.start);
        p.read.perCell *= 2;
      }
      continue;
    }
    for (const { read, range, count } of pending) {
      read.grids.values.push(...range.values);
      read.grids.formulas.push(...range.formulas);
      read.grids.numberFormat.push(...range.numberFormat);
      read.perCell = bytesPerCell(range, count, read.columns);
    }
  }
}

/**
 * Every table (header, values, formulas), every single-cell defined name and the _meta sheet:
 * what exists (1 sync), the tables' sizes and first body rows, the names and _meta (1 sync), then
 * the tables' cells by chunks of rows, 1 sync per chunk, each response under the budget (a ca v3
 * workbook of 2 000 actions, about 70 MB of cells with its computed columns, takes 2 + 18 syncs). The _meta entries fall back to the workbook's "trepied.*"
 * custom properties when the sheet is gone. Dates follow the workbook's date system.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  budget: number = REQUEST_BUDGET,
): Promise<WorkbookValues> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const tables = wb.tables;
  tables.load('items/name,items/showHeaders,items/showTotals,items/worksheet/name');
  const names = wb.names;
  names.load('items/name,items/type,items/value');
  const custom = wb.properties.custom;
  custom.load('items/key,items/value');
  const dateOffset = probeDateSystem(wb);
  await context.sync();
  const offset = dateOffset();

  const sized = tables.items.map((t) => {
    const range = t.getRange();
    range.load(['address', 'rowCount', 'columnCount']);
    // The first body row (a table always has one) sizes the first chunk: rows differ in width
    // from one table to another (long computed-column formulas), a fixed guess overflows.
    const probe = range.getRow(t.showHeaders ? 1 : 0);
    probe.load(['values', 'formulas', 'numberFormat']);
    return { t, range, probe };
  });
  const nameRanges = names.items
    .filter((n) => n.type === 'Range' && typeof n.value === 'string' && SINGLE_CELL.test(n.value))
    .map((n) => {
      const range = n.getRange();
      range.load(['values', 'numberFormat']);
      return { name: n.name, range };
    });
  const metaSheet = sheets.items.find((s) => s.name === META_SHEET);
  const metaRange = metaSheet?.getUsedRange(true);
  metaRange?.load('values');
  await context.sync();

  const reads: TableRead[] = sized.map(({ t, range, probe }) => ({
    table: t,
    sheet: sheets.getItem(t.worksheet.name),
    top: decodeCell(firstCell(range.address)) ?? { row: 1, column: 0 },
    rows: range.rowCount,
    columns: range.columnCount,
    address: range.address,
    next: 0,
    perCell: Math.max(FIRST_GUESS, bytesPerCell(probe, 1, range.columnCount)),
    grids: { values: [], formulas: [], numberFormat: [] },
  }));
  await readTables(context, reads, budget);

  const order = sheets.items.map((s) => s.name);
  const found = reads.map(({ table: t, grids, address }) =>
    tableValues(
      t.name,
      t.worksheet.name,
      { ...grids, address },
      t.showHeaders,
      t.showTotals,
      offset,
    ),
  );
  found.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));

  const values: Record<string, CellValue> = {};
  for (const { name, range } of nameRanges) {
    values[name] = fromOfficeValue(
      cell(range.values, 0, 0),
      cell(range.numberFormat, 0, 0),
      false,
      offset,
    );
  }

  const meta: Record<string, CellValue> = {};
  if (metaRange) {
    for (const [k, v] of metaRange.values) {
      if (typeof k === 'string' && k !== '') meta[k] = fromOfficeValue(v, undefined, false);
    }
  } else {
    for (const p of custom.items) {
      if (p.key.startsWith(PROPERTY_PREFIX)) {
        meta[p.key.slice(PROPERTY_PREFIX.length)] = asCellValue(p.value);
      }
    }
  }
  return { sheets: order, tables: found, names: values, meta };
}
