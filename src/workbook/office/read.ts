import { META_SHEET } from '../../core/plan/build';
import type { CellValue } from '../../core/values/cell';
import type { TableValues, WorkbookValues } from '../types';
import { firstCell, fromOfficeFormula, fromOfficeValue } from './cells';
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
      row.map((v, j) => fromOfficeValue(v, cell(range.numberFormat, i, j), f[j] !== null)),
    );
  }
  return { name, sheet, origin: firstCell(range.address), headers, values, formulas };
}

function asCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return v instanceof Date ? v : String(v);
}

/**
 * Every table (header, values, formulas), every single-cell defined name and the _meta sheet,
 * in 2 syncs: what exists, then the ranges. The _meta entries fall back to the workbook's
 * "trepied.*" custom properties when the sheet is gone. Excel on the web also caps a response
 * at 5 MB: tables beyond that (tens of thousands of rows) would need reads split by rows.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookValues> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name');
  const tables = wb.tables;
  tables.load('items/name,items/showHeaders,items/showTotals,items/worksheet/name');
  const names = wb.names;
  names.load('items/name,items/type,items/value');
  const custom = wb.properties.custom;
  custom.load('items/key,items/value');
  await context.sync();

  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load(['values', 'formulas', 'numberFormat', 'address']);
    return { t, range };
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

  const order = sheets.items.map((s) => s.name);
  const found = tableRanges.map(({ t, range }) =>
    tableValues(t.name, t.worksheet.name, range, t.showHeaders, t.showTotals),
  );
  found.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));

  const values: Record<string, CellValue> = {};
  for (const { name, range } of nameRanges) {
    values[name] = fromOfficeValue(cell(range.values, 0, 0), cell(range.numberFormat, 0, 0), false);
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
