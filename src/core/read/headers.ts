import { issue, type Issue } from '../checks/issue';
import { monthLabel } from '../i18n/lang';
import type { TableDef } from '../templates/types';
import { encodeCell } from './address';
import { caseless, editDistance, looseText } from './normalise';

export interface HeaderMap {
  /** Position of each column found, by column id. */
  columns: Record<string, number>;
  /** Positions of columns the template does not know (carried as extra values). */
  extra: number[];
  issues: Issue[];
}

export interface HeaderPlace {
  sheet: string;
  headerRow: number;
  firstColumn: number;
}

/** A month column of the Calendrier's live Gantt ("janv. 2024"): generated, not unknown. */
function isMonthHeader(def: TableDef, header: string): boolean {
  if (!def.months) return false;
  const m = /^(.+) (\d{4})$/.exec(header.trim());
  if (!m) return false;
  const year = Number(m[2]);
  return Array.from({ length: 12 }, (_, i) => monthLabel(year, i)).includes(header.trim());
}

/** Closest header allowed for a suggestion: a few typos, or about a third of the name. */
function closeEnough(distance: number, expected: string): boolean {
  return distance <= Math.max(2, Math.floor(looseText(expected).length / 3));
}

/**
 * Map a table's headers to column ids: exact, else surrounding spaces and case tolerated
 * (information, fix offered), else missing (structure error suggesting the closest unmatched
 * header). Unknown headers are kept and reported as information.
 */
export function mapHeaders(def: TableDef, headers: string[], at: HeaderPlace): HeaderMap {
  const columns: Record<string, number> = {};
  const issues: Issue[] = [];
  const used = new Set<number>();
  const cell = (i: number) => ({
    sheet: at.sheet,
    cell: encodeCell(at.headerRow, at.firstColumn + i),
  });
  for (const c of def.columns) {
    const i = headers.findIndex((h, k) => !used.has(k) && h === c.header);
    if (i >= 0) {
      columns[c.id] = i;
      used.add(i);
    }
  }
  for (const c of def.columns) {
    if (columns[c.id] !== undefined) continue;
    const i = headers.findIndex((h, k) => !used.has(k) && caseless(h) === caseless(c.header));
    if (i < 0) continue;
    columns[c.id] = i;
    used.add(i);
    const found = headers[i] as string;
    issues.push(
      issue(
        'structure',
        'info',
        cell(i),
        { problem: 'header-tolerated', table: def.name, column: c.header, found },
        { cell: cell(i).cell, value: c.header },
      ),
    );
  }
  const generated = new Set(
    headers.map((h, i) => (isMonthHeader(def, h) ? i : -1)).filter((i) => i >= 0),
  );
  const free = headers.map((_, i) => i).filter((i) => !used.has(i) && !generated.has(i));
  const missing = def.columns.filter((c) => columns[c.id] === undefined);
  const pairs = missing
    .flatMap((c, ci) =>
      free.map((i) => ({
        c,
        ci,
        i,
        d: editDistance(looseText(c.header), looseText(headers[i] as string)),
      })),
    )
    .filter((p) => closeEnough(p.d, p.c.header))
    .sort((a, b) => a.d - b.d || a.ci - b.ci || a.i - b.i);
  const suggested = new Map<string, number>();
  for (const p of pairs) {
    if (suggested.has(p.c.id) || [...suggested.values()].includes(p.i)) continue;
    suggested.set(p.c.id, p.i);
  }
  for (const c of missing) {
    const i = suggested.get(c.id);
    const params = { problem: 'missing-column' as const, table: def.name, column: c.header };
    if (i === undefined) {
      issues.push(issue('structure', 'error', { sheet: at.sheet, cell: '' }, params));
    } else {
      const where = cell(i);
      issues.push(
        issue(
          'structure',
          'error',
          where,
          { ...params, suggestion: headers[i] as string },
          {
            cell: where.cell,
            value: c.header,
          },
        ),
      );
    }
  }
  const offered = new Set(suggested.values());
  for (const i of free) {
    if (offered.has(i)) continue;
    issues.push(
      issue('structure', 'info', cell(i), {
        problem: 'extra-column',
        table: def.name,
        column: headers[i] as string,
      }),
    );
  }
  return { columns, extra: free, issues };
}
