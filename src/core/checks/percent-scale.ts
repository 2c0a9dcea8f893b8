import { criterionMatches } from '../values/cell';
import { at, type CheckContext } from './context';
import { issue, type Issue } from './issue';
import { percentSlip } from './percent-slip';

/**
 * A percentage above 1 and at most 100 is almost always "85 typed for 85 %": the fix divides by
 * 100. A column whose rates may exceed 100 % (a cap of 1,3 is 130 %) reads 10 to 1 000 as the
 * slip instead: 130 typed for 130 % would be 13 000 % and pay a mission far above its maximum.
 * Only numbers typed as numbers: text ("85") was already read as a percentage by core/read.
 */
export function checkPercentScale(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    const when = (ctx.rules.percentWhen ?? []).filter((w) => w.table === t.def.name);
    for (const c of t.def.columns) {
      const conditional = when.filter((w) => w.columns.includes(c.id));
      if (
        (c.kind !== 'percent' && conditional.length === 0) ||
        c.computed ||
        t.columns[c.id] === undefined
      ) {
        continue;
      }
      for (const r of t.rows) {
        const v = r.raw[c.id];
        if (typeof v !== 'number') continue;
        if (!percentSlip(v, c.above100)) continue;
        if (
          c.kind !== 'percent' &&
          !conditional.some((w) => criterionMatches(r.values[w.column], w.equals))
        )
          continue;
        const where = at(t, r, c.id);
        const fixed = v / 100;
        out.push(
          issue(
            'percent-scale',
            'warning',
            where,
            { column: c.header, value: v, fixed },
            { cell: where.cell, value: fixed },
          ),
        );
      }
    }
  }
  return out;
}
