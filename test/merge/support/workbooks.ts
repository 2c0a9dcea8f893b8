import { buildPlan } from '../../../src/core/plan/build';
import type { WorkbookInput } from '../../../src/core/read/types';
import { restore } from '../../../src/core/restore/restore';
import { templateAt } from '../../../src/core/restore/template-at';
import type { Restored } from '../../../src/core/restore/types';
import { ca } from '../../../src/core/templates/ca';
import type { TemplateDef } from '../../../src/core/templates/types';
import { isBlank, type CellValue, type Row } from '../../../src/core/values/cell';
import { planInput } from '../../core/support/plan-input';

export const NOW = new Date('2026-01-15T00:00:00Z');

/** The `ca` template at version 1, from the migrations map (its headers are pinned in a test). */
export const caV1 = templateAt(ca, 1) as TemplateDef;

/** The `ca` template at version 2 (before direction and nature of indicators, issue 18). */
export const caV2 = templateAt(ca, 2) as TemplateDef;

/** The tables whose rows belong to one partner (every row kept by a merge). */
export const OWN = ['Actions', 'Indicateurs', 'Preuves', 'ChaineValeur', 'Contribution'];

/** A workbook of template `t` holding `data`, as an adapter reads it back. */
export function inputOf(t: TemplateDef, data: Record<string, Row[]>): WorkbookInput {
  return planInput(t, buildPlan(t, { data, now: NOW }));
}

/** Restore, failing the test when the workbook is not recognised. */
export function restored(input: WorkbookInput, file: string): Restored {
  const r = restore(input, file);
  if (!r.template) throw new Error(`${file} not recognised`);
  return r;
}

/** A value as a multiset key: type and value, dates by instant. */
export function key(v: CellValue): string {
  if (v instanceof Date) return `d:${v.getTime()}`;
  return `${typeof v}:${String(v)}`;
}

const empty = (v: CellValue | undefined) => v === null || v === undefined || v === '';

/**
 * Every non-empty entered value of some tables of an input, by table then header position
 * (computed and unknown columns left out), as sorted multiset keys.
 */
export function enteredValues(t: TemplateDef, input: WorkbookInput, tables: string[]): string[] {
  const out: string[] = [];
  for (const name of tables) {
    const def = t.tables.find((d) => d.name === name)!;
    const table = input.tables.find((x) => x.name === name);
    if (!table) continue;
    const positions = def.columns
      .filter((c) => !c.computed)
      .map((c) => table.headers.indexOf(c.header))
      .filter((i) => i >= 0);
    for (const row of table.values)
      for (const i of positions) if (!empty(row[i])) out.push(`${name}:${key(row[i] ?? null)}`);
  }
  return out.sort();
}

/** The column of a table read back, by header. */
export function columnOf(input: WorkbookInput, table: string, header: string): CellValue[] {
  const t = input.tables.find((x) => x.name === table)!;
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${table}`);
  return t.values.map((r) => r[i] ?? null).filter((v) => !isBlank(v));
}
