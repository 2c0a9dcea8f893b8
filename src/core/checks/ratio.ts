import { isNumber } from '../values/cell';
import { at, header, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/** A numerator above its denominator (Satisfaits > Répondants, présents > invités…). */
export function checkRatios(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const rule of ctx.rules.ratios) {
    const t = tableWith(ctx, rule.table, rule.num, rule.den);
    if (!t) continue;
    for (const r of t.rows) {
      const [n, d] = [r.values[rule.num], r.values[rule.den]];
      if (!isNumber(n) || !isNumber(d) || n <= d) continue;
      const params = {
        num: header(t, rule.num),
        den: header(t, rule.den),
        numValue: n,
        denValue: d,
      };
      out.push(issue('ratio', rule.severity, at(t, r, rule.num), params));
    }
  }
  return out;
}
