import { columnLetter, str } from '../formula/refs';
import type { PercentUnit } from '../indicators/percent-unit';
import type { ConditionalFormatPlan, NumberFormat } from './types';

/*
 * Values typed as fractions (0.5) shown as percentages (« 50 % ») on the rows whose unit says so
 * (Unité = Pourcentage), rows typed later included: conditional formats carrying a number format,
 * which Excel, LibreOffice and Office.js (ConditionalRangeFormat.numberFormat, ExcelApi 1.6) all
 * apply. The stored values stay fractions. Two rules that never hold together (LibreOffice applies
 * the first that holds, Excel the one of higher priority): « 50 % » when the tenths of a percent
 * are zero, « 12,5 % » otherwise, as the texts show them (core/i18n/format.ts).
 */

/**
 * The format of one percentage written as a value (the bilan), as the conditional formats choose
 * it: « 50 % » when its tenths of a percent are zero, else « 12,5 % ».
 */
export const percentFormatOf = (value: number): NumberFormat =>
  Math.round(Math.abs(value) * 1000) % 10 === 0 ? 'percentWhole' : 'percent';

/** Contiguous runs of 0-based column indices, as [first, last]. */
function runs(indices: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of [...new Set(indices)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/**
 * The conditional formats of `columns` (0-based) over rows `first` to `last` (1-based), whose
 * percentage test on the range's first row is `isPercent` (a formula, relative to that row).
 */
export function percentFormats(
  columns: number[],
  first: number,
  last: number,
  isPercent: string,
  priority: number,
): ConditionalFormatPlan[] {
  const out: ConditionalFormatPlan[] = [];
  for (const [a, b] of runs(columns)) {
    const range = `${columnLetter(a)}${first}:${columnLetter(b)}${last}`;
    // Tenths of a percent of the first cell: a whole percentage when they end in 0.
    const tenths = `MOD(ROUND(${columnLetter(a)}${first}*1000,0),10)`;
    out.push(
      {
        range,
        formula: `AND(${isPercent},${tenths}=0)`,
        numFmt: 'percentWhole',
        priority: priority + out.length,
      },
      {
        range,
        formula: `AND(${isPercent},${tenths}<>0)`,
        numFmt: 'percent',
        priority: priority + out.length + 1,
      },
    );
  }
  return out;
}

/** The test of a table row (1-based sheet row `row`) on its own unit column (0-based). */
export function unitTest(unit: PercentUnit, unitColumn: number, row: number): string {
  return `$${columnLetter(unitColumn)}${row}=${str(unit.equals)}`;
}
