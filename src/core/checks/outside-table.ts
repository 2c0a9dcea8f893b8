import { decodeCell, encodeCell } from '../read/address';
import { caseless } from '../read/normalise';
import type { LooseCell, ReadResult, TableInput, WorkbookInput } from '../read/types';
import { isBlank } from '../values/cell';
import { issue, type Issue } from './issue';

/** The cells a message lists; the count says how many there are in all. */
const LISTED = 6;

interface Extent {
  table: string;
  sheet: string;
  top: number;
  last: number;
  left: number;
  right: number;
}

function extentOf(name: string, found: TableInput): Extent | undefined {
  const at = decodeCell(found.origin);
  if (!at) return undefined;
  return {
    table: name,
    sheet: found.sheet,
    top: at.row,
    last: at.row + found.values.length,
    left: at.column,
    right: at.column + found.headers.length - 1,
  };
}

/**
 * The table a cell sits directly below (in its columns, nearest table above) or beside (to its
 * right, in its rows, nearest table to the left), if any.
 */
function besideOf(
  extents: Extent[],
  row: number,
  column: number,
): { extent: Extent; side: 'below' | 'beside' } | undefined {
  const above = extents
    .filter((e) => column >= e.left && column <= e.right && e.top <= row)
    .sort((a, b) => b.top - a.top)[0];
  if (above && row > above.last) return { extent: above, side: 'below' };
  const left = extents
    .filter((e) => row >= e.top && row <= e.last && e.left <= column)
    .sort((a, b) => b.left - a.left)[0];
  if (left && column > left.right) return { extent: left, side: 'beside' };
  return undefined;
}

/**
 * Values typed just below or beside a table of a data sheet, outside it: LibreOffice and most
 * partners' programs do not extend an Excel table as Excel does, so a row typed under the last
 * one is no record, counts in no figure, and nothing else says so. Needs the cells outside the
 * tables (file readers with `everything`); cells holding a formula (a total under a column) are
 * left alone: nothing typed is lost there. One warning per table and side.
 */
export function outsideTableIssues(read: ReadResult, input: WorkbookInput): Issue[] {
  if (!input.loose || !read.template) return [];
  const t = read.template;
  const notData = new Set([t.summarySheet, t.listSheet, t.dashboard?.sheet ?? ''].map(caseless));
  const bySheet = new Map<string, Extent[]>();
  for (const tr of Object.values(read.tables)) {
    if (notData.has(caseless(tr.sheet))) continue;
    const found = input.tables.find((x) => x.name === tr.name && x.sheet === tr.sheet);
    const extent = found && extentOf(tr.def.name, found);
    if (extent) bySheet.set(tr.sheet, [...(bySheet.get(tr.sheet) ?? []), extent]);
  }
  const groups = new Map<
    string,
    { extent: Extent; side: 'below' | 'beside'; cells: LooseCell[] }
  >();
  for (const c of input.loose) {
    if (isBlank(c.value) || (c.formula !== undefined && c.formula !== null)) continue;
    const extents = bySheet.get(c.sheet);
    const at = extents && decodeCell(c.ref);
    const hit = at && besideOf(extents, at.row, at.column);
    if (!hit) continue;
    const key = `${hit.extent.sheet}\n${hit.extent.table}\n${hit.side}`;
    const g = groups.get(key) ?? { ...hit, cells: [] };
    g.cells.push(c);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ extent, side, cells }) => {
    const at = cells.map((c) => decodeCell(c.ref)!);
    at.sort((a, b) => a.row - b.row || a.column - b.column);
    const refs = at.map((a) => encodeCell(a.row, a.column));
    const rows = at.map((a) => a.row);
    const columns = at.map((a) => a.column);
    const range = `${encodeCell(Math.min(...rows), Math.min(...columns))}:${encodeCell(
      Math.max(...rows),
      Math.max(...columns),
    )}`;
    return issue(
      'structure',
      'warning',
      { sheet: extent.sheet, cell: refs[0]! },
      {
        problem: 'outside-table',
        table: extent.table,
        sheet: extent.sheet,
        side,
        cells: refs.slice(0, LISTED),
        count: refs.length,
        range,
        tableRange: `${encodeCell(extent.top, extent.left)}:${encodeCell(extent.last, extent.right)}`,
      },
    );
  });
}
