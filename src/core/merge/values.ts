import { empty } from '../restore/empty';
import { criterionKey, type CellValue } from '../values/cell';

/** An identifier as the workbook's formulas and the duplicate-id rule match it (case, spaces). */
export function idKey(v: CellValue | undefined): string | undefined {
  return criterionKey(typeof v === 'string' ? v.trim() : v);
}

/** Same cell content: same type and value (dates by instant); text compared exactly. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (empty(a) && empty(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** A key for exact equality of a value (blank is '', types kept apart). */
export function valueKey(v: CellValue | undefined): string {
  if (empty(v)) return '';
  if (v instanceof Date) return `d:${v.getTime()}`;
  return `${(typeof v)[0]}:${String(v)}`;
}

/** A row's identity over some columns, for finding identical rows. */
export function rowKey(row: Record<string, CellValue>, ids: string[]): string {
  return ids.map((id) => valueKey(row[id])).join('\u0000');
}

/** A value as the reports show it. */
export function shown(v: CellValue | undefined): string {
  if (empty(v)) return '(vide)';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
