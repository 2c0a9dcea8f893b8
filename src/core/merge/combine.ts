import { looseText } from '../read/normalise';
import { cellOf } from '../restore/cell-of';
import { empty } from '../restore/empty';
import type { OtherValue, RestoredRow } from '../restore/types';
import type { TableDef, TemplateDef } from '../templates/types';
import type { Row } from '../values/cell';
import { renamedOthers, renamedTables } from './renumber';
import type { Conflict, MergeSource, Renaming } from './types';
import { idKey, rowKey, sameValue, shown, valueKey } from './values';

/** A merged row: its values, its links, and the sources it came from. */
export interface MergedRow {
  values: Row;
  links: Record<string, string>;
  provenance: string[];
}

export interface Combined {
  tables: Record<string, MergedRow[]>;
  conflicts: Conflict[];
  others: OtherValue[];
}

interface Incoming {
  source: MergeSource;
  row: RestoredRow;
}

const provenanceOf = (i: Incoming, label: boolean): string[] =>
  i.row.provenance !== undefined ? [i.row.provenance] : label ? [i.source.label] : [];

const addProvenance = (m: MergedRow, p: string[]) => {
  for (const x of p) if (!m.provenance.includes(x)) m.provenance.push(x);
};

/** Every row kept, in file order. */
function own(rows: Incoming[], label: boolean): MergedRow[] {
  return rows.map((i) => ({
    values: { ...i.row.values },
    links: { ...i.row.links },
    provenance: provenanceOf(i, label),
  }));
}

/**
 * Rows every partner may hold. A row identical to one from another file is kept once; with a
 * key, so is a row whose values all appear in another file's row of the same key (an untouched
 * prefilled row, a partial copy), as the fuller of the two. Other rows sharing a key are a
 * conflict: all are kept.
 */
function shared(
  def: TableDef,
  rows: Incoming[],
  label: boolean,
  conflicts: Conflict[],
  others: OtherValue[],
): MergedRow[] {
  type Entry = MergedRow & { sources: number[]; first: Incoming };
  const ids = def.columns.filter((c) => !c.computed).map((c) => c.id);
  // A row's identity: its key, or for a table without key (Instances) its required columns
  // (Date + Instance: the same meeting recorded by several partners).
  const identity = def.key
    ? [def.key]
    : def.columns.filter((c) => c.required && !c.computed).map((c) => c.id);
  const identityOf = (values: Row): string | undefined =>
    identity.length > 0 && identity.every((id) => !empty(values[id]))
      ? identity.map((id) => idKey(values[id]) ?? valueKey(values[id])).join('\u0000')
      : undefined;
  const events = new Map<Entry, number[]>();
  const out: Entry[] = [];
  const bySig = new Map<string, Entry[]>();
  const byKey = new Map<string, Entry[]>();
  const add = (m: Map<string, Entry[]>, k: string, e: Entry) => m.set(k, [...(m.get(k) ?? []), e]);
  const within = (a: Row, b: Row) => ids.every((id) => empty(a[id]) || sameValue(a[id], b[id]));
  for (const i of rows) {
    const values = i.row.values;
    const sig = rowKey(values, ids);
    const k = identityOf(values);
    const elsewhere = (es: Entry[] | undefined) =>
      (es ?? []).filter((e) => !e.sources.includes(i.source.index));
    const keyed = k === undefined ? [] : elsewhere(byKey.get(k));
    const same = elsewhere(bySig.get(sig))[0] ?? keyed.find((e) => within(values, e.values));
    const fuller = same ? undefined : keyed.find((e) => within(e.values, values));
    const target = same ?? fuller;
    if (target) {
      if (fuller) {
        fuller.values = { ...values };
        add(bySig, sig, fuller);
      }
      target.sources.push(i.source.index);
      addProvenance(target, provenanceOf(i, label));
      for (const [id, l] of Object.entries(i.row.links)) target.links[id] ??= l;
      continue;
    }
    const event = def.key ? undefined : keyed[0];
    if (event) {
      sameEvent(def, event, i, others);
      event.sources.push(i.source.index);
      events.set(event, [...(events.get(event) ?? [event.first.source.index]), i.source.index]);
      addProvenance(event, provenanceOf(i, label));
      for (const [id, l] of Object.entries(i.row.links)) event.links[id] ??= l;
      continue;
    }
    const entry: Entry = {
      values: { ...values },
      links: { ...i.row.links },
      provenance: provenanceOf(i, label),
      sources: [i.source.index],
      first: i,
    };
    out.push(entry);
    add(bySig, sig, entry);
    if (k !== undefined) add(byKey, k, entry);
  }
  for (const [e, sources] of events) {
    conflicts.push({
      kind: 'same-event',
      table: def.name,
      key: identity.map((id) => shown(e.values[id])).join(' '),
      sources: [...new Set(sources)].sort((a, b) => a - b),
    });
  }
  const header = def.columns.find((c) => c.id === def.key)?.header ?? '';
  for (const es of def.key ? byKey.values() : []) {
    const sources = [...new Set(es.flatMap((e) => e.sources))].sort((a, b) => a - b);
    if (es.length > 1 && sources.length > 1) {
      conflicts.push({
        kind: 'shared-differs',
        table: def.name,
        column: header,
        key: String(es[0]!.values[def.key!]),
        sources,
      });
    }
  }
  return out.map(({ values, links, provenance }) => ({ values, links, provenance }));
}

