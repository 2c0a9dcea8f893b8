import { isBlank, isNumber } from '../values/cell';
import type { RecordRow } from '../read/types';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * Financement ARS strictly above 23 000 € a year for one organisation: a convention is
 * compulsory rather than a decision (loi 2000-321 art. 10, décret 2001-495 art. 1). The amounts
 * of one Porteur's actions add up per year (the year the action starts, else ends); an action
 * without a Porteur stands alone. Information, not an error, said at the group's first amount.
 */
export function checkSubsidy(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.subsidy;
  const t = rule ? tableWith(ctx, rule.table, rule.amount) : undefined;
  if (!rule || !t) return [];
  const groups = new Map<
    string,
    { key: string; year: number | null; rows: RecordRow[]; sum: number }
  >();
  for (const r of t.rows) {
    const amount = r.values[rule.amount];
    if (!isNumber(amount)) continue;
    const owner = r.values[rule.owner];
    const date = [r.values[rule.start], r.values[rule.end]].find((d) => d instanceof Date);
    const year =
      date instanceof Date && !Number.isNaN(date.getTime()) ? date.getUTCFullYear() : null;
    const who = isBlank(owner ?? null) ? null : shown(owner).trim();
    const id =
      who === null ? `action\u0000${shown(r.values[rule.key])}\u0000${r.row}` : who.toLowerCase();
    const k = `${id}\u0000${year ?? ''}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: who ?? shown(r.values[rule.key]), year, rows: [], sum: 0 }));
    g.rows.push(r);
    g.sum += amount;
  }
  const out: Issue[] = [];
  for (const g of groups.values()) {
    if (g.sum <= rule.threshold) continue;
    const params = {
      key: g.key,
      amount: g.sum,
      threshold: rule.threshold,
      year: g.year,
      actions: g.rows.map((r) => shown(r.values[rule.key])),
    };
    out.push(issue('subsidy', 'info', at(t, g.rows[0] as RecordRow, rule.amount), params));
  }
  return out;
}
