import { looksBlank } from '../read/normalise';
import { at, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/** A required entered column left empty in a row that holds something else. */
export function checkRequired(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    const required = t.def.columns.filter(
      (c) => c.required && !c.computed && t.columns[c.id] !== undefined,
    );
    for (const r of t.rows) {
      for (const c of required) {
        if (looksBlank(r.raw[c.id]))
          out.push(issue('required', 'error', at(t, r, c.id), { column: c.header }));
      }
    }
  }
  return out;
}
