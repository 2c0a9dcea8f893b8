import type { ColumnDef, TableDef, TemplateDef } from '../templates/types';
import { MIGRATIONS, type Migration } from './migrations';

function stepBack(t: TemplateDef, m: Migration): TemplateDef {
  const addedTables = new Set(m.addedTables ?? []);
  const kept = t.tables.filter((table) => !addedTables.has(table.name));
  const goneSheets = new Set(
    t.tables
      .filter((x) => addedTables.has(x.name))
      .map((x) => x.sheet)
      .filter((sheet) => !kept.some((x) => x.sheet === sheet)),
  );
  const tables = kept.map((table): TableDef => {
    const added = new Set(m.added[table.name] ?? []);
    const renamed = new Map((m.renamed[table.name] ?? []).map((r) => [r.id, r.from]));
    const before = m.redefined?.[table.name] ?? {};
    const columns: ColumnDef[] = table.columns
      .filter((c) => !added.has(c.id))
      .map((c) => (renamed.has(c.id) ? { ...c, header: renamed.get(c.id) as string } : c))
      .map((c) => (before[c.id] ? ({ ...c, ...before[c.id] } as ColumnDef) : c));
    for (const r of m.removed[table.name] ?? []) {
      const at = r.after === null ? 0 : columns.findIndex((c) => c.id === r.after) + 1;
      columns.splice(at, 0, r.column);
    }
    return { ...table, columns };
  });
  const addedSummaries = new Set(m.summaries?.added ?? []);
  const oldSummaries = new Map((m.summaries?.redefined ?? []).map((x) => [x.name, x]));
  const summaries = t.summaries
    .filter((x) => !addedSummaries.has(x.name))
    .map((x) => oldSummaries.get(x.name) ?? x);
  const sheets = t.sheets.filter((s) => !goneSheets.has(s));
  const lists = [
    ...t.lists.filter((l) => !('from' in l) || !addedTables.has(l.from.table)),
    ...(m.removedLists ?? []),
  ];
  return { ...t, version: m.from, sheets, tables, lists, summaries };
}

/** The versions of a template a workbook may carry: 1 up to the current one. */
export function knownVersions(t: TemplateDef): number[] {
  return Array.from({ length: t.version }, (_, i) => i + 1);
}

/**
 * A template as it was at an older version (headers, columns), derived from the current
 * definition and the migrations map; undefined for a version that never existed.
 * @example templateAt(ca, 1)?.tables.find((x) => x.name === 'Preuves')?.columns[5]?.header // 'Lien ou référence'
 */
export function templateAt(t: TemplateDef, version: number): TemplateDef | undefined {
  if (!Number.isInteger(version) || version < 1 || version > t.version) return undefined;
  let at = t;
  for (let v = t.version - 1; v >= version; v--) {
    const m = MIGRATIONS[t.id][v];
    if (!m) return undefined;
    at = stepBack(at, m);
  }
  return at;
}
