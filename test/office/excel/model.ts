import { columnLetter } from '../../../src/core/formula/refs';
import { decodeCell } from '../../../src/core/read/address';
import { excelError } from './limits';

/**
 * The workbook behind the strict fake: cells with values, formulas, number formats and the
 * locked flag, sheets with their protection, tables, names, conditional formats in priority
 * order and the date system. Only what the Office.js adapter touches is modelled, but that
 * behaves as Excel documents it.
 */

export type Scalar = string | number | boolean;

export interface CellModel {
  value: Scalar;
  /** "=…" for a formula cell. */
  formula?: string;
  numberFormat: string;
  locked?: boolean;
  /** Other formats ("fill.color", "font.bold"…), for the tests to look at. */
  format: Record<string, unknown>;
}

/** 1-based rows, 0-based columns, inclusive; a whole column has rows 1..MAX_ROWS. */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface DataBarModel {
  lowerBoundRule?: unknown;
  upperBoundRule?: unknown;
  fillColor?: string;
  gradientFill?: boolean;
}

export interface ConditionalFormatModel {
  /** Excel.ConditionalFormatType: "Custom", "DataBar"… */
  type: string;
  area: Area;
  formula: string;
  fill: string;
  font: string;
  /** ConditionalRangeFormat.numberFormat: one format code ('' when not set). */
  numberFormat: string;
  dataBar?: DataBarModel;
}

/** One side of Range.format.borders set over an area (later records win). */
export interface BorderModel {
  area: Area;
  side: string;
  property: 'style' | 'color' | 'weight';
  value: string;
}

export interface ChartSeriesModel {
  name: string;
  /** "Sheet!$A$1:$A$3" of the values and of the categories (X axis). */
  values: string;
  /** How many values, hence data points. */
  points: number;
  xValues: string;
  hasDataLabels: boolean;
  fill?: string;
  /** Fill of each point (doughnut slices), by index. */
  pointFills: Record<number, string>;
}

export interface ChartModel {
  name: string;
  type: string;
  sheet: SheetModel;
  title: string;
  legend?: string;
  /** Top-left and bottom-right cells, as Chart.setPosition takes them. */
  from?: string;
  to?: string;
  series: ChartSeriesModel[];
  valueAxisNumberFormat?: string;
}

/** Worksheet.pageLayout (ExcelApi 1.9), as the print settings of a sheet. */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: Record<string, number>;
  /** Points. */
  margins: Record<string, number>;
  printArea?: string;
  titleRows?: string;
  titleColumns?: string;
  /** leftHeader… rightFooter of defaultForAllPages. */
  headersFooters: Record<string, string>;
  /** Rows above which a page starts (PageBreakCollection of horizontal breaks). */
  breaks: number[];
  /** 1-based columns left of which a page starts (PageBreakCollection of vertical breaks). */
  columnBreaks: number[];
}

export interface ProtectionModel {
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
}

export interface SheetModel {
  name: string;
  cells: Map<number, CellModel>;
  /** Locked flag of whole columns ("C:C"), under the cells' own. */
  columnLocked: Map<number, boolean>;
  columnWidth: Map<number, number>;
  /** Height of rows set through Range.format.rowHeight, in points. */
  rowHeight: Map<number, number>;
  borders: BorderModel[];
  pageLayout: PageLayoutModel;
  protection: ProtectionModel;
  visibility: string;
  tabColor: string;
  /** First = highest priority, as Excel's ConditionalFormatCollection. */
  conditionalFormats: ConditionalFormatModel[];
  validations: { area: Area; rule: unknown }[];
  frozen: { rows: number; columns: number };
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  area: Area;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  charts: ChartModel[];
  names: { name: string; ref: string }[];
  properties: { key: string; value: unknown }[];
  /** Excel for Mac's old default: serial 0 is 1 January 1904. */
  date1904: boolean;
  active?: SheetModel;
}

const key = (row: number, column: number) => row * 16_384 + column;

export function newSheet(name: string): SheetModel {
  return {
    name,
    cells: new Map(),
    columnLocked: new Map(),
    columnWidth: new Map(),
    rowHeight: new Map(),
    borders: [],
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      margins: {},
      headersFooters: {},
      breaks: [],
      columnBreaks: [],
    },
    protection: { protected: false, options: {} },
    visibility: 'Visible',
    tabColor: '',
    conditionalFormats: [],
    validations: [],
    frozen: { rows: 0, columns: 0 },
  };
}

