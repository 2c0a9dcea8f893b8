import { looksBlank } from '../read/normalise';
import { at, computedRows, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/** An action without a Processus, an Activité or a Résultat indicator (from the computed counts). */
export function checkIndicatorCoverage(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.coverage;
  const t = rule ? tableWith(ctx, rule.table, rule.key) : undefined;
  if (!rule || !t) return [];
  const counts = rule.counts.flatMap((id) => {
    const c = t.def.columns.find((x) => x.id === id)?.computed;
    return c?.kind === 'countRelated' && tableWith(ctx, c.table, c.column, c.filter[0])
      ? [{ id, type: c.filter[1] }]
      : [];
  });
  if (counts.length === 0) return [];
  const rows = computedRows(ctx, rule.table);
  const out: Issue[] = [];
  t.rows.forEach((r, i) => {
    const key = r.values[rule.key];
    if (looksBlank(key)) return;
    const missing = counts.filter((c) => rows[i]?.[c.id] === 0).map((c) => c.type);
    if (missing.length > 0)
      out.push(
        issue('indicator-coverage', 'warning', at(t, r, rule.key), { key: shown(key), missing }),
      );
  });
  return out;
}
