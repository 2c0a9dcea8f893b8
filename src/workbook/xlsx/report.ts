import type ExcelJS from 'exceljs';
import type { ReportPlan } from '../../core/plan/report-types';
import { printOptions, styleCell, styleHeaderCell } from './render';

import { SEVERITY_FILL } from '../formats';

export { SEVERITY_FILL };

const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});
const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Write (or replace) the Contrôles sheet: one row per issue, a link to its cell, and the faulty
 * cells filled in their own sheets. Messages are written as values, never as formulas.
 */
export function addReportSheet(wb: ExcelJS.Workbook, report: ReportPlan): void {
  const old = wb.getWorksheet(report.sheet);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(report.sheet, { properties: { tabColor: { argb: 'FFC00000' } } });
  ws.columns = report.widths.map((width) => ({ width }));
  ws.addTable({
    name: 'Controles',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium3', showRowStripes: true },
    columns: report.headers.map((name) => ({ name, filterButton: true })),
    rows:
      report.rows.length > 0
        ? report.rows.map((r) => [r.severityLabel, r.sheet, r.cell, r.rule, r.message])
        : [['', '', '', '', '']],
  });
  // Header cells styled on the cells: LibreOffice ignores table styles.
  report.headers.forEach((_, j) => styleHeaderCell(ws.getRow(1).getCell(j + 1)));
  report.rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: SEVERITY_FILL[r.severity] },
    };
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    if (r.cell && wb.getWorksheet(r.sheet)) {
      row.getCell(3).value = {
        formula: `HYPERLINK("#${quoteSheet(r.sheet).replace(/"/g, '""')}!${r.cell}","${r.cell}")`,
        result: r.cell,
      } as ExcelJS.CellFormulaValue;
      styleCell(row.getCell(3), { font: { color: { argb: 'FF0563C1' }, underline: true } });
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  for (const [r, height] of Object.entries(report.rowHeights)) ws.getRow(Number(r)).height = height;
  const ps = report.pageSetup;
  const options = printOptions(ps);
  Object.assign(ws.pageSetup, options.pageSetup, {
    printArea: ps.area,
    printTitlesRow: ps.titleRows,
  });
  Object.assign(ws.headerFooter, options.headerFooter);
  for (const h of report.highlights) {
    const target = wb.getWorksheet(h.sheet);
    if (!target) continue;
    styleCell(target.getCell(h.cell), { fill: solid(SEVERITY_FILL[h.severity]) });
  }
}
