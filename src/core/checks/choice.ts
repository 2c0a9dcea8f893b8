import { looksBlank } from '../read/normalise';
import { at, shown, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * A value outside its answer list. Variants of a list value (case, accents, spaces) were
 * already understood and reported by core/read; what is left here matches nothing. Values
 * outside an extensible list are reported only when the workbook's own list is known.
 */
export function checkChoices(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    for (const c of t.def.columns) {
      const list = c.kind === 'choice' && c.list ? ctx.read.lists[c.list] : undefined;
      if (!list || !list.closed || c.computed || t.columns[c.id] === undefined) continue;
      for (const r of t.rows) {
        const v = r.values[c.id];
        if (looksBlank(v) || (typeof v === 'string' && list.values.includes(v))) continue;
        const params = {
          problem: 'outside-list' as const,
          column: c.header,
          value: shown(v),
          values: list.values,
        };
        out.push(issue('choice', 'error', at(t, r, c.id), params));
      }
    }
  }
  return out;
}
