import { issue, type Issue } from '../checks/issue';
import { isMonthLabel } from '../i18n/lang';
import { PROVENANCE } from '../restore/names';
import type { ColumnDef, TableDef } from '../templates/types';
import { encodeCell } from './address';
import { caseless, editDistance, looseText } from './normalise';

export interface HeaderMap {
  /** Position of each column found, by column id. */
  columns: Record<string, number>;
  /** Positions of columns the template does not know (carried as extra values). */
  extra: number[];
  /** Optional columns found (columns of a newer version present in an older workbook). */
  optional: ColumnDef[];
  issues: Issue[];
}

/** Headers a column had in other versions of its template, and columns a workbook may have. */
export interface HeaderOptions {
  /** By column id: headers of other versions, read as that column (said as information). */
  otherHeaders?: Record<string, { header: string; version: number }[]>;
  /** Columns of newer versions: mapped silently when present, never reported when absent. */
  optional?: ColumnDef[];
}

export interface HeaderPlace {
  sheet: string;
  headerRow: number;
  firstColumn: number;
}

/** A month column of the Calendrier's live Gantt ("janv. 2024", "Jan 2024"): generated, not unknown. */
export function isMonthHeader(def: TableDef, header: string): boolean {
  return !!def.months && isMonthLabel(header);
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
export function mapHeaders(
  def: TableDef,
  headers: string[],
  at: HeaderPlace,
  options: HeaderOptions = {},
): HeaderMap {
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
  for (const c of def.columns) {
    if (columns[c.id] !== undefined) continue;
    for (const other of options.otherHeaders?.[c.id] ?? []) {
      const i = headers.findIndex((h, k) => !used.has(k) && caseless(h) === caseless(other.header));
      if (i < 0) continue;
      columns[c.id] = i;
      used.add(i);
      issues.push(
        issue(
          'structure',
          'info',
          cell(i),
          {
            problem: 'header-version',
            table: def.name,
            column: c.header,
            found: headers[i] as string,
            version: other.version,
          },
          { cell: cell(i).cell, value: c.header },
        ),
      );
      break;
    }
  }
  const optional: ColumnDef[] = [];
  for (const c of options.optional ?? []) {
    const names = [c.header, ...(options.otherHeaders?.[c.id] ?? []).map((o) => o.header)];
    const i = headers.findIndex(
      (h, k) => !used.has(k) && names.some((n) => caseless(n) === caseless(h)),
    );
    if (i < 0) continue;
    columns[c.id] = i;
    used.add(i);
    optional.push(c);
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
    if (offered.has(i) || caseless(headers[i] as string) === caseless(PROVENANCE.header)) continue;
    issues.push(
      issue('structure', 'info', cell(i), {
        problem: 'extra-column',
        table: def.name,
        column: headers[i] as string,
      }),
    );
  }
  return { columns, extra: free, optional, issues };
}
