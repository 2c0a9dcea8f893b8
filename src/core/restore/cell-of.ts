import { encodeCell } from '../read/address';
import type { Restored, RestoredRow } from './types';

/** The A1 address a column of a restored row had in its workbook ('' when the column was absent). */
export function cellOf(r: Restored, table: string, row: RestoredRow, id: string): string {
  const layout = r.layout[table];
  const offset = layout?.columns[id];
  return layout && offset !== undefined ? encodeCell(row.row, layout.firstColumn + offset) : '';
}
