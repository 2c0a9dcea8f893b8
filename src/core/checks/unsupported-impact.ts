import { looksBlank } from '../read/normalise';
import type { CellValue } from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';
import { evidenceReadable } from './triangulation';

const norm = (v: CellValue | undefined) => shown(v).trim().toLowerCase();

/** Impact filled in the value chain while the action's triangulation is incomplete. */
export function checkUnsupportedImpact(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.impact;
  const t = rule ? tableWith(ctx, rule.table, rule.key, rule.column) : undefined;
  if (!rule || !t || !evidenceReadable(ctx)) return [];
  const unsupported = new Map(
    ctx.evidence.filter((e) => e.unsupportedImpact).map((e) => [norm(e.id), e] as const),
  );
  const out: Issue[] = [];
  for (const r of t.rows) {
    const key = r.values[rule.key];
    const e = looksBlank(key) ? undefined : unsupported.get(norm(key));
    if (!e || looksBlank(r.values[rule.column])) continue;
    out.push(
      issue('unsupported-impact', 'warning', at(t, r, rule.column), {
        key: e.id,
        missing: e.missing,
      }),
    );
  }
  return out;
}
