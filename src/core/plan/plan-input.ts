import { compute } from '../indicators/compute';
import type { TableInput, WorkbookInput } from '../read/types';
import type { TableDef, TemplateDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';
import type { WorkbookPlan } from './types';

/**
 * A plan as an adapter would read it back once recalculated (what `new --from` checks before
 * writing): entered values as planned,
 * computed columns holding compute()'s values and the plan's formulas, _meta as key/values.
 */
export function planInput(t: TemplateDef, plan: WorkbookPlan): WorkbookInput {
  const withTables = plan.sheets.filter((s) => s.table);
  const rows: Record<string, Row[]> = {};
  // A table the template does not define (Autres données) has only entered columns.
  const tableDef = (_t: TemplateDef, name: string): Pick<TableDef, 'columns'> =>
    t.tables.find((x) => x.name === name) ?? { columns: [] };
  for (const s of withTables) {
    const table = s.table!;
    const def = tableDef(t, table.name);
    rows[table.name] = table.rows.map((cells) =>
      Object.fromEntries(def.columns.map((c, i) => [c.id, cells[i] ?? null])),
    );
  }
  const computed = compute(t, rows);
  const tables: TableInput[] = withTables.map((s) => {
    const table = s.table!;
    const def = tableDef(t, table.name);
    const out = computed.tables[table.name] ?? [];
    return {
      name: table.name,
      sheet: s.name,
      origin: table.origin,
      headers: table.columns.map((c) => c.header),
      values: table.rows.map((cells, r) =>
        table.columns.map((_, i): CellValue => {
          const c = def.columns[i];
          return c?.computed ? (out[r]?.[c.id] ?? null) : (cells[i] ?? null);
        }),
      ),
      formulas: table.rows.map(() => table.columns.map((c) => c.formula ?? null)),
    };
  });
  const meta: Record<string, CellValue> = {};
  const metaSheet = plan.sheets.find((s) => s.name === '_meta');
  for (const c of metaSheet?.cells ?? []) {
    if (!c.ref.startsWith('A') || typeof c.value !== 'string') continue;
    const value = metaSheet!.cells.find((x) => x.ref === `B${c.ref.slice(1)}`)?.value;
    meta[c.value] = value ?? null;
  }
  return { sheets: plan.sheets.map((s) => s.name), tables, meta };
}
