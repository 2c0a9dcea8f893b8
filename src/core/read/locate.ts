import { issue, type Issue } from '../checks/issue';
import type { TableDef, TemplateDef } from '../templates/types';
import type { TableInput, WorkbookInput } from './types';

export interface Located {
  tables: Map<TableDef, TableInput>;
  issues: Issue[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Find each template table: by name (Excel table names ignore case), else the one unclaimed
 * table on the contract's sheet (a renamed table, reported). A missing table is reported once.
 */
export function locateTables(t: TemplateDef, input: WorkbookInput): Located {
  const tables = new Map<TableDef, TableInput>();
  const issues: Issue[] = [];
  const claimed = new Set<TableInput>();
  const known = new Set(t.tables.map((d) => d.name.toLowerCase()));
  for (const def of t.tables) {
    const found = input.tables.find((x) => same(x.name, def.name));
    if (found) {
      tables.set(def, found);
      claimed.add(found);
    }
  }
  for (const def of t.tables) {
    if (tables.has(def)) continue;
    const onSheet = input.tables.filter(
      (x) => same(x.sheet, def.sheet) && !claimed.has(x) && !known.has(x.name.toLowerCase()),
    );
    const only = onSheet.length === 1 ? onSheet[0] : undefined;
    if (only) {
      tables.set(def, only);
      claimed.add(only);
      issues.push(
        issue(
          'structure',
          'warning',
          { sheet: only.sheet, cell: only.origin },
          {
            problem: 'table-renamed',
            table: def.name,
            found: only.name,
          },
        ),
      );
    } else {
      issues.push(
        issue(
          'structure',
          'error',
          { sheet: def.sheet, cell: '' },
          {
            problem: 'missing-table',
            table: def.name,
            sheet: def.sheet,
          },
        ),
      );
    }
  }
  for (const [def, found] of tables) {
    if (found.sheet !== def.sheet) {
      issues.push(
        issue(
          'structure',
          'info',
          { sheet: found.sheet, cell: found.origin },
          {
            problem: 'sheet-renamed',
            table: def.name,
            expected: def.sheet,
            found: found.sheet,
          },
        ),
      );
    }
  }
  return { tables, issues };
}
