import { isNumber } from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * Financement ARS strictly above 23 000 € a year: a convention is compulsory rather than a
 * decision (loi 2000-321 art. 10, décret 2001-495 art. 1). Information, not an error.
 */
export function checkSubsidy(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.subsidy;
  const t = rule ? tableWith(ctx, rule.table, rule.amount) : undefined;
  if (!rule || !t) return [];
  return t.rows.flatMap((r) => {
    const amount = r.values[rule.amount];
    if (!isNumber(amount) || amount <= rule.threshold) return [];
    const params = { key: shown(r.values[rule.key]), amount, threshold: rule.threshold };
    return [issue('subsidy', 'info', at(t, r, rule.amount), params)];
  });
}
