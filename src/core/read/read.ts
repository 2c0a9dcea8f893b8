import type { Issue } from '../checks/issue';
import type { TemplateDef } from '../templates/types';
import { locateTables } from './locate';
import { readTable } from './table';
import { recogniseTemplate } from './template';
import type { ListValues, ReadResult, TableRead, WorkbookInput } from './types';

export interface Unrecognised {
  template: undefined;
  issues: Issue[];
}

/** The answer lists: the workbook's own when the adapter read them, else the template's. */
export function effectiveLists(t: TemplateDef, input: WorkbookInput): Record<string, ListValues> {
  const lists: Record<string, ListValues> = {};
  for (const l of t.lists) {
    if ('from' in l) continue;
    const own = input.lists?.[l.name];
    lists[l.name] = own
      ? { values: [...own], closed: true }
      : { values: [...l.values], closed: !l.extensible };
  }
  return lists;
}

function noFormulaAtAll(input: WorkbookInput): boolean {
  return input.tables.every((t) =>
    t.formulas.every((row) => row.every((f) => f === null || f === undefined)),
  );
}

/**
 * Read a workbook's tables into typed records with the issues met on the way: template,
 * structure, formulas, error values and every tolerance applied to what people typed.
 * @example readWorkbook(values).tables.Actions?.rows[0]?.values.id
 */
export function readWorkbook(input: WorkbookInput): ReadResult | Unrecognised {
  const recognised = recogniseTemplate(input);
  const t = recognised.template;
  if (!t) return { template: undefined, issues: recognised.issues };
  const issues: Issue[] = [...recognised.issues];
  const located = locateTables(t, input);
  issues.push(...located.issues);
  const lists = effectiveLists(t, input);
  const formulasAbsent = noFormulaAtAll(input);
  const tables: Record<string, TableRead> = {};
  for (const def of t.tables) {
    const found = located.tables.get(def);
    if (!found) continue;
    const read = readTable(def, found, { lists, formulasAbsent });
    tables[def.name] = read.table;
    issues.push(...read.issues);
  }
  return {
    template: t,
    version: recognised.version,
    sheets: [...input.sheets],
    tables,
    lists,
    issues,
  };
}
