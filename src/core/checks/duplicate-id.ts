import { looksBlank } from '../read/normalise';
import { criterionKey } from '../values/cell';
import { at, shown, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * The same identifier twice in a table keyed by an id column (N° action, Code, Partenaire…),
 * compared as the workbook's COUNTIFS compares them (case ignored).
 */
export function checkDuplicateIds(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    const key = t.def.key;
    const col = t.def.columns.find((c) => c.id === key);
    if (!key || !col || col.kind !== 'id' || t.columns[key] === undefined) continue;
    const first = new Map<string, string>();
    for (const r of t.rows) {
      const v = r.values[key];
      const k = criterionKey(typeof v === 'string' ? v.trim() : v);
      if (k === undefined || looksBlank(v)) continue;
      const seen = first.get(k);
      const where = at(t, r, key);
      if (seen === undefined) first.set(k, where.cell);
      else
        out.push(
          issue('duplicate-id', 'error', where, {
            column: col.header,
            value: shown(v),
            first: seen,
          }),
        );
    }
  }
  return out;
}
