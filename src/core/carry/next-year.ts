import { addMonths } from '../values/anniversary';
import type { CellValue } from '../values/cell';

/**
 * A value one year on: a date a year later (29 February becomes 28 February, as EDATE: the
 * workbook's next anniversary), a year (2025, « 2025 ») plus one, a French date
 * typed as text (« 01/01/2025 ») a year later and still text. Undefined when the value is none
 * of these (it is then carried as it was, and the report says so); blanks stay blank.
 * @example nextYear(new Date('2024-01-01')) // 2025-01-01
 */
export function nextYear(v: CellValue): CellValue | undefined {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : addMonths(v, 12);
  if (typeof v === 'number')
    return Number.isInteger(v) && v >= 1900 && v < 2200 ? v + 1 : undefined;
  if (typeof v !== 'string') return undefined;
  const year = /^(\s*)(\d{4})(\s*)$/.exec(v);
  if (year) return `${year[1]}${Number(year[2]) + 1}${year[3]}`;
  const fr = /^(\s*\d{1,2}\/\d{1,2}\/)(\d{4})(\s*)$/.exec(v);
  if (fr) return `${fr[1]}${Number(fr[2]) + 1}${fr[3]}`;
  return undefined;
}
