import { issue, type Issue } from '../checks/issue';
import type { TableDef, TemplateDef } from '../templates/types';
import type { TableInput, WorkbookInput } from './types';

/**
 * What a file reader noticed that another program removed, as issues: tables found again by
 * their headers (table parts dropped), calculated-column formulas dropped from the table parts
 * (new rows get no formulas: one issue for the workbook, naming its tables), the `_meta` sheet
 * no longer very hidden.
 */
export function noteIssues(
  t: TemplateDef,
  input: WorkbookInput,
  located: Map<TableDef, TableInput>,
): Issue[] {
  const notes = input.notes;
  if (!notes) return [];
  const issues: Issue[] = [];
  const recovered = new Set<string>();
  for (const r of notes.recovered ?? []) {
    if (!t.tables.some((d) => d.name === r.table)) continue;
    recovered.add(r.table);
    issues.push(
      issue(
        'structure',
        'warning',
        { sheet: r.sheet, cell: r.origin },
        { problem: 'table-recovered', table: r.table, sheet: r.sheet },
      ),
    );
  }
  const calculated = notes.calculated;
  if (calculated) {
    // One issue for the workbook, not one per table: a single save dropped them all.
    const lostBy: Record<string, string[]> = {};
    for (const [def, found] of located) {
      if (recovered.has(def.name)) continue;
      const has = new Set(calculated[found.name] ?? []);
      const present = new Set(found.headers.map((h) => h.trim()));
      const lost = def.columns
        .filter((c) => c.computed && present.has(c.header) && !has.has(c.header))
        .map((c) => c.header);
      const anyFormula = found.formulas.some((row) => row.some((f) => f !== null));
      if (lost.length > 0 && anyFormula) lostBy[def.name] = lost;
    }
    const tables = Object.keys(lostBy);
    if (tables.length > 0)
      issues.push(
        issue(
          'structure',
          'warning',
          { sheet: '', cell: '' },
          { problem: 'column-formulas-lost', tables, columns: lostBy },
        ),
      );
  }
  if (notes.metaState && notes.metaState !== 'veryHidden' && input.sheets.includes('_meta'))
    issues.push(
      issue(
        'structure',
        'info',
        { sheet: '', cell: '' },
        {
          problem: 'meta-visible',
          state: notes.metaState,
        },
      ),
    );
  return issues;
}
