import { looksBlank } from '../read/normalise';
import type { RecordRow } from '../read/types';
import { matchKey, type MatchKey } from '../values/cell';
import { at, shown, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * The same identifier twice in a table keyed by an id column (N° action, Code, Partenaire…),
 * compared as the workbook's formulas compare them (case ignored, 1 ≠ "1": docs/identifiants.md).
 */
export function checkDuplicateIds(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    const key = t.def.key;
    const col = t.def.columns.find((c) => c.id === key);
    if (!key || !col || col.kind !== 'id' || t.columns[key] === undefined) continue;
    // The first row of each id: its address is built only when a duplicate is found.
    const first = new Map<MatchKey, RecordRow>();
    for (const r of t.rows) {
      const v = r.values[key];
      const k = matchKey(typeof v === 'string' ? v.trim() : v);
      if (k === undefined || looksBlank(v)) continue;
      const seen = first.get(k);
      if (seen === undefined) first.set(k, r);
      else
        out.push(
          issue('duplicate-id', 'error', at(t, r, key), {
            column: col.header,
            value: shown(v),
            first: at(t, seen, key).cell,
          }),
        );
    }
  }
  return out;
}
