import { looksBlank } from '../read/normalise';
import { isoDay } from '../read/parse-date';
import { at, header, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';
import { programmePeriod } from './period';

const isDate = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());

function notDates(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    for (const c of t.def.columns) {
      if (c.kind !== 'date' || c.computed || t.columns[c.id] === undefined) continue;
      for (const r of t.rows) {
        const v = r.values[c.id];
        if (looksBlank(v) || isDate(v)) continue;
        out.push(
          issue('date', 'error', at(t, r, c.id), {
            problem: 'not-a-date',
            column: c.header,
            value: shown(v),
          }),
        );
      }
    }
  }
  return out;
}

function order(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const rule of ctx.rules.dateOrder) {
    const t = tableWith(ctx, rule.table, rule.start, rule.end);
    if (!t) continue;
    for (const r of t.rows) {
      const [s, e] = [r.values[rule.start], r.values[rule.end]];
      if (!isDate(s) || !isDate(e) || isoDay(e) >= isoDay(s)) continue;
      const params = {
        problem: 'end-before-start' as const,
        start: header(t, rule.start),
        end: header(t, rule.end),
        startDate: isoDay(s),
        endDate: isoDay(e),
      };
      out.push(issue('date', 'error', at(t, r, rule.end), params));
    }
  }
  return out;
}

function outsidePeriod(ctx: CheckContext): Issue[] {
  const period = programmePeriod(ctx);
  const rule = ctx.rules.period;
  if (!period || !rule) return [];
  const [from, to] = [isoDay(period.start), isoDay(period.end)];
  const out: Issue[] = [];
  for (const { table, columns } of rule.columns) {
    const t = tableWith(ctx, table);
    if (!t) continue;
    for (const id of columns.filter((c) => t.columns[c] !== undefined)) {
      for (const r of t.rows) {
        const v = r.values[id];
        if (!isDate(v) || (isoDay(v) >= from && isoDay(v) <= to)) continue;
        const params = {
          problem: 'outside-period' as const,
          column: header(t, id),
          value: isoDay(v),
          periodStart: from,
          periodEnd: to,
        };
        out.push(issue('date', 'warning', at(t, r, id), params));
      }
    }
  }
  return out;
}

/** Text that is not a date; Date de fin before Date de début; dates outside the programme period. */
export function checkDates(ctx: CheckContext): Issue[] {
  return [...notDates(ctx), ...order(ctx), ...outsidePeriod(ctx)];
}
