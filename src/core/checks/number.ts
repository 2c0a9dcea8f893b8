import { looksBlank } from '../read/normalise';
import type { ColumnKind } from '../templates/types';
import { isNumber } from '../values/cell';
import { at, shown, type CheckContext } from './context';
import { issue, type Issue, type Severity } from './issue';

/** What each numeric kind forbids (kinds are data). */
const LIMITS: Partial<Record<ColumnKind, { negative?: Severity; integer?: Severity }>> = {
  integer: { negative: 'error', integer: 'error' },
  money: { negative: 'error' },
  percent: { negative: 'warning' },
  number: {},
};

/**
 * A number cell holding what is not a number (text that could not be read as one, a date, a
 * boolean), a negative count or amount, a count that is not whole.
 */
export function checkNumbers(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    for (const c of t.def.columns) {
      const limits = LIMITS[c.kind];
      if (!limits || c.computed || t.columns[c.id] === undefined) continue;
      for (const r of t.rows) {
        const v = r.values[c.id];
        if (looksBlank(v)) continue;
        // The address only for a cell that is reported (most are not).
        if (!isNumber(v)) {
          out.push(
            issue('number', 'error', at(t, r, c.id), {
              problem: 'not-a-number',
              column: c.header,
              value: shown(v),
            }),
          );
        } else if (v < 0 && limits.negative) {
          out.push(
            issue('number', limits.negative, at(t, r, c.id), {
              problem: 'negative',
              column: c.header,
              value: v,
            }),
          );
        } else if (!Number.isInteger(v) && limits.integer) {
          out.push(
            issue('number', limits.integer, at(t, r, c.id), {
              problem: 'not-integer',
              column: c.header,
              value: v,
            }),
          );
        }
      }
    }
  }
  return out;
}
