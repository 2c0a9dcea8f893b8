import type { ActionEvidence } from '../evidence/evidence';
import type { Computation } from '../indicators/compute';
import { encodeCell } from '../read/address';
import type { ReadResult, RecordRow, TableRead } from '../read/types';
import type { ColumnDef, TemplateDef } from '../templates/types';
import type { CellValue } from '../values/cell';
import type { Issue } from './issue';
import type { TemplateRules } from './rules-data';

/** Everything a rule may look at; rules return issues and change nothing. */
export interface CheckContext {
  template: TemplateDef;
  read: ReadResult;
  rules: TemplateRules;
  /** compute() on the records as understood: rows in the same order as read.tables[x].rows. */
  computed: Computation;
  /**
   * compute() on the values as the workbook holds them: what its formulas show (text typed in a
   * number cell counts for nothing). Amounts a message quotes come from here.
   */
  held: Computation;
  /** Evidence per record, equal to the workbook's Triangulation formulas. */
  evidence: ActionEvidence[];
}

export type Check = (ctx: CheckContext) => Issue[];

/** The table if it was found with every listed column. */
export function tableWith(
  ctx: CheckContext,
  name: string,
  ...columns: string[]
): TableRead | undefined {
  const t = ctx.read.tables[name];
  return t && columns.every((c) => t.columns[c] !== undefined) ? t : undefined;
}

export function header(t: TableRead, id: string): string {
  return (t.def.columns.find((c) => c.id === id) as ColumnDef).header;
}

/** Sheet and A1 address of a record's cell in a column that was found. */
export function at(t: TableRead, r: RecordRow, id: string): { sheet: string; cell: string } {
  return { sheet: t.sheet, cell: encodeCell(r.row, t.firstColumn + (t.columns[id] as number)) };
}

/** Computed rows of a table, aligned with its records. */
export function computedRows(ctx: CheckContext, name: string): Record<string, CellValue>[] {
  return ctx.computed.tables[name] ?? [];
}

/** How a value shows in a message: a date as the workbook shows it (31/12/2025). */
export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date)
    return Number.isNaN(v.getTime())
      ? ''
      : v.toISOString().slice(0, 10).split('-').reverse().join('/');
  return String(v);
}
