import { ACI_TYPED_RATE_INDICATOR } from '../templates/cpts-aci';
import { isNumber } from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * « Valeur atteinte » about 100 times an « Objectif annuel » that is a rate (at most 1): 85 typed
 * for 85 % against a target of 0,9 would show 100 % attained and pay the full variable part.
 * The fix (value / 100) is offered when the target is below 1 (a rate for sure) or when the
 * indicator is a rate typed in version 1 (target 1 by construction); a target of exactly 1 may
 * also be a count (« 1 protocole »), so the warning then asks without fixing.
 */
export function checkAciScale(ctx: CheckContext): Issue[] {
  const d = ctx.rules.aci?.indicators;
  const t = d && tableWith(ctx, d.table, d.key, d.target, d.achieved);
  if (!d || !t) return [];
  const out: Issue[] = [];
  const header = t.def.columns.find((c) => c.id === d.achieved)?.header ?? d.achieved;
  for (const row of t.rows) {
    const value = row.raw[d.achieved];
    const target = row.values[d.target];
    if (!isNumber(value) || !isNumber(target) || !(target > 0 && target <= 1)) continue;
    if (!(value > 1 && value <= 100 && value / target >= 10 && value / target <= 1000)) continue;
    const indicator = shown(row.values[d.key]);
    const safe = target < 1 || indicator.startsWith(ACI_TYPED_RATE_INDICATOR);
    const where = at(t, row, d.achieved);
    const fixed = value / 100;
    const params = {
      problem: 'achieved' as const,
      column: header,
      indicator,
      value,
      target,
      fixed,
      safe,
    };
    const fix = safe ? { cell: where.cell, value: fixed } : undefined;
    out.push(issue('percent-scale', 'warning', where, params, fix));
  }
  return out;
}
