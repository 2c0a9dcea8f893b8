/**
 * From the kept cells of each sheet to the values the core reads: tables (merged cells take
 * their first cell's value, as Excel shows them), single-cell names, answer lists, `_meta`, and
 * with `everything` the hyperlinks and the cells outside the tables. Shared by the .xlsx and .ods
 * readers.
 */
import { encodeCell } from '../../core/read/address';
import type { LooseCell, ReadNotes } from '../../core/read/types';
import type { CellValue } from '../../core/values/cell';
import type { Box, ReadOptions, TableValuesWithLinks, WorkbookValuesRead } from './read';
import type { TablePart } from './reader-parts';
import { decodeRange, type SheetCells } from './reader-sheet';
import { recoverTables } from './recover';

/** The sheets, tables and cells read, with what the reader noticed on the way. */
export type WorkbookRead = WorkbookValuesRead & { notes: ReadNotes };

/** Cells of one multi-cell defined name read as a list at most. */
const MAX_LIST = 100_000;

export interface NamePlan {
  name: string;
  sheet: string;
  box: Box;
  single: boolean;
}

export interface SheetTable {
  part: TablePart;
  box: Box;
}

export interface SheetRead {
  name: string;
  state: string;
  cells: SheetCells;
  tables: SheetTable[];
}

/** A defined name onto one cell or a list, from its sheet and A1 range; undefined otherwise. */
export function namePlan(name: string, sheet: string, range: string): NamePlan | undefined {
  const box = decodeRange(range);
  if (!box || !/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(range)) return undefined;
  const single = !range.includes(':');
  if (!single && (box.bottom - box.top + 1) * (box.right - box.left + 1) > MAX_LIST)
    return undefined;
  return { name, sheet, box, single };
}

/** A table's rectangle, clipped to the cells the sheet really has (a table over the whole sheet). */
function clip(box: Box, cells: SheetCells): Box {
  const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (area <= 1_000_000) return box;
  return {
    ...box,
    bottom: Math.max(box.top, Math.min(box.bottom, cells.maxRow)),
    right: Math.max(box.left, Math.min(box.right, cells.maxCol)),
  };
}

/** The merged range each second-or-later cell belongs to (bounded work: whole-column merges). */
function mergeSlaves(cells: SheetCells): Map<number, Map<number, Box>> {
  const slaves = new Map<number, Map<number, Box>>();
  let work = 0;
  for (const m of cells.merges) {
    const bottom = Math.min(m.bottom, cells.maxRow);
    const right = Math.min(m.right, cells.maxCol);
    for (let r = m.top; r <= bottom; r++) {
      if (++work > 5_000_000) return slaves;
      if (!cells.rows.has(r)) continue;
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        let map = slaves.get(r);
        if (!map) slaves.set(r, (map = new Map()));
        map.set(c, m);
        if (++work > 5_000_000) return slaves;
      }
    }
  }
  return slaves;
}

function readTable(
  sheet: SheetRead,
  part: TablePart,
  box: Box,
  masterOf: (r: number, c: number) => Box | undefined,
  options: ReadOptions,
): TableValuesWithLinks {
  const { cells } = sheet;
  const value = (r: number, c: number): CellValue => {
    const m = masterOf(r, c);
    return m ? cells.value(m.top, m.left) : cells.value(r, c);
  };
  const headerRows = Math.min(part.headerRows, 1);
  const headers: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const v = headerRows ? value(box.top, c) : null;
    headers.push(v === null || v === '' ? (part.columns[c - box.left] ?? '') : String(v));
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const links: (string | null)[][] = [];
  const last = box.bottom - Math.max(0, part.totalsRows);
  for (let r = box.top + headerRows; r <= last; r++) {
    const row: CellValue[] = [];
    const frow: (string | null)[] = [];
    const lrow: (string | null)[] = [];
    for (let c = box.left; c <= box.right; c++) {
      row.push(value(r, c));
      frow.push(masterOf(r, c) ? null : cells.formula(r, c));
      if (options.everything) lrow.push(cells.link(r, c));
    }
    values.push(row);
    formulas.push(frow);
    links.push(lrow);
  }
  return {
    name: part.name,
    sheet: sheet.name,
    origin: encodeCell(box.top, box.left - 1),
    headers,
    values,
    formulas,
    ...(options.everything ? { links } : {}),
  };
}

