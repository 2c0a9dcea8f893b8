import type { Issue } from '../checks/issue';
import { encodeCell } from '../read/address';
import { isMonthHeader } from '../read/headers';
import { caseless } from '../read/normalise';
import { tablePlace } from '../read/table';
import type { TableInput, TableRead } from '../read/types';
import type { ColumnDef, TableDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';
import type { RestoreContext } from './context';
import { allowedLink, formulaPurpose } from './links';
import { PROVENANCE } from './names';
import { cellDetail } from './restore-extra';
import { empty } from './empty';
import { likelyColumns } from './header-match';
import type { CarriedColumn } from './migrations';
import type { MovedRow, RestoredRow, TableLayout } from './types';

/** Columns renamed by hand that the reader recognised (a few typos away): read as the column. */
function renamedByHand(
  tr: TableRead,
  headers: string[],
  issues: Issue[],
  used: Set<number>,
): { column: ColumnDef; at: number; found: string }[] {
  const out: { column: ColumnDef; at: number; found: string }[] = [];
  for (const i of issues) {
    if (i.rule !== 'structure' || i.params.problem !== 'missing-column') continue;
    const { table, column, suggestion } = i.params;
    if (table !== tr.def.name || suggestion === undefined) continue;
    const c = tr.def.columns.find((x) => x.header === column);
    const at = headers.findIndex((h, k) => h === suggestion && !used.has(k));
    if (!c || at < 0) continue;
    used.add(at);
    out.push({ column: c, at, found: suggestion });
  }
  return out;
}

/**
 * The rows of one template table as the current version's records: entered values exactly as
 * held (a formula gives its value, reported); computed cells regenerated, except a typed value
 * in place of a formula; unknown and removed columns carried to Autres données.
 */
export function restoreTable(
  ctx: RestoreContext,
  current: TableDef,
  tr: TableRead,
  input: TableInput,
  issues: Issue[],
  carried: CarriedColumn[] = [],
): { rows: RestoredRow[]; layout: TableLayout; moved: MovedRow[] } {
  const { headerRow, firstColumn } = tablePlace(input);
  const headers = input.headers.map((h) => String(h ?? ''));
  const pos: Record<string, number> = { ...tr.columns };
  const used = new Set(Object.values(pos));
  const sheet = input.sheet;
  const where = (i: number) => encodeCell(headerRow, firstColumn + i);
  for (const r of renamedByHand(tr, headers, issues, used)) {
    pos[r.column.id] = r.at;
    ctx.attention.push({
      kind: 'header-renamed',
      sheet,
      cell: where(r.at),
      table: current.name,
      found: r.found,
      column: current.columns.find((c) => c.id === r.column.id)?.header ?? r.column.header,
    });
  }
  // A header the template does not know, for a contract column the table lacks: read as the
  // column it most likely means (« Nb bénéficiaires touchés »), so its values count, and said.
  const unknownAt = headers
    .map((_, i) => i)
    .filter((i) => !used.has(i) && !isMonthHeader(tr.def, headers[i] as string));
  const lacking = tr.def.columns.filter((c) => pos[c.id] === undefined && !c.computed);
  const column = (i: number) => input.values.map((cells) => cells[i] ?? null);
  for (const m of likelyColumns(tr.def, headers, unknownAt, lacking, column)) {
    pos[m.column.id] = m.at;
    used.add(m.at);
    ctx.attention.push({
      kind: 'header-renamed',
      sheet,
      cell: where(m.at),
      table: current.name,
      found: headers[m.at] as string,
      column: current.columns.find((c) => c.id === m.column.id)?.header ?? m.column.header,
      guessed: true,
    });
  }
  for (const c of tr.def.columns) {
    if (pos[c.id] === undefined && !c.computed)
      ctx.attention.push({ kind: 'missing-column', table: current.name, column: c.header });
  }
  const currentIds = new Set(current.columns.map((c) => c.id));
  const entered = current.columns.filter((c) => !c.computed && pos[c.id] !== undefined);
  const computed = tr.def.columns.filter((c) => c.computed && pos[c.id] !== undefined);
  const removed = tr.def.columns.filter(
    (c) => !c.computed && !currentIds.has(c.id) && pos[c.id] !== undefined,
  );
  const taken = new Set(Object.values(pos));
  const free = headers
    .map((_, i) => i)
    .filter((i) => !taken.has(i) && !isMonthHeader(tr.def, headers[i] as string));
  const provenanceAt = free.find(
    (i) => caseless(headers[i] as string) === caseless(PROVENANCE.header),
  );
  const extras = free.filter((i) => i !== provenanceAt);
  const firstAt = pos[current.columns[0]?.id ?? ''];
  const counts = new Map<string, number>();
  const rows: RestoredRow[] = [];
  const moved: MovedRow[] = [];
  const carriedBy = new Map(carried.map((c) => [c.column, c]));

  input.values.forEach((cells, r) => {
    const rowNumber = headerRow + 1 + r;
    const cellRef = (i: number) => encodeCell(rowNumber, firstColumn + i);
    const value = (i: number): CellValue => cells[i] ?? null;
    const formula = (i: number) => input.formulas[r]?.[i] ?? null;
    const link = (i: number) => input.links?.[r]?.[i] ?? null;
    const label = firstAt === undefined ? null : value(firstAt);
    const place = (i: number, header: string) => ({
      sheet,
      table: input.name,
      cell: cellRef(i),
      row: label,
      header,
    });
    const values: Row = {};
    const links: Record<string, string> = {};
    for (const c of entered) {
      const i = pos[c.id] as number;
      const v = value(i);
      values[c.id] = v;
      const f = formula(i);
      const target = link(i);
      if (f !== null) {
        let does = formulaPurpose(f);
        // =HYPERLINK("https://…","texte"): its text is kept, and its target as the cell's link.
        if (does.kind === 'hyperlink' && does.kept) {
          if (typeof v === 'string' && target === null) links[c.id] = does.target;
          else does = { ...does, kept: false };
        }
        ctx.attention.push({
          kind: 'formula',
          sheet,
          cell: cellRef(i),
          column: headers[i] as string,
          formula: f,
          value: v,
          does,
        });
      }
      if (target === null) continue;
      if (!allowedLink(target)) {
        ctx.attention.push({ kind: 'link-dropped', sheet, cell: cellRef(i), target });
      } else if (typeof v === 'string') {
        links[c.id] = target;
      } else {
        ctx.carry(place(i, headers[i] as string), target, 'link');
      }
    }
    const extraCell = (i: number, header: string, reason: 'unknown-column' | 'removed-column') => {
      const v = value(i);
      const f = formula(i);
      const target = link(i);
      if (empty(v) && f === null) return;
      ctx.carry(place(i, header), v, reason, cellDetail(f, target));
      counts.set(`${reason}\u0000${header}`, (counts.get(`${reason}\u0000${header}`) ?? 0) + 1);
      if (target !== null && !allowedLink(target))
        ctx.attention.push({ kind: 'link-dropped', sheet, cell: cellRef(i), target });
    };
    for (const c of removed) {
      const i = pos[c.id] as number;
      const rule = carriedBy.get(c.id);
      if (rule && !empty(value(i))) {
        const row: RestoredRow = {
          values: rule.row(values, value(i)),
          sheet,
          row: rowNumber,
          links: {},
        };
        const v = value(i);
        const fixed = rule.rescaled?.(v);
        const rescaled =
          fixed !== undefined && typeof v === 'number' ? { cell: cellRef(i), value: v, fixed } : {};
        moved.push({ rule, header: headers[i] as string, row, ...rescaled });
      } else if (!rule) extraCell(i, headers[i] as string, 'removed-column');
    }
    for (const i of extras) extraCell(i, headers[i] as string, 'unknown-column');
    for (const c of computed) {
      const i = pos[c.id] as number;
      const v = value(i);
      if (empty(v) || formula(i) !== null || ctx.formulasAbsent) continue;
      ctx.carry(place(i, headers[i] as string), v, 'computed-typed');
      ctx.attention.push({
        kind: 'computed-typed',
        sheet,
        cell: cellRef(i),
        column: c.header,
        value: v,
      });
    }
    if (entered.every((c) => empty(values[c.id]))) return;
    const provenance = provenanceAt === undefined ? null : value(provenanceAt);
    rows.push({
      values,
      sheet,
      row: rowNumber,
      links,
      ...(empty(provenance) ? {} : { provenance: String(provenance) }),
    });
  });

  for (const [k, n] of counts) {
    const [reason, header] = k.split('\u0000') as [string, string];
    ctx.attention.push(
      reason === 'removed-column'
        ? { kind: 'removed-column', sheet, table: current.name, column: header, values: n }
        : { kind: 'unknown-column', sheet, table: current.name, header, values: n },
    );
  }
  return { rows, layout: { sheet, firstColumn, columns: pos }, moved };
}
