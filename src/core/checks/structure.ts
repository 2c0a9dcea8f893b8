import type { CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * Sheets of the contract that hold no table (Synthèse, Listes) must be there: the summary cells
 * and the dropdowns live on them. Tables, headers and formulas are checked while reading
 * (core/read), where the workbook's shape is first met.
 */
export function checkSheets(ctx: CheckContext): Issue[] {
  const t = ctx.template;
  const present = new Set(ctx.read.sheets.map((s) => s.toLowerCase()));
  return t.sheets
    .filter((s) => !t.tables.some((x) => x.sheet === s) && !present.has(s.toLowerCase()))
    .map((sheet) =>
      issue('structure', 'warning', { sheet, cell: '' }, { problem: 'missing-sheet', sheet }),
    );
}
