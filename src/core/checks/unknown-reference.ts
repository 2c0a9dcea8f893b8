import { choiceDifference } from '../read/choice-difference';
import { looksBlank } from '../read/normalise';
import { matchChoice } from '../read/parse-choice';
import type { RecordRow, TableRead } from '../read/types';
import type { ColumnDef } from '../templates/types';
import {
  criterionMatches,
  matchKey,
  typeTwin,
  type CellValue,
  type MatchKey,
} from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

const keyOf = (v: CellValue | undefined) => matchKey(typeof v === 'string' ? v.trim() : v);

/** Message parameters, built only for a cell that is reported (most are not). */
function paramsOf(column: string, v: CellValue | undefined, target: TableRead) {
  return { column, value: shown(v), target: target.def.sheet };
}

/** A reference column (its list names a table column) found, with the table it points into. */
export interface ReferenceColumn {
  table: TableRead;
  column: ColumnDef;
  target: TableRead;
  /** The id column of the target table. */
  key: string;
}

/** Every reference column of the workbook whose table and target were found. */
export function referenceColumns(ctx: CheckContext): ReferenceColumn[] {
  const out: ReferenceColumn[] = [];
  const lists = new Map(
    ctx.template.lists.flatMap((l) => ('from' in l ? [[l.name, l.from] as const] : [])),
  );
  for (const t of Object.values(ctx.read.tables)) {
    for (const c of t.def.columns) {
      const from = c.kind === 'reference' && c.list ? lists.get(c.list) : undefined;
      const target = from ? tableWith(ctx, from.table, from.column) : undefined;
      if (!from || !target || t.columns[c.id] === undefined) continue;
      out.push({ table: t, column: c, target, key: from.column });
    }
  }
  return out;
}

/** The first row of each id of a table's column, by key (as the workbook's formulas match). */
export function firstRows(t: TableRead, column: string): Map<MatchKey, RecordRow> {
  const m = new Map<MatchKey, RecordRow>();
  for (const r of t.rows) {
    const k = keyOf(r.values[column]);
    if (k !== undefined && !m.has(k)) m.set(k, r);
  }
  return m;
}

/**
 * The one id of the target a reference means when it differs only by spaces, an apostrophe (’
 * for '), case or accents: offered as the fix (never when two ids look the same).
 */
function nearId(v: string, keys: Map<MatchKey, RecordRow>, column: string): string | undefined {
  const ids: string[] = [];
  for (const r of keys.values()) {
    const id = r.values[column];
    if (typeof id === 'string') ids.push(id.trim());
  }
  return matchChoice(v, ids);
}

/**
 * A reference column (its list names a table column: ListeActions, ListeObjectifs…) holding a
 * value absent from that column; and a reference to a row of the wrong level when required.
 */
export function checkUnknownReferences(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const { table: t, column: c, target, key } of referenceColumns(ctx)) {
    const keys = firstRows(target, key);
    const soft = ctx.rules.softReferences.some((s) => s.table === t.def.name && s.column === c.id);
    const level = ctx.rules.referenceLevels.find(
      (s) => s.table === t.def.name && s.column === c.id,
    );
    for (const r of t.rows) {
      const v = r.values[c.id];
      const k = keyOf(v);
      if (k === undefined || looksBlank(v)) continue;
      const row = keys.get(k)?.values;
      if (!row) {
        // The same id typed with the other type (1 and "1"): the ambiguous-id rule says so.
        const twin = typeTwin(v);
        if (twin !== undefined && keys.has(twin)) continue;
        const where = at(t, r, c.id);
        const near = typeof v === 'string' ? nearId(v, keys, key) : undefined;
        const params = {
          problem: 'missing' as const,
          ...paramsOf(c.header, v, target),
          ...(near && typeof v === 'string'
            ? { expected: near, difference: choiceDifference(v, near) }
            : {}),
        };
        const fix = near === undefined ? undefined : { cell: where.cell, value: near };
        out.push(issue('unknown-reference', soft ? 'warning' : 'error', where, params, fix));
      } else if (
        level &&
        !looksBlank(row[level.levelColumn]) &&
        !criterionMatches(row[level.levelColumn], level.level)
      ) {
        const params = {
          problem: 'wrong-level' as const,
          ...paramsOf(c.header, v, target),
          level: level.level,
          found: shown(row[level.levelColumn]),
        };
        out.push(issue('unknown-reference', 'warning', at(t, r, c.id), params));
      }
    }
  }
  return out;
}
