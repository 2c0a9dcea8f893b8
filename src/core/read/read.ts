import type { Issue } from '../checks/issue';
import { knownVersions, templateAt } from '../restore/template-at';
import type { TemplateDef } from '../templates/types';
import type { HeaderOptions } from './headers';
import { locateTables } from './locate';
import { noteIssues } from './notes';
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

/** The workbook holds no formula at all (values pasted, or saved by a tool that drops them). */
export function noFormulaAtAll(input: WorkbookInput): boolean {
  return input.tables.every((t) =>
    t.formulas.every((row) => row.every((f) => f === null || f === undefined)),
  );
}

/**
 * What a table of version `at` may also hold: the headers its columns have in the template's
 * other versions, and the columns of newer versions (a partner may have added them by hand).
 */
export function headerOptions(current: TemplateDef, at: TemplateDef, table: string): HeaderOptions {
  const def = at.tables.find((x) => x.name === table);
  const otherHeaders: NonNullable<HeaderOptions['otherHeaders']> = {};
  const seen = new Set(def?.columns.map((c) => c.id));
  const optional: NonNullable<HeaderOptions['optional']> = [];
  for (const v of knownVersions(current).reverse()) {
    if (v === at.version) continue;
    for (const c of templateAt(current, v)?.tables.find((x) => x.name === table)?.columns ?? []) {
      const own = def?.columns.find((x) => x.id === c.id);
      if (own?.header !== c.header)
        (otherHeaders[c.id] ??= []).push({ header: c.header, version: v });
      if (!seen.has(c.id)) {
        seen.add(c.id);
        if (v > at.version) optional.push(c);
      }
    }
  }
  return { otherHeaders, optional };
}

/**
 * Read a workbook's tables into typed records with the issues met on the way: template,
 * structure, formulas, error values and every tolerance applied to what people typed.
 * @example readWorkbook(values).tables.Actions?.rows[0]?.values.id
 */
export function readWorkbook(input: WorkbookInput): ReadResult | Unrecognised {
  const recognised = recogniseTemplate(input);
  const current = recognised.template;
  if (!current) return { template: undefined, issues: recognised.issues };
  // An older workbook is read with the headers of its own version (core/restore/migrations).
  const t = templateAt(current, recognised.version) ?? current;
  const issues: Issue[] = [...recognised.issues];
  const located = locateTables(t, input);
  issues.push(...located.issues);
  issues.push(...noteIssues(t, input, located.tables));
  const lists = effectiveLists(t, input);
  const formulasAbsent = noFormulaAtAll(input);
  const tables: Record<string, TableRead> = {};
  for (const def of t.tables) {
    const found = located.tables.get(def);
    if (!found) continue;
    const headers = headerOptions(current, t, def.name);
    const read = readTable(def, found, { lists, formulasAbsent, headers });
    tables[def.name] = read.table;
    issues.push(...read.issues);
  }
  return {
    template: t,
    current,
    version: recognised.version,
    sheets: [...input.sheets],
    tables,
    lists,
    issues,
  };
}
