import type ExcelJS from 'exceljs';
import type { LooseCell } from '../../core/read/types';
import type { CellValue } from '../../core/values/cell';
import type { TableValues, WorkbookValues } from '../types';

export type { TableValues, WorkbookValues } from '../types';

/**
 * A cell's value in ExcelJS's model (the demo's workbook, shown in its grid) as a user sees it;
 * formula cells give their cached result ('' when none).
 */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date)
    return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      // The cell's public result getter: the value object leaves out a falsy result (0, FALSE).
      const r: unknown = cell.result;
      if (r === undefined || r === null) return '';
      if (typeof r === 'object' && r !== null && 'error' in r)
        return String((r as { error: string }).error);
      return r as CellValue;
    }
    if ('richText' in o) return (o.richText as { text: string }[]).map((x) => x.text).join('');
    if ('text' in o) return String(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

/** What upgrade and merge read besides the checker's values. */
export interface ReadOptions {
  /** Hyperlinks of table cells, and every non-empty cell outside the tables. */
  everything?: boolean;
  /** Every non-empty cell outside the tables, without the hyperlinks (check). */
  loose?: boolean;
}

/** A table with its cells' hyperlinks (read with `everything`). */
export type TableValuesWithLinks = TableValues & { links?: (string | null)[][] };

/** The values of a workbook, with what upgrade and merge also need when asked for. */
export type WorkbookValuesRead = Omit<WorkbookValues, 'tables'> & {
  tables: TableValuesWithLinks[];
  loose?: LooseCell[];
};

/** A rectangle of cells, 1-based and inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
