import type ExcelJS from 'exceljs';
import { compute, type Computation } from '../../core/indicators/compute';
import { byPosition, dashboardValues } from '../../core/indicators/dashboard';
import { columnLetter } from '../../core/formula/refs';
import { DASHBOARD_HEADER_ROW, HELPERS, helperColumns } from '../../core/plan/dashboard';
import type { ReadResult, WorkbookInput } from '../../core/read/types';
import { readWorkbook } from '../../core/read/read';
import type { CellValue, Row } from '../../core/values/cell';
import { readWorkbookFile } from '../xlsx/reader';

type FormulaValue = { formula?: string; sharedFormula?: string; result?: unknown };

function isFormula(value: unknown): value is FormulaValue {
  return (
    typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value)
  );
}

/** Keep the formula, replace its cached result (what a reader without a calculation engine shows). */
function cacheResult(cell: ExcelJS.Cell, result: CellValue | undefined): void {
  const value = cell.value as unknown;
  if (!isFormula(value)) return;
  const formula: FormulaValue = { ...value };
  delete formula.result;
  if (result !== null && result !== undefined) formula.result = result;
  cell.value = formula as ExcelJS.CellValue;
}

function namedCells(wb: ExcelJS.Workbook): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  const names = wb.definedNames.model;
  for (const n of names) {
    const m =
      n.ranges.length === 1 ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(n.ranges[0] ?? '') : null;
    const ws = m ? wb.getWorksheet((m[1] ?? '').replace(/''/g, "'")) : undefined;
    if (m && ws) cells.set(n.name, ws.getCell(`${m[2]}${m[3]}`));
  }
  return cells;
}

/** The dashboard's cells (core/plan/dashboard), worked out by their twin. */
function cacheDashboard(
  wb: ExcelJS.Workbook,
  read: ReadResult,
  input: WorkbookInput,
  computed: Computation,
): void {
  const d = read.template.dashboard;
  const ws = d ? wb.getWorksheet(d.sheet) : undefined;
  if (!d || !ws) return;
  const positioned = (name: string) => {
    const table = read.tables[name];
    if (!table) return [];
    const size = input.tables.find((x) => x.name === table.name)?.values.length ?? 0;
    return byPosition(size, table.rows, computed.tables[name] ?? [], table.headerRow);
  };
  const actions = positioned(d.actions.table);
  const indicators = positioned(d.indicators.table);
  const values = dashboardValues(d, {
    actions,
    indicators,
    keyRows: indicators.length,
    lines: actions.length + indicators.length,
  });
  const h = helperColumns(d);
  const at = (ref: string, v: CellValue) => cacheResult(ws.getCell(ref), v);
  values.lines.forEach((line, k) => {
    const r = DASHBOARD_HEADER_ROW + 1 + k;
    line.values.forEach((v, j) => at(`${columnLetter(j)}${r}`, v));
    for (const id of HELPERS) if (id !== 'key') at(`${h[id]}${r}`, line[id]);
  });
  values.keys.forEach((k, i) => at(`${h.key}${DASHBOARD_HEADER_ROW + 1 + i}`, k));
}

/**
 * Cache the results of a Trépied workbook's formulas, worked out by their TypeScript twins (the
 * invariant of formula parity), as Excel would after a recalculation: the demo's view and any
 * reader without a calculation engine then show them. Other workbooks are left as they are.
 */
export async function recalculate(wb: ExcelJS.Workbook): Promise<void> {
  // Read through the one reader, as the file the workbook would be.
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const input0 = await readWorkbookFile(bytes, 'classeur.xlsx');
  const read = readWorkbook(input0);
  if (!read.template) return;
  const input: Record<string, Row[]> = {};
  for (const [name, table] of Object.entries(read.tables))
    input[name] = table.rows.map((r) => r.raw);
  const computed = compute(read.template, input);
  for (const [name, table] of Object.entries(read.tables)) {
    const ws = wb.getWorksheet(table.sheet);
    const rows = computed.tables[name] ?? [];
    for (const column of ws ? table.def.columns : []) {
      const index = table.columns[column.id];
      if (!column.computed || index === undefined || !ws) continue;
      table.rows.forEach((record, i) => {
        cacheResult(ws.getCell(record.row, table.firstColumn + index + 1), rows[i]?.[column.id]);
      });
    }
  }
  cacheDashboard(wb, read, input0, computed);
  const named = namedCells(wb);
  for (const [name, figure] of Object.entries(computed.figures)) {
    const cell = named.get(name);
    if (cell) cacheResult(cell, figure);
  }
}
