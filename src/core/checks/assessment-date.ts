import { isBlank } from '../values/cell';
import type { RecordRow, TableRead } from '../read/types';
import { at, header, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

const dated = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());
const answered = (r: RecordRow, id: string) => !isBlank(r.values[id] ?? null);

/**
 * Two assessments compared (evaluation): answers typed for an assessment that has no date
 * (error: the comparison has no « when »), the second dated before the first (warning), and a
 * dated assessment leaving items of a grid unanswered (information: they do not count).
 */
export function checkAssessmentDates(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.assessments;
  const ev = rule ? tableWith(ctx, rule.table, rule.key, rule.date) : undefined;
  if (!rule || !ev) return [];
  const rowOf = (label: string) =>
    ev.rows.find((r) => shown(r.values[rule.key]).trim().toLowerCase() === label.toLowerCase());
  const out: Issue[] = [];
  const dates: (Date | undefined)[] = [];
  rule.labels.forEach((label, i) => {
    const row = rowOf(label);
    const date = row?.values[rule.date];
    dates.push(dated(date) ? date : undefined);
    for (const g of rule.grids) {
      const answer = g.answers[i];
      const grid = answer ? tableWith(ctx, g.table, answer) : undefined;
      if (!grid || !answer) continue;
      const withAnswer = grid.rows.filter((r) => answered(r, answer));
      const column = header(grid, answer);
      if (!dated(date) && withAnswer.length > 0) {
        const where = row ? at(ev, row, rule.date) : at(grid, withAnswer[0] as RecordRow, answer);
        out.push(
          issue('assessment-date', 'error', where, {
            problem: 'missing',
            assessment: label,
            column: `${grid.sheet} › ${column}`,
            answers: withAnswer.length,
          }),
        );
      } else if (dated(date) && row) {
        const open = unanswered(grid, g.item, answer);
        if (open.length > 0)
          out.push(
            issue('assessment-date', 'info', at(grid, open[0] as RecordRow, answer), {
              problem: 'unanswered',
              assessment: label,
              column,
              sheet: grid.sheet,
              count: open.length,
            }),
          );
      }
    }
  });
  const [first, second] = dates;
  const secondRow = rule.labels[1] ? rowOf(rule.labels[1]) : undefined;
  if (first && second && secondRow && second < first)
    out.push(
      issue('assessment-date', 'warning', at(ev, secondRow, rule.date), {
        problem: 'order',
        first: rule.labels[0] as string,
        second: rule.labels[1] as string,
        firstDate: shown(first),
        secondDate: shown(second),
      }),
    );
  return out;
}

/** Items of a grid (an Élément typed) without an answer in the column. */
function unanswered(grid: TableRead, item: string, answer: string): RecordRow[] {
  return grid.rows.filter((r) => !isBlank(r.values[item] ?? null) && !answered(r, answer));
}
