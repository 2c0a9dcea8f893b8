import { noFormulaAtAll, readWorkbook } from '../read/read';
import type { TableInput, WorkbookInput } from '../read/types';
import { RestoreContext } from './context';
import { partnerOf } from './partner';
import { restoreUnknownTable } from './restore-extra';
import { restoreLoose } from './restore-loose';
import { restoreTable } from './restore-table';
import { migrationsFrom } from './migrations';
import type {
  Attention,
  MovedRow,
  Restored,
  RestoredRow,
  TableLayout,
  Unrestorable,
} from './types';

/** Rows made of a removed column's values join their table, and the report says where. */
function carryRows(
  ctx: RestoreContext,
  tables: Record<string, RestoredRow[]>,
  moved: MovedRow[],
  sheetOf: (table: string) => string,
): void {
  const said = new Map<string, Extract<Attention, { kind: 'carried-rows' }>>();
  for (const m of moved) {
    (tables[m.rule.into] ??= []).push(m.row);
    const k = `${m.row.sheet}\u0000${m.header}\u0000${m.rule.into}`;
    const a = said.get(k);
    if (a) a.values++;
    else {
      const next = {
        kind: 'carried-rows' as const,
        sheet: m.row.sheet,
        column: m.header,
        into: sheetOf(m.rule.into),
        values: 1,
      };
      said.set(k, next);
      ctx.attention.push(next);
    }
  }
  for (const m of moved)
    if (m.cell !== undefined && m.value !== undefined && m.fixed !== undefined)
      ctx.attention.push({
        kind: 'carried-rescaled',
        sheet: m.row.sheet,
        cell: m.cell,
        column: m.header,
        into: sheetOf(m.rule.into),
        value: m.value,
        fixed: m.fixed,
      });
}

/**
 * The one step upgrade and merge share: a workbook of a known template, of any version (or
 * without `_meta`), read as records of the current version, keyed by column id, with every value
 * the template has no place for kept aside for the Autres données sheet. Nothing is fixed: text
 * stays text ("12,5" too), a formula gives its value (reported), computed cells are left to be
 * regenerated unless a value was typed over their formula.
 * @example restore(readWorkbookValues(wb, { everything: true }), 'partenaire.xlsx')
 */
export function restore(input: WorkbookInput, file: string): Restored | Unrestorable {
  const read = readWorkbook(input);
  if (!read.template) return { file, template: undefined, issues: read.issues };
  const ctx = new RestoreContext(file, partnerOf(read, file), noFormulaAtAll(input));
  for (const i of read.issues) {
    if (i.rule === 'structure' && i.params.problem === 'version')
      ctx.attention.push({
        kind: 'version-unknown',
        found: i.params.found,
        readAs: read.template.version,
      });
  }
  const hasComputed = read.template.tables.some((d) => d.columns.some((c) => c.computed));
  if (ctx.formulasAbsent && hasComputed) ctx.attention.push({ kind: 'formulas-absent' });
  const steps = migrationsFrom(read.current, read.template.version);
  const newTables = new Set(steps.flatMap((m) => m.addedTables ?? []));
  const carried = steps.flatMap((m) => m.carried ?? []);
  const moved: MovedRow[] = [];
  const claimed = new Set<TableInput>();
  const tables: Record<string, RestoredRow[]> = {};
  const layout: Record<string, TableLayout> = {};
  for (const def of read.current.tables) {
    const tr = read.tables[def.name];
    const found = tr && input.tables.find((x) => x.name === tr.name && x.sheet === tr.sheet);
    tables[def.name] = [];
    if (!tr || !found) {
      // A table new in a later version is simply empty in an older workbook.
      if (!newTables.has(def.name)) ctx.attention.push({ kind: 'missing-table', table: def.name });
      continue;
    }
    claimed.add(found);
    const own = carried.filter((c) => c.table === def.name);
    const restored = restoreTable(ctx, def, tr, found, read.issues, own);
    tables[def.name] = restored.rows;
    layout[def.name] = restored.layout;
    moved.push(...restored.moved);
  }
  carryRows(
    ctx,
    tables,
    moved,
    (name) => read.current.tables.find((d) => d.name === name)?.sheet ?? name,
  );
  for (const t of input.tables) if (!claimed.has(t)) restoreUnknownTable(ctx, t);
  const lists = restoreLoose(ctx, read, input);
  return {
    file,
    partner: ctx.partner,
    template: read.current,
    version: read.version,
    readAs: read.template.version,
    lang: input.meta['lang'] === 'en' ? 'en' : 'fr',
    tables,
    layout,
    lists,
    others: ctx.others,
    attention: ctx.attention,
    issues: read.issues,
  };
}
