import type { TableDef, TemplateDef } from '../templates/types';
import { criterionKey, type Row } from '../values/cell';
import { computedValue } from './computed-columns';
import { summaryValue, type Figure } from './summary';

export interface Computation {
  /** Every table's rows with their computed columns filled, by table name. */
  tables: Record<string, Row[]>;
  /** Every named summary cell, by defined name. */
  figures: Record<string, Figure>;
}

/** Tables whose computed columns read other tables come after those tables. */
export function computeOrder(t: TemplateDef): TableDef[] {
  const order: TableDef[] = [];
  const visit = (table: TableDef, path: Set<string>) => {
    if (order.includes(table) || path.has(table.name)) return;
    path.add(table.name);
    for (const c of table.columns) {
      const comp = c.computed;
      if (comp && (comp.kind === 'countRelated' || comp.kind === 'averageRelated')) {
        const dep = t.tables.find((x) => x.name === comp.table);
        if (dep) visit(dep, path);
      }
    }
    order.push(table);
  };
  for (const table of t.tables) visit(table, new Set());
  return order;
}

/**
 * The TypeScript twin of every workbook formula: computed columns, then named summary cells.
 * @example compute(ca, { Actions: [...], Indicateurs: [...] }).figures.CA_TauxTriangulation
 */
export function compute(t: TemplateDef, input: Record<string, Row[]>): Computation {
  const tables: Record<string, Row[]> = {};
  for (const table of t.tables) {
    const rows = input[table.name] ?? [];
    // Only rows that get computed columns are copied: the input rows are never written.
    tables[table.name] = table.columns.some((c) => c.computed)
      ? rows.map((r) => ({ ...r }))
      : rows.slice();
  }
  // By table then column: no key string is built on each of the many lookups.
  const indexes = new Map<string, Map<string, Map<string, Row[]>>>();
  const index = (table: string, column: string): Map<string, Row[]> => {
    let byColumn = indexes.get(table);
    if (!byColumn) indexes.set(table, (byColumn = new Map()));
    let m = byColumn.get(column);
    if (!m) {
      m = new Map();
      for (const r of tables[table] ?? []) {
        const k = criterionKey(r[column]);
        if (k === undefined) continue;
        const list = m.get(k);
        if (list) list.push(r);
        else m.set(k, [r]);
      }
      byColumn.set(column, m);
    }
    return m;
  };
  for (const table of computeOrder(t)) {
    const computed = table.columns.filter((c) => c.computed);
    if (computed.length === 0) continue;
    const ctx = { template: t, table, tables, index };
    for (const row of tables[table.name] as Row[]) {
      for (const c of computed) row[c.id] = computedValue(c.computed!, row, ctx);
    }
  }
  const figures: Record<string, Figure> = {};
  for (const s of t.summaries) figures[s.name] = summaryValue(s.expr, tables, figures);
  return { tables, figures };
}
