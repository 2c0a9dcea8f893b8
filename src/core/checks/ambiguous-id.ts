import { looksBlank } from '../read/normalise';
import type { RecordRow, TableRead } from '../read/types';
import { matchKey, typeTwin, type CellValue, type MatchKey } from '../values/cell';
import { at, shown, type CheckContext } from './context';
import { issue, type Issue } from './issue';
import { firstRows, referenceColumns } from './unknown-reference';

const trimmed = (v: CellValue | undefined): CellValue =>
  typeof v === 'string' ? v.trim() : (v ?? null);

/** VRAI/FAUX typed as an id: LibreOffice holds it as 1 or 0, Excel does not (docs/identifiants.md). */
function booleans(t: TableRead, column: string, header: string): Issue[] {
  const out: Issue[] = [];
  for (const r of t.rows) {
    const v = r.values[column];
    if (typeof v === 'boolean')
      out.push(
        issue('ambiguous-id', 'warning', at(t, r, column), {
          problem: 'boolean',
          column: header,
          value: shown(v),
        }),
      );
  }
  return out;
}

/** Ids of one table typed once as a number and once as text (1 and "1"). */
function typeTwins(t: TableRead, column: string, header: string): Issue[] {
  const out: Issue[] = [];
  const first = new Map<MatchKey, RecordRow>();
  for (const r of t.rows) {
    const v = trimmed(r.values[column]);
    const k = matchKey(v);
    if (k === undefined || looksBlank(v)) continue;
    const twin = typeTwin(v);
    const seen = twin === undefined ? undefined : first.get(twin);
    if (seen)
      out.push(
        issue('ambiguous-id', 'warning', at(t, r, column), {
          problem: 'type-twin',
          column: header,
          value: shown(v),
          first: at(t, seen, column).cell,
        }),
      );
    if (!first.has(k)) first.set(k, r);
  }
  return out;
}

/**
 * Ids the workbook's formulas cannot tell apart or cannot match as a person would: a reference
 * typed as text while the record's id is a number (or the reverse), with the fix; a reference
 * spelled with another letter case (counted, the fix harmonises it); two records 1 and "1";
 * VRAI/FAUX as an id.
 */
export function checkAmbiguousIds(ctx: CheckContext): Issue[] {
  const out: Issue[] = [];
  for (const t of Object.values(ctx.read.tables)) {
    const key = t.def.key;
    const col = t.def.columns.find((c) => c.id === key);
    if (!key || !col || col.kind !== 'id' || t.columns[key] === undefined) continue;
    out.push(...typeTwins(t, key, col.header), ...booleans(t, key, col.header));
  }
  for (const { table: t, column: c, target, key } of referenceColumns(ctx)) {
    out.push(...booleans(t, c.id, c.header));
    const keys = firstRows(target, key);
    for (const r of t.rows) {
      const v = trimmed(r.values[c.id]);
      const k = matchKey(v);
      if (k === undefined || looksBlank(v) || typeof v === 'boolean') continue;
      const found = keys.get(k);
      const twin = found ? undefined : typeTwin(v);
      const other = twin === undefined ? undefined : keys.get(twin);
      const where = at(t, r, c.id);
      if (other) {
        const value = trimmed(other.values[key]);
        out.push(
          issue(
            'ambiguous-id',
            'error',
            where,
            {
              problem: 'number-text',
              column: c.header,
              value: shown(v),
              target: target.def.sheet,
              found: at(target, other, key).cell,
              typed: typeof v === 'number' ? 'number' : 'text',
            },
            { cell: where.cell, value },
          ),
        );
      } else if (found) {
        const spelled = trimmed(found.values[key]);
        if (typeof v === 'string' && typeof spelled === 'string' && v !== spelled)
          out.push(
            issue(
              'ambiguous-id',
              'info',
              where,
              {
                problem: 'case',
                column: c.header,
                value: v,
                target: target.def.sheet,
                expected: spelled,
              },
              { cell: where.cell, value: spelled },
            ),
          );
      }
    }
  }
  return out;
}
