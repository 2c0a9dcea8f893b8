import { looksBlank } from '../read/normalise';
import { criterionMatches } from '../values/cell';
import { at, header, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/** "Autre" chosen as a public cible without saying which in "Si autre public cible, précisez". */
export function checkOtherPublic(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const rule of ctx.rules.otherPublic) {
    const t = tableWith(ctx, rule.table, rule.detail);
    if (!t) continue;
    const columns = rule.columns.filter((c) => t.columns[c] !== undefined);
    for (const r of t.rows) {
      const other = columns.find((c) => criterionMatches(r.values[c], rule.value));
      if (other === undefined || !looksBlank(r.values[rule.detail])) continue;
      const params = { column: header(t, other), detail: header(t, rule.detail) };
      out.push(issue('other-public', 'warning', at(t, r, rule.detail), params));
    }
  }
  return out;
}
