import type ExcelJS from 'exceljs';
import { displayDate, displayNumber } from '../../core/values/display';
import { cellValue } from '../xlsx/read';

export interface GridOptions {
  maxRows: number;
  maxColumns: number;
  /** A 1-based row that must be in the grid (the selected cell's), even beyond maxRows. */
  includeRow?: number;
}

export interface GridCell {
  /** As Excel would show it (French formats). */
  text: string;
  /** A formula cell (grey in the view; its value is computed by Excel or LibreOffice). */
  computed: boolean;
  /** A table header cell. */
  header: boolean;
}

export interface SheetGrid {
  sheet: string;
  /** rows[0] is the sheet's row 1, cells[0] its column A. */
  rows: GridCell[][];
  /** The sheet's own size, which may exceed the grid's. */
  rowCount: number;
  columnCount: number;
}

const month = new Intl.DateTimeFormat('fr-FR', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** As Excel shows it in French, without its quirks: « 2024 », « 1 500 € », « 30/06/2024 ». */
function display(cell: ExcelJS.Cell): string {
  const value = cellValue(cell);
  const fmt = cell.numFmt ?? '';
  if (value === null || fmt === ';;;') return '';
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (value instanceof Date)
    return /^m+ y+$/.test(fmt) ? month.format(value) : displayDate(value, 'fr');
  if (typeof value === 'number') {
    if (fmt.includes('%')) return displayNumber(value, 'percent', 'fr');
    if (fmt.includes('€')) return displayNumber(value, 'money', 'fr');
    return displayNumber(value, fmt === '0' ? 'integer' : 'number', 'fr');
  }
  return value;
}

function isFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

function headerCells(ws: ExcelJS.Worksheet): Set<string> {
  const cells = new Set<string>();
  for (const table of ws.getTables() as unknown as { model: { tableRef: string } }[]) {
    const [start = '', end = start] = table.model.tableRef.split(':');
    const first = ws.getCell(start);
    const last = ws.getCell(end);
    for (let c = Number(first.col); c <= Number(last.col); c++) cells.add(`${first.row}:${c}`);
  }
  return cells;
}

/** The displayed text of a sheet's top-left cells (read-only view of the demo). */
export function sheetGrid(ws: ExcelJS.Worksheet, options: GridOptions): SheetGrid {
  const rowCount = ws.rowCount;
  const columnCount = ws.columnCount;
  const wanted = options.includeRow === undefined ? 0 : options.includeRow + 5;
  const shownRows = Math.min(rowCount, Math.max(options.maxRows, wanted));
  const shownColumns = Math.min(columnCount, options.maxColumns);
  const headers = headerCells(ws);
  const rows: GridCell[][] = [];
  for (let r = 1; r <= shownRows; r++) {
    const row = ws.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= shownColumns; c++) {
      const cell = row.getCell(c);
      cells.push({
        text: display(cell),
        computed: isFormula(cell),
        header: headers.has(`${r}:${c}`),
      });
    }
    rows.push(cells);
  }
  return { sheet: ws.name, rows, rowCount, columnCount };
}
