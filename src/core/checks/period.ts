import { parseDateText, serialToDate } from '../read/parse-date';
import { criterionMatches, type CellValue } from '../values/cell';
import { tableWith, type CheckContext } from './context';

export interface ProgrammePeriod {
  start: Date;
  end: Date;
}

/** A date however the key/value table holds it: a date, a serial number, or French text. */
export function asDate(v: CellValue | undefined): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'number') return serialToDate(v);
  if (typeof v === 'string') return parseDateText(v);
  return undefined;
}

/** The programme period from its key/value table (Début / Fin de période), when both are given. */
export function programmePeriod(ctx: CheckContext): ProgrammePeriod | undefined {
  const p = ctx.rules.period;
  const t = p ? tableWith(ctx, p.table, p.field, p.value) : undefined;
  if (!p || !t) return undefined;
  const value = (label: string) =>
    asDate(t.rows.find((r) => criterionMatches(r.values[p.field], label))?.values[p.value]);
  const start = value(p.start);
  const end = value(p.end);
  return start && end && start <= end ? { start, end } : undefined;
}
