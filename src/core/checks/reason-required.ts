import { looksBlank } from '../read/normalise';
import { criterionMatches } from '../values/cell';
import { at, header, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/** NON / En partie / Partiellement without its "pourquoi" or justification. */
export function checkReasons(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const rule of ctx.rules.reasons) {
    const t = tableWith(ctx, rule.table, rule.answer, rule.reason);
    if (!t) continue;
    for (const r of t.rows) {
      const answer = r.values[rule.answer];
      if (!rule.when.some((w) => criterionMatches(answer, w)) || !looksBlank(r.values[rule.reason]))
        continue;
      const params = {
        column: header(t, rule.answer),
        answer: shown(answer),
        reason: header(t, rule.reason),
      };
      out.push(issue('reason-required', 'warning', at(t, r, rule.reason), params));
    }
  }
  return out;
}
