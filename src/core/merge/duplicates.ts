import { looseText } from '../read/normalise';
import { empty } from '../restore/empty';
import type { TableDef, TemplateDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';
import type { Conflict, MergeSource } from './types';

/** A value compared loosely: text without case, accents kept, spaces squeezed; dates by day. */
function nearKey(v: CellValue | undefined): string {
  if (empty(v)) return '';
  if (v instanceof Date) return `d:${v.toISOString().slice(0, 10)}`;
  if (typeof v === 'string') {
    const n = Number(v.trim().replace(',', '.'));
    return v.trim() !== '' && Number.isFinite(n) ? `n:${n}` : `s:${looseText(v)}`;
  }
  return typeof v === 'number' ? `n:${v}` : `${typeof v}:${String(v)}`;
}

/** Entered columns that say what a row is: all but computed ones and the row's own number. */
function contentColumns(def: TableDef): string[] {
  return def.columns.filter((c) => !c.computed && c.id !== def.key).map((c) => c.id);
}

/** At least this many filled cells for two rows to count as copies (not two blank-ish rows). */
const MIN_FILLED = 2;

function signature(row: Row, ids: string[]): string | undefined {
  let filled = 0;
  const parts = ids.map((id) => {
    const k = nearKey(row[id]);
    if (k !== '') filled++;
    return k;
  });
  return filled >= MIN_FILLED ? parts.join('\u0000') : undefined;
}

/**
 * Partners' own rows (Actions, Indicateurs, Preuves…) that another workbook already holds:
 * the same content, case, spacing and number spelling aside (the row's own N° left out, so a
 * copy numbered differently is found too). Both are kept (nothing is dropped) but they would
 * count twice in every total: one conflict per table and pair of workbooks, with the rows' keys.
 * @example duplicateRows(ca, sources)[0] // { kind: 'duplicate-row', table: 'Actions', … }
 */
export function duplicateRows(t: TemplateDef, sources: MergeSource[]): Conflict[] {
  const out: Conflict[] = [];
  for (const def of t.tables) {
    if (def.merge !== 'own') continue;
    const ids = contentColumns(def);
    const first = new Map<string, number>();
    const groups = new Map<string, Extract<Conflict, { kind: 'duplicate-row' }>>();
    for (const s of sources) {
      for (const r of s.restored.tables[def.name] ?? []) {
        const sig = signature(r.values, ids);
        if (sig === undefined) continue;
        const earlier = first.get(sig);
        if (earlier === undefined) {
          first.set(sig, s.index);
          continue;
        }
        if (earlier === s.index) continue;
        const g = `${earlier}\u0000${s.index}`;
        const group = groups.get(g) ?? {
          kind: 'duplicate-row' as const,
          table: def.name,
          column: def.columns.find((c) => c.id === (def.key ?? def.columns[0]?.id))?.header ?? '',
          sources: [earlier, s.index],
          rows: [],
          keys: [],
        };
        group.rows.push(r.row);
        const key = r.values[def.key ?? def.columns[0]?.id ?? ''];
        if (!empty(key)) group.keys.push(String(key));
        groups.set(g, group);
      }
    }
    out.push(...groups.values());
  }
  return out;
}
