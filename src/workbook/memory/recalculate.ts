import type ExcelJS from 'exceljs';
import { compute } from '../../core/indicators/compute';
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

/**
 * Cache the results of a Trépied workbook's formulas, worked out by their TypeScript twins (the
 * invariant of formula parity), as Excel would after a recalculation: the demo's view and any
 * reader without a calculation engine then show them. Other workbooks are left as they are.
 */
export async function recalculate(wb: ExcelJS.Workbook): Promise<void> {
  // Read through the one reader, as the file the workbook would be.
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await readWorkbookFile(bytes, 'classeur.xlsx'));
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
  const named = namedCells(wb);
  for (const [name, figure] of Object.entries(computed.figures)) {
    const cell = named.get(name);
    if (cell) cacheResult(cell, figure);
  }
}
