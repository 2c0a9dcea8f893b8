import { buildPlan, PLAN_MESSAGES } from '../plan/build';
import { HELPERS } from '../plan/dashboard';
import { decodeCell } from '../read/address';
import { caseless } from '../read/normalise';
import { isoDay } from '../read/parse-date';
import type { LooseCell, ReadResult, WorkbookInput } from '../read/types';
import type { TemplateDef } from '../templates/types';
import type { RestoreContext } from './context';
import { empty } from './empty';
import { allowedLink } from './links';
import { OTHERS, REPORT } from './names';
import { cellDetail } from './restore-extra';

const generatedCache = new Map<string, Set<string>>();

/** Cells the template writes outside its tables on the summary sheet (labels and formulas). */
function summaryCells(t: TemplateDef): Set<string> {
  const key = `${t.id}@${t.version}`;
  let refs = generatedCache.get(key);
  if (!refs) {
    const plan = buildPlan(t, { now: new Date(Date.UTC(2000, 0, 1)) });
    refs = new Set(plan.sheets.find((s) => s.name === t.summarySheet)?.cells.map((c) => c.ref));
    generatedCache.set(key, refs);
  }
  return refs;
}

/**
 * A cell the template writes on its dashboard sheet (titles, headers, formulas, in its columns):
 * regenerated at the workbook's new size, like the Synthèse.
 */
function dashboardCell(t: TemplateDef, c: LooseCell): boolean {
  const d = t.dashboard;
  if (!d || caseless(c.sheet) !== caseless(d.sheet)) return false;
  const at = decodeCell(c.ref);
  return at !== undefined && at.column < d.columns.length + HELPERS.length;
}

/** A month heading of the Gantt, or its note: written by the template above the Calendrier. */
function generatedMonth(c: LooseCell): boolean {
  const note = PLAN_MESSAGES.ganttNote;
  return (
    c.value instanceof Date ||
    typeof c.value === 'number' ||
    c.value === note.fr ||
    c.value === note.en
  );
}

const listText = (v: LooseCell['value']) => (v instanceof Date ? isoDay(v) : String(v));

/**
 * The answer lists of a workbook: its named ranges, and every value typed in a list's column of
 * the Listes sheet (even below the named range); cells of Listes that belong to no list are
 * returned for Autres données.
 */
function readLists(
  t: TemplateDef,
  input: WorkbookInput,
  cells: LooseCell[],
): { lists: Record<string, string[]>; rest: LooseCell[] } {
  const lists: Record<string, string[]> = {};
  const add = (name: string, v: string) => {
    const list = (lists[name] ??= []);
    if (v.trim() !== '' && !list.includes(v)) list.push(v);
  };
  const own = t.lists.filter((l) => !('from' in l));
  for (const l of own) for (const v of input.lists?.[l.name] ?? []) add(l.name, v);
  const columns = new Map<number, string>();
  for (const c of cells) {
    const at = decodeCell(c.ref);
    if (at?.row !== 1 || typeof c.value !== 'string') continue;
    const list = own.find((l) => caseless(l.title) === caseless(c.value as string));
    if (list) columns.set(at.column, list.name);
  }
  const rest: LooseCell[] = [];
  const sorted = [...cells].sort(
    (a, b) => (decodeCell(a.ref)?.row ?? 0) - (decodeCell(b.ref)?.row ?? 0),
  );
  for (const c of sorted) {
    const at = decodeCell(c.ref);
    const name = at ? columns.get(at.column) : undefined;
    if (name === undefined) rest.push(c);
    else if (at && at.row > 1 && !empty(c.value)) add(name, listText(c.value));
  }
  return { lists, rest };
}

/**
 * Cells outside the tables: the Listes sheet gives the lists; what the template generates
 * (Synthèse, the Gantt's month row) is regenerated; everything else is carried.
 */
export function restoreLoose(
  ctx: RestoreContext,
  read: ReadResult,
  input: WorkbookInput,
): Record<string, string[]> {
  const t = read.template;
  const loose = input.loose ?? [];
  const same = (a: string, b: string) => caseless(a) === caseless(b);
  const { lists, rest } = readLists(
    t,
    input,
    loose.filter((c) => same(c.sheet, t.listSheet)),
  );
  const monthRows = new Map<string, number>();
  for (const tr of Object.values(read.tables)) {
    if (tr.def.months) monthRows.set(tr.sheet, tr.headerRow - 1);
  }
  const tableSheets = new Set([
    ...t.tables.map((d) => caseless(d.sheet)),
    ...Object.values(read.tables).map((tr) => caseless(tr.sheet)),
  ]);
  const counts = new Map<string, { kind: 'unknown-sheet' | 'outside-table'; n: number }>();
  const cells = [...loose.filter((c) => !same(c.sheet, t.listSheet)), ...rest];
  for (const c of cells) {
    if (same(c.sheet, REPORT.sheet) || c.sheet === '_meta') continue;
    if (same(c.sheet, t.summarySheet) && summaryCells(t).has(c.ref)) continue;
    if (dashboardCell(t, c)) continue;
    if (
      monthRows.has(c.sheet) &&
      monthRows.get(c.sheet) === decodeCell(c.ref)?.row &&
      generatedMonth(c)
    )
      continue;
    const known =
      same(c.sheet, t.summarySheet) ||
      same(c.sheet, t.listSheet) ||
      tableSheets.has(caseless(c.sheet));
    const reason = known && !same(c.sheet, OTHERS.sheet) ? 'outside-table' : 'unknown-sheet';
    ctx.carry(
      { sheet: c.sheet, table: '', cell: c.ref, row: null, header: '' },
      c.value,
      reason,
      cellDetail(c.formula, c.link),
    );
    const entry = counts.get(c.sheet) ?? { kind: reason, n: 0 };
    entry.n++;
    counts.set(c.sheet, entry);
    if (c.link && !allowedLink(c.link))
      ctx.attention.push({ kind: 'link-dropped', sheet: c.sheet, cell: c.ref, target: c.link });
  }
  for (const [sheet, { kind, n }] of counts) ctx.attention.push({ kind, sheet, values: n });
  if (
    loose.some((c) => same(c.sheet, REPORT.sheet)) &&
    !ctx.attention.some((a) => a.kind === 'report-sheet')
  )
    ctx.attention.push({ kind: 'report-sheet', sheet: REPORT.sheet });
  return lists;
}
