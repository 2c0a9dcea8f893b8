import type ExcelJS from 'exceljs';
import { buildPlan } from '../../../src/core/plan/build';
import type { ColumnDef, TableDef, TemplateDef } from '../../../src/core/templates/types';
import type { CellValue, Row } from '../../../src/core/values/cell';
import { loadXlsx } from '../../../src/workbook/xlsx/load';
import type { WorkbookValuesRead } from '../../../src/workbook/xlsx/read';
import { readWorkbookValues } from '../../support/exceljs-values';
import { planToXlsx } from '../../../src/workbook/xlsx/render';
import { key, NOW } from './workbooks';

/** A template with one table changed (a column added or renamed), as a partner's file may be. */
export function variant(
  t: TemplateDef,
  table: string,
  change: (columns: ColumnDef[]) => ColumnDef[],
): TemplateDef {
  return {
    ...t,
    tables: t.tables.map((d): TableDef =>
      d.name === table ? { ...d, columns: change([...d.columns]) } : d,
    ),
  };
}

/** The .xlsx bytes of a workbook of `t` holding `data`, edited by hand afterwards if asked. */
export async function xlsxOf(
  t: TemplateDef,
  data: Record<string, Row[]>,
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const bytes = await planToXlsx(buildPlan(t, { data, now: NOW }));
  if (!edit) return bytes;
  const wb = await loadXlsx(bytes);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function readBack(
  bytes: Uint8Array,
): Promise<{ wb: ExcelJS.Workbook; values: WorkbookValuesRead }> {
  const wb = await loadXlsx(bytes);
  return { wb, values: readWorkbookValues(wb, { everything: true }) };
}

/** Every non-empty cell of the given tables, formulas' cells left out (computed columns). */
export function typedCells(values: WorkbookValuesRead, tables: string[]): CellValue[] {
  const out: CellValue[] = [];
  for (const t of values.tables.filter((x) => tables.includes(x.name))) {
    t.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = t.formulas[r]?.[c] ?? null;
        const computed = formula !== null && /\[\[#This Row\]/.test(formula);
        if (!computed && v !== null && v !== '') out.push(v);
      }),
    );
  }
  return out;
}

/** Count of each value (by type and value). */
export function multiset(values: CellValue[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(key(v), (m.get(key(v)) ?? 0) + 1);
  return m;
}

/** The values of `part` missing from `whole` (as multisets). */
export function missingFrom(part: CellValue[], whole: CellValue[]): string[] {
  const have = multiset(whole);
  const missing: string[] = [];
  for (const v of part) {
    const k = key(v);
    const n = have.get(k) ?? 0;
    if (n === 0) missing.push(k);
    else have.set(k, n - 1);
  }
  return missing;
}
