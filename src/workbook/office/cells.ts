import { columnLetter, fileFormula } from '../../core/formula/refs';
import { decodeCell } from '../../core/read/address';
import { dateToSerial, serialToDate } from '../../core/read/parse-date';
import type { CellValue } from '../../core/values/cell';

/** What Office.js accepts in a `values` array; null leaves a cell unchanged. */
export type OfficeValue = string | number | boolean | null;

/**
 * Office.js has no date type: a date is its serial number in the workbook's date system. A 1904
 * workbook (Excel for Mac's old default) counts from 1 January 1904: its serials are 1462 less
 * than the 1900 system's. `offset` is that difference (0 or 1462), see probeDateSystem.
 */
export function toOfficeValue(v: CellValue, offset = 0): OfficeValue {
  return v instanceof Date ? dateToSerial(v) - offset : v;
}

/**
 * Office.js exposes no date-system setting, but worksheet functions run in the workbook's:
 * DATE(1904;1;2) is 1463 in the 1900 system and 1 in the 1904 system. Queue the probe before a
 * sync; the returned function gives the offset (0 or 1462) after it.
 */
export function probeDateSystem(workbook: Excel.Workbook): () => number {
  const probe = workbook.functions.date(1904, 1, 2);
  probe.load('value');
  return () => (typeof probe.value === 'number' ? 1463 - probe.value : 0);
}

/**
 * Excel parses what it is given as if typed: "=…", "+…", "-…" and "@…" become formulas, "12,5"
 * or "1.5" numbers or dates. A string is therefore always written into a Text ("@") cell.
 */
export const TEXT_FORMAT = '@';

/** Whether a number format shows dates (d, m or y outside quotes, brackets and escapes). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[dmy]/i.test(bare);
}

/**
 * A cell as Office.js returns it, as the ExcelJS reader gives it: blank is null (a formula's
 * empty result stays ''), a number in a date format is a Date.
 */
export function fromOfficeValue(
  v: unknown,
  format: unknown,
  isFormula: boolean,
  offset = 0,
): CellValue {
  if (v === '' || v === null || v === undefined) return isFormula ? '' : null;
  if (typeof v === 'number') {
    return isDateFormat(format) ? (serialToDate(v + offset) ?? v) : v;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** "=…" as Office.js returns a formula cell, in file syntax without "=" (null for a value). */
export function fromOfficeFormula(f: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') ? fileFormula(f.slice(1)) : null;
}

/** ExcelJS ARGB ("FFE7E6E6") → Office.js "#E7E6E6". */
export function hexColor(argb: string): string {
  return `#${argb.length === 8 ? argb.slice(2) : argb}`;
}

/** A column width in characters (ExcelJS, the plan) → points (Office.js): 7 px per character. */
export function widthPoints(chars: number): number {
  return Math.round(chars * 7) * 0.75;
}

/** Top-left cell of a plan origin ("A2") as 1-based row and 0-based column. */
export function origin(ref: string): { row: number; column: number } {
  const cell = decodeCell(ref);
  if (!cell) throw new Error(`« ${ref} » n’est pas une adresse de cellule.`);
  return cell;
}

/** "A2:C9" from 1-based rows and 0-based columns. */
export function area(row1: number, col1: number, row2: number, col2: number): string {
  const a = `${columnLetter(col1)}${row1}`;
  const b = `${columnLetter(col2)}${row2}`;
  return a === b ? a : `${a}:${b}`;
}

/** The top-left cell of an address as Office.js gives it ("'Mon onglet'!$A$1:$K$31" → "A1"). */
export function firstCell(address: string): string {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return (local.split(':')[0] ?? local).replace(/\$/g, '');
}

/** A cell or a range of cells in A1 notation, without a sheet ("C7", "$C$7", "C7:D9"). */
export const A1_RANGE = /^\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?$/;

/** A sheet name as a reference needs it, always quoted (valid for every name). */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