/**
 * A later record of the same event: its values fill the kept row's blanks; a value that
 * differs goes to Autres données (the kept row is the first workbook's).
 */
function sameEvent(
  def: TableDef,
  kept: MergedRow & { first: Incoming },
  i: Incoming,
  others: OtherValue[],
): void {
  for (const c of def.columns) {
    if (c.computed) continue;
    const v = i.row.values[c.id];
    const k = kept.values[c.id];
    if (empty(v) || sameValue(k, v)) continue;
    if (empty(k)) {
      kept.values[c.id] = v ?? null;
      continue;
    }
    others.push({
      file: i.source.file,
      partner: i.source.partner,
      sheet: i.row.sheet,
      table: def.name,
      cell: cellOf(i.source.restored, def.name, i.row, c.id),
      row: i.row.values[def.columns[0]?.id ?? ''] ?? null,
      header: c.header,
      value: v ?? null,
      reason: 'conflict',
      detail: `${shown(k)} (${kept.first.source.file})`,
    });
  }
}

/** One row per field; a field's first non-blank value is kept, other values are conflicts. */
function single(
  def: TableDef,
  rows: Incoming[],
  label: boolean,
  conflicts: Conflict[],
  others: OtherValue[],
): MergedRow[] {
  const key = def.key ?? def.columns[0]?.id ?? '';
  const valueColumns = def.columns.filter((c) => !c.computed && c.id !== key);
  const out: (MergedRow & { from: Record<string, MergeSource> })[] = [];
  const byField = new Map<string, (typeof out)[number]>();
  for (const i of rows) {
    const k = empty(i.row.values[key]) ? '' : looseText(String(i.row.values[key]));
    const target = k === '' ? undefined : byField.get(k);
    if (!target) {
      const from = Object.fromEntries(valueColumns.map((c) => [c.id, i.source]));
      const entry = {
        values: { ...i.row.values },
        links: { ...i.row.links },
        provenance: [],
        from,
      };
      out.push(entry);
      if (k !== '') byField.set(k, entry);
      continue;
    }
    for (const c of valueColumns) {
      const kept = target.values[c.id];
      const v = i.row.values[c.id];
      if (empty(v) || sameValue(kept, v)) continue;
      if (empty(kept)) {
        target.values[c.id] = v ?? null;
        target.from[c.id] = i.source;
        const l = i.row.links[c.id];
        if (l) target.links[c.id] = l;
        continue;
      }
      const keptFrom = target.from[c.id] as MergeSource;
      const field = String(target.values[key]);
      conflicts.push({
        kind: 'single-differs',
        table: def.name,
        field,
        column: c.header,
        kept: { source: keptFrom.index, value: kept ?? null },
        other: { source: i.source.index, value: v ?? null },
      });
      others.push({
        file: i.source.file,
        partner: i.source.partner,
        sheet: i.row.sheet,
        table: def.name,
        cell: cellOf(i.source.restored, def.name, i.row, c.id),
        row: i.row.values[key] ?? null,
        header: c.header,
        value: v ?? null,
        reason: 'conflict',
        detail: `${shown(kept)} (${keptFrom.file})`,
      });
    }
  }
  // Each field's Provenance: the workbook its value was taken from.
  return out.map(({ values, links, from }) => {
    const kept = valueColumns.filter((c) => !empty(values[c.id])).map((c) => from[c.id]!);
    const provenance = label
      ? [...new Set(kept)].flatMap((src) =>
          provenanceOf({ source: src, row: rows.find((r) => r.source === src)!.row }, true),
        )
      : [];
    return { values, links, provenance };
  });
}

/**
 * Combine the sources' rows table by table, as each table's merge kind says (TableDef.merge);
 * `label` puts each row's source in its provenance (merge), else only a provenance the row
 * already had is kept (upgrade). Nothing is dropped: a conflicting value goes to `others`.
 */
export function combine(
  t: TemplateDef,
  sources: MergeSource[],
  renamings: Renaming[],
  label: boolean,
): Combined {
  const conflicts: Conflict[] = [];
  const others: OtherValue[] = sources.flatMap((s) => renamedOthers(t, s, renamings));
  const renamed = new Map(sources.map((s) => [s.index, renamedTables(t, s, renamings)]));
  const tables: Record<string, MergedRow[]> = {};
  for (const def of t.tables) {
    const rows: Incoming[] = sources.flatMap((source) =>
      (renamed.get(source.index)?.[def.name] ?? []).map((row) => ({ source, row })),
    );
    tables[def.name] =
      def.merge === 'single'
        ? single(def, rows, label, conflicts, others)
        : def.merge === 'shared'
          ? shared(def, rows, label, conflicts, others)
          : own(rows, label);
  }
  return { tables, conflicts, others };
}