/** The non-empty cells of a sheet outside its tables, merged ranges once (row by row). */
function looseCells(
  sheet: SheetRead,
  boxes: Box[],
  masterOf: (r: number, c: number) => Box | undefined,
  out: LooseCell[],
): void {
  const { cells } = sheet;
  const inTable = (r: number, c: number) =>
    boxes.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  for (const r of [...cells.rows.keys()].sort((a, b) => a - b)) {
    const line = cells.rows.get(r)!;
    line.v.forEach((value, i) => {
      const c = i + 1;
      if (inTable(r, c) || masterOf(r, c)) return;
      const formula = line.f?.[i] ?? null;
      if ((value === null || value === '') && formula === null) return;
      const link = cells.link(r, c);
      out.push({
        sheet: sheet.name,
        ref: encodeCell(r, i),
        value,
        ...(formula !== null ? { formula } : {}),
        ...(link !== null ? { link } : {}),
      });
    });
  }
}

export function assemble(
  sheets: SheetRead[],
  names: NamePlan[],
  notes: ReadNotes,
  options: ReadOptions,
): WorkbookRead {
  const tables: TableValuesWithLinks[] = [];
  const loose: LooseCell[] = [];
  const cellsOf = new Map<string, SheetCells>();
  /** A cell's value as shown: a merged range's second cells show its first cell's. */
  const shown = new Map<string, (r: number, c: number) => CellValue>();
  for (const sheet of sheets) {
    if (sheet.name === '_meta') notes.metaState = sheet.state;
    cellsOf.set(sheet.name, sheet.cells);
    const slaves = mergeSlaves(sheet.cells);
    const masterOf = (r: number, c: number) => slaves.get(r)?.get(c);
    shown.set(sheet.name, (r, c) => {
      const m = masterOf(r, c);
      return m ? sheet.cells.value(m.top, m.left) : sheet.cells.value(r, c);
    });
    const boxes: Box[] = [];
    for (const { part, box } of sheet.tables) {
      const clipped = clip(box, sheet.cells);
      boxes.push(clipped);
      tables.push(readTable(sheet, part, clipped, masterOf, options));
      const calc = part.columns.filter((_, i) => part.calculated[i]);
      if (notes.calculated && calc.length > 0) notes.calculated[part.name] = calc;
    }
    const outside = options.everything || options.loose;
    if (outside && sheet.name !== '_meta') looseCells(sheet, boxes, masterOf, loose);
  }
  const namesOut: Record<string, CellValue> = {};
  const lists: Record<string, string[]> = {};
  for (const n of names) {
    const cells = cellsOf.get(n.sheet);
    const value = shown.get(n.sheet);
    if (!cells || !value) continue;
    if (n.single) {
      namesOut[n.name] = value(n.box.top, n.box.left);
      continue;
    }
    const list: string[] = [];
    for (let r = n.box.top; r <= Math.min(n.box.bottom, cells.maxRow); r++)
      for (let c = n.box.left; c <= n.box.right; c++) {
        const v = value(r, c);
        if (v !== null && String(v).trim() !== '')
          list.push(v instanceof Date ? v.toISOString() : String(v));
      }
    lists[n.name] = list;
  }
  const meta: Record<string, CellValue> = {};
  const metaCells = cellsOf.get('_meta');
  const metaValue = shown.get('_meta');
  if (metaCells && metaValue)
    for (const r of [...metaCells.rows.keys()].sort((a, b) => a - b)) {
      const k = metaValue(r, 1);
      if (typeof k === 'string') meta[k] = metaValue(r, 2);
    }
  const values: WorkbookRead = {
    sheets: sheets.map((s) => s.name),
    tables,
    names: namesOut,
    meta,
    lists,
    ...(options.everything || options.loose ? { loose } : {}),
    notes,
  };
  recoverTables(values, cellsOf, options);
  return values;
}
