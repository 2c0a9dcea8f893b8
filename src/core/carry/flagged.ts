import { checkWorkbook } from '../check';
import type { Issue } from '../checks/issue';
import { planInput } from '../plan/plan-input';
import type { WorkbookPlan } from '../plan/types';
import { decodeCell } from '../read/address';
import type { TableInput } from '../read/types';
import type { TemplateDef } from '../templates/types';
import { isBlank } from '../values/cell';

/** The entered, non-blank value of a table at an A1 cell of its sheet, if the cell holds one. */
function typedAt(t: TemplateDef, tables: TableInput[], sheet: string, cell: string): boolean {
  const at = decodeCell(cell);
  if (!at) return false;
  return tables.some((x) => {
    const origin = decodeCell(x.origin);
    const def = t.tables.find((d) => d.name === x.name);
    if (x.sheet !== sheet || !origin || !def) return false;
    const [r, c] = [at.row - origin.row - 1, at.column - origin.column];
    const column = def.columns.find((d) => d.header === x.headers[c]);
    if (!column || column.computed || r < 0) return false;
    const v = x.values[r]?.[c];
    return v !== undefined && !isBlank(v);
  });
}

/**
 * What the check says of values carried as typed into next year's workbook (a level typed
 * « 80 % » as text, weights of a mission summing to 90 %): its warnings and errors at a cell
 * holding an entered value of a carried table, in the order `trepied check` gives them. Nothing
 * is changed: the report tells them, to correct in the new workbook.
 */
export function flaggedCarried(t: TemplateDef, plan: WorkbookPlan, carried: string[]): Issue[] {
  const input = planInput(t, plan);
  const tables = input.tables.filter((x) => carried.includes(x.name));
  // An aci issue is about the figures typed even at a blank cell (weights said at the mission's
  // first indicator, whose weight may be the one missing).
  const sheets = new Set(tables.map((x) => x.sheet));
  return checkWorkbook(input).issues.filter(
    (i) =>
      i.severity !== 'info' &&
      (typedAt(t, tables, i.sheet, i.cell) || (i.rule === 'aci' && sheets.has(i.sheet))),
  );
}
