/**
 * One worksheet part read as a stream: each cell's value as a user sees it (shared strings,
 * inline and rich text, dates by style or `t="d"`, booleans, errors, a formula's cached result),
 * kept only where the reader needs it; merged ranges and hyperlinks from the part's tail.
 * Rows and cells without `r` follow the previous one, as the standard says.
 */
import type { CellValue } from '../../core/values/cell';
import type { Box } from './read';
import type { Relationship } from './reader-parts';
import { parseXml, unescapeXstring } from './xml';
import type { Zip, ZipEntry } from './zip';

/** The last row and column of a sheet (Excel's grid). */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

export interface CellRow {
  v: CellValue[];
  f: (string | null)[] | undefined;
}

/** Kept cells of every sheet, counted against one bound. */
export class CellBudget {
  used = 0;
  constructor(readonly max: number) {}
}

export class TooManyCells extends Error {}

/** The kept cells of a sheet, its merged ranges and hyperlinks. */
export class SheetCells {
  readonly rows = new Map<number, CellRow>();
  maxRow = 0;
  maxCol = 0;
  readonly merges: Box[] = [];
  /** Hyperlink target by "row:col" of the first cell of its range. */
  readonly links = new Map<string, string>();

  value(r: number, c: number): CellValue {
    return this.rows.get(r)?.v[c - 1] ?? null;
  }

  formula(r: number, c: number): string | null {
    return this.rows.get(r)?.f?.[c - 1] ?? null;
  }

  link(r: number, c: number): string | null {
    return this.links.size === 0 ? null : (this.links.get(`${r}:${c}`) ?? null);
  }
}

export interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  rels: Relationship[];
  /** Keep every cell (upgrade and merge; sheets without tables), else only those in `boxes`. */
  all: boolean;
  boxes: Box[];
  budget: CellBudget;
}

/** Decode "AB12" (or "$AB$12") into row and column; row 0 when absent. */
export function decodeRef(ref: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch >= 48 && ch <= 57) row = row * 10 + ch - 48;
  }
  return { row, col };
}

/** A range "A1:C9", "A:A" or "3:3" as a box clipped to the grid; undefined when not a range. */
export function decodeRange(ref: string): Box | undefined {
  const [a, b = a] = ref.replace(/\$/g, '').split(':') as [string, string | undefined];
  if (!a || !/^[A-Za-z]*\d*$/.test(a) || !/^[A-Za-z]*\d*$/.test(b as string)) return undefined;
  const s = decodeRef(a);
  const e = decodeRef(b as string);
  const box = {
    top: s.row || 1,
    left: s.col || 1,
    bottom: e.row || (s.row && !/[A-Za-z]/.test(a) ? e.row : MAX_ROW),
    right: e.col || MAX_COL,
  };
  if (!/\d/.test(a)) box.top = 1;
  if (!/\d/.test(b as string)) box.bottom = MAX_ROW;
  if (!/[A-Za-z]/.test(a)) box.left = 1;
  if (!/[A-Za-z]/.test(b as string)) box.right = MAX_COL;
  box.bottom = Math.min(box.bottom, MAX_ROW);
  box.right = Math.min(box.right, MAX_COL);
  return box.bottom >= box.top && box.right >= box.left ? box : undefined;
}

const EXCEL_EPOCH = 25569;
const DAY = 86400000;

/** An Excel serial date as the JavaScript Date ExcelJS and Office.js give (UTC midnight). */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EXCEL_EPOCH + (date1904 ? 1462 : 0)) * DAY));
}

/** An ISO 8601 date of a `t="d"` cell (without a zone it is the workbook's clock: UTC). */
function isoDate(text: string): CellValue {
  const t = text.trim();
  const d = new Date(/T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(t) ? `${t}Z` : t);
  return Number.isNaN(d.getTime()) ? t : d;
}

