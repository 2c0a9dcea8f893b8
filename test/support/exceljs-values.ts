/**
 * The values of a workbook as ExcelJS's in-memory model holds them: the oracle the reader's tests
 * compare with (the report copy and the demo load their workbooks into that model). It reads
 * ExcelJS's cell and defined-name models, which only tests may do.
 */
import type ExcelJS from 'exceljs';
import type { LooseCell } from '../../src/core/read/types';
import type { CellValue } from '../../src/core/values/cell';
import {
  cellValue,
  type Box,
  type ReadOptions,
  type TableValuesWithLinks,
  type WorkbookValuesRead,
} from '../../src/workbook/xlsx/read';

type ModelCell = { result?: unknown; formula?: string; sharedFormula?: string };

function cellFormula(cell: ExcelJS.Cell): string | null {
  const m = (cell as unknown as { model: ModelCell }).model;
  return m.formula ?? m.sharedFormula ?? null;
}

/** The target of a cell's hyperlink (Insert > Link), or null. */
function cellLink(cell: ExcelJS.Cell): string | null {
  const v = cell.value as unknown;
  if (typeof v === 'object' && v !== null && 'hyperlink' in v) {
    const h = (v as { hyperlink?: unknown }).hyperlink;
    return typeof h === 'string' && h !== '' ? h : null;
  }
  return null;
}

/** A cell reference ("$B$7", "B7") as 1-based row and column; throws on anything else. */
export function decode(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad reference ${ref}`);
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** The non-empty cells of a sheet outside its tables (merged areas once, by their first cell). */
function looseCells(ws: ExcelJS.Worksheet, boxes: Box[]): LooseCell[] {
  const out: LooseCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (boxes.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right)) return;
      if (cell.isMerged && cell.master !== cell) return;
      const value = cellValue(cell);
      const formula = cellFormula(cell);
      if ((value === null || value === '') && formula === null) return;
      const link = cellLink(cell);
      out.push({
        sheet: ws.name,
        ref: cell.address,
        value,
        ...(formula !== null ? { formula } : {}),
        ...(link !== null ? { link } : {}),
      });
    });
  });
  return out;
}

/**
 * Read every table, every single-cell defined name and the _meta sheet of a loaded workbook;
 * with `everything`, also the tables' hyperlinks and the cells outside the tables.
 */
export function readWorkbookValues(
  wb: ExcelJS.Workbook,
  options: ReadOptions = {},
): WorkbookValuesRead {
  const tables: TableValuesWithLinks[] = [];
  const sheets: string[] = [];
  const loose: LooseCell[] = [];
  wb.eachSheet((ws) => {
    sheets.push(ws.name);
    const boxes: Box[] = [];
    for (const t of ws.getTables() as unknown as {
      table?: { name: string; tableRef?: string; ref?: string };
    }[]) {
      const model = (t as unknown as { model: { name: string; tableRef: string } }).model;
      const [a, b] = model.tableRef.split(':') as [string, string];
      const start = decode(a);
      const end = decode(b ?? a);
      const headers: string[] = [];
      for (let c = start.col; c <= end.col; c++)
        headers.push(String(cellValue(ws.getCell(start.row, c)) ?? ''));
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const links: (string | null)[][] = [];
      for (let r = start.row + 1; r <= end.row; r++) {
        const row: CellValue[] = [];
        const frow: (string | null)[] = [];
        const lrow: (string | null)[] = [];
        for (let c = start.col; c <= end.col; c++) {
          const cell = ws.getCell(r, c);
          row.push(cellValue(cell));
          frow.push(cellFormula(cell));
          if (options.everything) lrow.push(cellLink(cell));
        }
        values.push(row);
        formulas.push(frow);
        links.push(lrow);
      }
      boxes.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
      tables.push({
        name: model.name,
        sheet: ws.name,
        origin: a,
        headers,
        values,
        formulas,
        ...(options.everything ? { links } : {}),
      });
    }
    if (options.everything && ws.name !== '_meta') loose.push(...looseCells(ws, boxes));
  });
  const names: Record<string, CellValue> = {};
  const lists: Record<string, string[]> = {};
  const dn = (wb as unknown as { definedNames: { model: { name: string; ranges: string[] }[] } })
    .definedNames;
  for (const n of dn.model) {
    const range = n.ranges[0];
    if (n.ranges.length !== 1 || !range) continue;
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range);
    if (!m) continue;
    const ws = wb.getWorksheet((m[1] as string).replace(/''/g, "'"));
    if (!ws) continue;
    if (!m[4]) {
      names[n.name] = cellValue(ws.getCell(`${m[2]}${m[3]}`));
      continue;
    }
    const values: string[] = [];
    const from = decode(`${m[2]}${m[3]}`);
    const to = decode(`${m[4]}${m[5]}`);
    if ((to.row - from.row + 1) * (to.col - from.col + 1) > 100000) continue;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.col; c <= to.col; c++) {
        const v = cellValue(ws.getCell(r, c));
        if (v !== null && String(v).trim() !== '')
          values.push(v instanceof Date ? v.toISOString() : String(v));
      }
    }
    lists[n.name] = values;
  }
  const meta: Record<string, CellValue> = {};
  const metaSheet = wb.getWorksheet('_meta');
  metaSheet?.eachRow((row) => {
    const k = cellValue(row.getCell(1));
    if (typeof k === 'string') meta[k] = cellValue(row.getCell(2));
  });
  return { sheets, tables, names, meta, lists, ...(options.everything ? { loose } : {}) };
}
