import { isNumber } from '../values/cell';
import { at, computedRows, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/** Valeur réalisée above 3 × Valeur cible: probably a typing slip (check the entry). */
export function checkOutliers(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.outlier;
  const t = rule ? tableWith(ctx, rule.table, rule.target) : undefined;
  if (!rule || !t) return [];
  const rows = computedRows(ctx, rule.table);
  const place = t.columns[rule.realised] !== undefined ? rule.realised : rule.target;
  const out: Issue[] = [];
  t.rows.forEach((r, i) => {
    const realised = rows[i]?.[rule.realised];
    const target = r.values[rule.target];
    if (!isNumber(realised) || !isNumber(target) || target <= 0 || realised <= rule.factor * target)
      return;
    const params = {
      key: shown(r.values[rule.key]),
      indicator: shown(r.values[rule.label]),
      realised,
      target,
      factor: rule.factor,
    };
    out.push(issue('outlier', 'warning', at(t, r, place), params));
  });
  return out;
}