/** Cells in a row of text as a sheet stores them. */
export async function readSheetPart(
  zip: Zip,
  entry: ZipEntry | undefined,
  ctx: SheetContext,
): Promise<SheetCells> {
  const cells = new SheetCells();
  if (!entry) return cells;
  const links = new Map(ctx.rels.filter((r) => r.external).map((r) => [r.id, r.target]));
  const shared = new Map<string, string>();
  const interned = new Map<string, string>();
  const intern = (s: string) => {
    const old = interned.get(s);
    if (old !== undefined) return old;
    if (interned.size < 100000) interned.set(s, s);
    return s;
  };
  // Which rows may hold a kept cell (fast path for the rows outside every box).
  const keep = (r: number, c: number): boolean => {
    if (ctx.all) return true;
    for (const b of ctx.boxes)
      if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) return true;
    return false;
  };

  let row = 0;
  let col = 0;
  let inData = false;
  // The cell being read.
  let type = '';
  let style = 0;
  let text: 'v' | 'f' | 'is' | '' = '';
  let v = '';
  let hasV = false;
  let f = '';
  let hasF = false;
  let fShared = '';
  let fMaster = false;
  let isText = '';
  let inIs = false;
  let phonetic = 0;

  const store = (r: number, c: number, value: CellValue, formula: string | null) => {
    if (r > cells.maxRow) cells.maxRow = r;
    if (c > cells.maxCol) cells.maxCol = c;
    if (!keep(r, c)) return;
    if (++ctx.budget.used > ctx.budget.max) throw new TooManyCells();
    let line = cells.rows.get(r);
    if (!line) cells.rows.set(r, (line = { v: [], f: undefined }));
    line.v[c - 1] = value;
    if (formula !== null) (line.f ??= [])[c - 1] = intern(formula);
  };

  const endCell = () => {
    let formula: string | null = null;
    if (hasF) {
      if (fShared !== '') {
        if (fMaster && f !== '') shared.set(fShared, f);
        formula = f !== '' ? f : (shared.get(fShared) ?? '');
      } else formula = f;
    }
    let value: CellValue = null;
    switch (type) {
      case 's': {
        const s = ctx.strings[Number(v)];
        value = hasV ? (s ?? '') : null;
        break;
      }
      case 'inlineStr':
        value = isText !== '' || hasV ? unescapeXstring(isText || v) : null;
        break;
      case 'str':
        value = hasV ? unescapeXstring(v) : null;
        break;
      case 'e':
        value = hasV ? v : null;
        break;
      case 'b':
        value = hasV ? v.trim() === '1' || v.trim().toLowerCase() === 'true' : null;
        break;
      case 'd':
        value = hasV ? isoDate(v) : null;
        break;
      default: {
        if (!hasV) {
          value = isText !== '' ? unescapeXstring(isText) : null;
          break;
        }
        const n = Number(v);
        if (v.trim() === '' || !Number.isFinite(n)) value = v;
        else value = ctx.dates[style] ? excelDate(n, ctx.date1904) : n;
      }
    }
    if (formula !== null && value === null) value = '';
    if (value === null && formula === null) return;
    store(row, col, value, formula);
  };

  await parseXml(zip.stream(entry), {
    open(tag) {
      const a = tag.attributes;
      switch (tag.name) {
        case 'sheetData':
          inData = true;
          return;
        case 'row':
          if (!inData) return;
          row = a.r !== undefined ? Number(a.r) || row + 1 : row + 1;
          if (row > MAX_ROW) throw new Error(`row ${row} beyond the grid`);
          col = 0;
          return;
        case 'c': {
          if (!inData) return;
          if (a.r !== undefined) {
            const d = decodeRef(a.r);
            col = d.col || col + 1;
            // A row without its number takes its cells' (their reference says where they are).
            if (d.row > 0 && d.row <= MAX_ROW) row = d.row;
          } else col++;
          if (col > MAX_COL) throw new Error(`column ${col} beyond the grid`);
          type = a.t ?? '';
          style = a.s !== undefined ? Number(a.s) : 0;
          v = f = isText = fShared = '';
          hasV = hasF = fMaster = false;
          phonetic = 0;
          return;
        }
        case 'v':
          text = 'v';
          hasV = true;
          return;
        case 'f':
          text = 'f';
          hasF = true;
          if (a.t === 'shared' && a.si !== undefined) {
            fShared = a.si;
            fMaster = a.ref !== undefined;
          }
          return;
        case 'is':
          inIs = true;
          return;
        case 'rPh':
          phonetic++;
          return;
        case 't':
          if (inIs && phonetic === 0) text = 'is';
          return;
        case 'mergeCell': {
          const box = a.ref ? decodeRange(a.ref) : undefined;
          if (box) cells.merges.push(box);
          return;
        }
        case 'hyperlink': {
          if (!a.ref) return;
          const id = a['r:id'] ?? a.id;
          const target = id !== undefined ? links.get(id) : undefined;
          const to = target ?? (a.location ? `#${a.location}` : undefined);
          const box = decodeRange(a.ref);
          if (to && box) cells.links.set(`${box.top}:${box.left}`, to);
          return;
        }
        default:
      }
    },
    text(t) {
      if (text === 'v') v += t;
      else if (text === 'f') f += t;
      else if (text === 'is') isText += t;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 'f':
        case 't':
          text = '';
          return;
        case 'is':
          inIs = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c':
          if (inData) endCell();
          text = '';
          return;
        case 'sheetData':
          inData = false;
          return;
        default:
      }
    },
  });
  return cells;
}