export function getCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(key(row, column));
}

export function cellAt(sheet: SheetModel, row: number, column: number): CellModel {
  const k = key(row, column);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = { value: '', numberFormat: 'General', format: {} };
    sheet.cells.set(k, cell);
  }
  return cell;
}

export function isLocked(sheet: SheetModel, row: number, column: number): boolean {
  return getCell(sheet, row, column)?.locked ?? sheet.columnLocked.get(column) ?? true;
}

/** "A2:C9", "C7", "C:C", "$A$1" (no sheet) → an area. */
export function parseArea(address: string): Area {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const column = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(local);
  if (column) {
    const a = decodeCell(`${column[1]}1`);
    const b = decodeCell(`${column[2]}1`);
    if (a && b) return { r1: 1, c1: a.column, r2: MAX_ROWS, c2: b.column };
  }
  const row = /^(\d+):(\d+)$/.exec(local);
  if (row) {
    const a = Number(row[1]);
    const b = Number(row[2]);
    if (a >= 1 && b >= 1 && a <= MAX_ROWS && b <= MAX_ROWS) {
      return { r1: Math.min(a, b), c1: 0, r2: Math.max(a, b), c2: MAX_COLUMNS - 1 };
    }
  }
  const [first = '', second = first] = local.split(':');
  const a = decodeCell(first);
  const b = decodeCell(second);
  if (!a || !b || local.split(':').length > 2) {
    throw excelError('InvalidArgument', `The argument is invalid or missing: « ${address} ».`);
  }
  return {
    r1: Math.min(a.row, b.row),
    c1: Math.min(a.column, b.column),
    r2: Math.max(a.row, b.row),
    c2: Math.max(a.column, b.column),
  };
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatArea({ r1, c1, r2, c2 }: Area): string {
  if (r1 === 1 && r2 === MAX_ROWS) return `$${columnLetter(c1)}:$${columnLetter(c2)}`;
  if (c1 === 0 && c2 === MAX_COLUMNS - 1) return `$${r1}:$${r2}`;
  const a = `$${columnLetter(c1)}$${r1}`;
  const b = `$${columnLetter(c2)}$${r2}`;
  return a === b ? a : `${a}:${b}`;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function rowsOf(a: Area): number {
  return a.r2 - a.r1 + 1;
}

export function columnsOf(a: Area): number {
  return a.c2 - a.c1 + 1;
}

/** "'Mon onglet'!$B$5", "Synthèse!B5" → sheet name and area. */
export function parseReference(ref: string): { sheet: string; area: Area } {
  const bare = ref.replace(/^=/, '');
  const bang = bare.lastIndexOf('!');
  if (bang < 0) throw excelError('InvalidArgument', `« ${ref} » names no sheet.`);
  const sheet = bare.slice(0, bang);
  const name = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: name, area: parseArea(bare.slice(bang + 1)) };
}

/**
 * A formula copied from (r, c) to (r + dr, c + dc), as Copy and Paste does: relative A1
 * references move, $-anchored parts and structured references ("T[[#This Row],[Col]]") stay.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  let out = '';
  let i = 0;
  const a1 = /(\$?)([A-Z]{1,3})(\$?)(\d+)/y;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '[') {
      // A structured reference, nested brackets included, does not move.
      let depth = 0;
      let j = i;
      do {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']') depth--;
        j++;
      } while (depth > 0 && j < formula.length);
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    a1.lastIndex = i;
    const m = /[\w.]/.test(formula[i - 1] ?? '') ? null : a1.exec(formula);
    const next = m ? (formula[i + m[0].length] ?? '') : '';
    if (m && !/[\w(!]/.test(next)) {
      const [, colAbs = '', letters = '', rowAbs = '', digits = ''] = m;
      const cell = decodeCell(`${letters}${digits}`);
      if (cell) {
        out += `${colAbs}${columnLetter(colAbs ? cell.column : cell.column + dc)}${rowAbs}${rowAbs ? cell.row : cell.row + dr}`;
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
