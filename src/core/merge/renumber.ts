import type { RestoredRow } from '../restore/types';
import type { OtherValue } from '../restore/types';
import type { TableDef, TemplateDef } from '../templates/types';
import { isBlank, type CellValue } from '../values/cell';
import { idKey } from './values';
import type { Conflict, MergeSource, Renaming } from './types';

/** The reference list onto a table's key (ListeActions onto Actions[N° action]). */
export function keyList(t: TemplateDef, def: TableDef): string | undefined {
  const l = t.lists.find(
    (x) => 'from' in x && x.from.table === def.name && x.from.column === def.key,
  );
  return l?.name;
}

/**
 * Keys of partners' own rows (N° action, Projet ou action) found in several workbooks, each
 * with its renumbering: the first workbook keeps the key, the others get `key-n` (n their
 * position in the merge), made unique.
 * @example duplicateKeys(ca, sources)[0]?.renamings[0]?.to // 'A1-2'
 */
export function duplicateKeys(t: TemplateDef, sources: MergeSource[]): Conflict[] {
  const out: Conflict[] = [];
  for (const def of t.tables) {
    if (def.merge !== 'own' || !def.key) continue;
    const key = def.key;
    const list = keyList(t, def);
    const seen = new Map<string, { value: CellValue; sources: Map<number, CellValue> }>();
    for (const s of sources) {
      for (const r of s.restored.tables[def.name] ?? []) {
        const k = idKey(r.values[key]);
        if (k === undefined || isBlank(r.values[key])) continue;
        const entry = seen.get(k) ?? { value: r.values[key] ?? null, sources: new Map() };
        if (!entry.sources.has(s.index)) entry.sources.set(s.index, r.values[key] ?? null);
        seen.set(k, entry);
      }
    }
    const taken = new Set(seen.keys());
    const unique = (base: string): string => {
      let candidate = base;
      for (let n = 2; taken.has(idKey(candidate) as string); n++) candidate = `${base}-${n}`;
      taken.add(idKey(candidate) as string);
      return candidate;
    };
    for (const { value, sources: found } of seen.values()) {
      if (found.size < 2) continue;
      const [, ...later] = [...found.entries()];
      out.push({
        kind: 'duplicate-key',
        table: def.name,
        column: def.columns.find((c) => c.id === key)?.header ?? key,
        key: String(value),
        sources: [...found.keys()],
        renamings: later.map(([source, from]) => ({
          source,
          table: def.name,
          column: key,
          list,
          from,
          to: unique(`${String(from).trim()}-${source}`),
        })),
      });
    }
  }
  return out;
}

function renamer(renamings: Renaming[]): (v: CellValue) => CellValue {
  const to = new Map(renamings.map((r) => [idKey(r.from), r.to]));
  return (v) => to.get(idKey(v)) ?? v;
}

/** Does a column carry the renamed key: the key itself, or a reference to it? */
function carries(def: TableDef, id: string, r: Renaming): boolean {
  const column = def.columns.find((c) => c.id === id);
  return (def.name === r.table && id === r.column) || (!!r.list && column?.list === r.list);
}

/** A source's rows with its renamings applied to the keys and every reference to them. */
export function renamedTables(
  t: TemplateDef,
  source: MergeSource,
  renamings: Renaming[],
): Record<string, RestoredRow[]> {
  const own = renamings.filter((r) => r.source === source.index);
  const tables = source.restored.tables;
  if (own.length === 0) return tables;
  const out: Record<string, RestoredRow[]> = {};
  for (const def of t.tables) {
    const ids = def.columns.map((c) => c.id).filter((id) => own.some((r) => carries(def, id, r)));
    const rename = renamer(own.filter((r) => ids.some((id) => carries(def, id, r))));
    out[def.name] = (tables[def.name] ?? []).map((row) => {
      if (ids.length === 0) return row;
      const values = { ...row.values };
      for (const id of ids) values[id] = rename(values[id] ?? null);
      return { ...row, values };
    });
  }
  return out;
}

/** The same renamings on the Autres données rows of a source (their « Repère de la ligne »). */
export function renamedOthers(
  t: TemplateDef,
  source: MergeSource,
  renamings: Renaming[],
): OtherValue[] {
  const own = renamings.filter((r) => r.source === source.index);
  if (own.length === 0) return source.restored.others;
  return source.restored.others.map((o) => {
    const def = t.tables.find((d) => d.name.toLowerCase() === o.table.toLowerCase());
    const first = def?.columns[0]?.id;
    if (!def || !first) return o;
    const rename = renamer(own.filter((r) => carries(def, first, r)));
    return { ...o, row: rename(o.row) };
  });
}
