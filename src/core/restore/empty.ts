import type { CellValue } from '../values/cell';

/** Nothing in the cell. Spaces are something: restore keeps what was typed, even that. */
export function empty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === '';
}
