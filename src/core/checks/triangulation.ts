import { evidenceSpec } from '../evidence/evidence';
import { encodeCell } from '../read/address';
import { tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/** Where a record's evidence is shown: its Triangulation cell, else its key cell. */
export function evidenceCell(
  ctx: CheckContext,
  row: number,
): { sheet: string; cell: string } | undefined {
  const spec = evidenceSpec(ctx.template);
  const t = spec ? tableWith(ctx, spec.table) : undefined;
  if (!spec || !t) return undefined;
  const column = t.columns[spec.triangulation] ?? t.columns[spec.key] ?? 0;
  return { sheet: t.sheet, cell: encodeCell(row, t.firstColumn + column) };
}

/** The evidence table (Preuves) is there, so a record with a kind of proof missing is flagged. */
export function evidenceReadable(ctx: CheckContext): boolean {
  const e = ctx.template.evidence;
  return e !== undefined && tableWith(ctx, e.table, e.key, e.typeColumn) !== undefined;
}

/** An action or project lacking one of the three kinds of proof, with the missing kinds. */
export function checkTriangulation(ctx: CheckContext): Issue[] {
  if (!evidenceReadable(ctx)) return [];
  return ctx.evidence.flatMap((e) => {
    const where = e.flagged ? evidenceCell(ctx, e.row) : undefined;
    return where
      ? [issue('triangulation', 'warning', where, { key: e.id, missing: e.missing })]
      : [];
  });
}
