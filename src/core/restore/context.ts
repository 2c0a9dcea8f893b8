import type { CellValue } from '../values/cell';
import type { Attention, OtherReason, OtherValue } from './types';

/** What restoring one workbook collects on the way. */
export class RestoreContext {
  readonly others: OtherValue[] = [];
  readonly attention: Attention[] = [];

  constructor(
    readonly file: string,
    readonly partner: string,
    /** The workbook holds no formula at all: computed values were not typed, they are dropped. */
    readonly formulasAbsent: boolean,
  ) {}

  carry(
    at: { sheet: string; table: string; cell: string; row: CellValue; header: string },
    value: CellValue,
    reason: OtherReason,
    detail?: string,
  ): void {
    this.others.push({
      file: this.file,
      partner: this.partner,
      ...at,
      value,
      reason,
      ...(detail !== undefined ? { detail } : {}),
    });
  }
}
