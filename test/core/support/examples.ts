import { checkWorkbook, type CheckResult } from '../../../src/core/check';
import type { Issue, RuleCode } from '../../../src/core/checks/issue';
import { EXAMPLES } from '../../../src/core/examples';
import { buildPlan } from '../../../src/core/plan/build';
import type { WorkbookInput } from '../../../src/core/read/types';
import { ca } from '../../../src/core/templates/ca';
import { cpts } from '../../../src/core/templates/cpts';
import type { CellValue } from '../../../src/core/values/cell';
import { cloneInput, planInput, tableOf } from './plan-input';

const NOW = new Date('2024-06-01T00:00:00Z');
const cache: Partial<Record<'ca' | 'cpts', WorkbookInput>> = {};

/** The example workbook of a template as read back (a fresh copy each call). */
export function example(id: 'ca' | 'cpts'): WorkbookInput {
  const t = id === 'ca' ? ca : cpts;
  cache[id] ??= planInput(
    t,
    buildPlan(t, { data: EXAMPLES[id].data, config: EXAMPLES[id].config, now: NOW }),
  );
  return cloneInput(cache[id]);
}

/** The data row index whose first cell is `key` (N° action, Projet ou action, Code…). */
export function rowWith(input: WorkbookInput, table: string, key: CellValue, column = 0): number {
  const i = tableOf(input, table).values.findIndex((r) => r[column] === key);
  if (i < 0) throw new Error(`no row ${String(key)} in ${table}`);
  return i;
}

/** The first data row of a table holding nothing (a spare row of the plan). */
export function spareRow(input: WorkbookInput, table: string): number {
  const t = tableOf(input, table);
  const def = t.formulas[0] ?? [];
  const i = t.values.findIndex((r) => r.every((v, c) => def[c] !== null || v === null));
  if (i < 0) throw new Error(`no spare row in ${table}`);
  return i;
}

export function issuesOf(input: WorkbookInput, rule: RuleCode): Issue[] {
  return checkWorkbook(input).issues.filter((i) => i.rule === rule);
}

/** The parts of issues a table-driven case states. */
export function brief(
  issues: Issue[],
): { severity: string; sheet: string; cell: string; params: unknown }[] {
  return issues.map((i) => ({
    severity: i.severity,
    sheet: i.sheet,
    cell: i.cell,
    params: i.params,
  }));
}

export type { CheckResult };
