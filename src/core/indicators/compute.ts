import type { TableDef, TemplateDef } from '../templates/types';
import { matchKey, type MatchKey, type Row } from '../values/cell';
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
      if (comp && 'table' in comp) {
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
  for (const table of t.tables) tables[table.name] = (input[table.name] ?? []).slice();
  // By table then column: no key string is built on each of the many lookups.
  const indexes = new Map<string, Map<string, Map<MatchKey, Row[]>>>();
  const index = (table: string, column: string): Map<MatchKey, Row[]> => {
    let byColumn = indexes.get(table);
    if (!byColumn) indexes.set(table, (byColumn = new Map()));
    let m = byColumn.get(column);
    if (!m) {
      m = new Map();
      for (const r of tables[table] ?? []) {
        const k = matchKey(r[column]);
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
    const rows = tables[table.name] as Row[];
    for (let i = 0; i < rows.length; i++) {
      // A row is copied only when a computed value differs from the one it holds (the input
      // rows are never written): a recalculated workbook's rows are taken as they are.
      let row = rows[i] as Row;
      let copied = false;
      for (const c of computed) {
        const v = computedValue(c.computed!, row, ctx);
        if (row[c.id] === v) continue;
        if (!copied) {
          row = { ...row };
          rows[i] = row;
          copied = true;
        }
        row[c.id] = v;
      }
    }
  }
  const figures: Record<string, Figure> = {};
  const isComputed = (table: string, column: string) =>
    t.tables.find((x) => x.name === table)?.columns.find((c) => c.id === column)?.computed !==
    undefined;
  for (const s of t.summaries) figures[s.name] = summaryValue(s.expr, tables, figures, isComputed);
  return { tables, figures };
}
