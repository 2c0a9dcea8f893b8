import { checkWorkbook } from '../../src/core/check';
import { compute } from '../../src/core/indicators/compute';
import { dashboardValues } from '../../src/core/indicators/dashboard';
import { columnLetter } from '../../src/core/formula/refs';
import {
  DASHBOARD_HEADER_ROW,
  HELPERS,
  dashboardLines,
  helperColumns,
} from '../../src/core/plan/dashboard';
import type { LooseCell } from '../../src/core/read/types';
import type { TemplateDef } from '../../src/core/templates/types';
import type { CellValue, Row } from '../../src/core/values/cell';
import type { WorkbookValues } from '../../src/workbook/xlsx/read';

/** The rows of every table of a recalculated workbook, by column id. */
export function rowsOf(t: TemplateDef, wb: WorkbookValues): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const def of t.tables) {
    const tv = wb.tables.find((x) => x.name === def.name);
    if (!tv) throw new Error(`table ${def.name} missing after recalculation`);
    out[def.name] = tv.values.map((vals) => {
      const row: Row = {};
      def.columns.forEach((c) => {
        const j = tv.headers.indexOf(c.header);
        if (j < 0) throw new Error(`column ${c.header} missing in ${def.name}`);
        row[c.id] = vals[j] ?? null;
      });
      return row;
    });
  }
  return out;
}

/** Equal as shown: blanks alike, numbers to 1e-9 (relative to the magnitude), the rest exactly. */
export function same(a: CellValue | number | string, b: CellValue | number | string): boolean {
  const blank = (v: unknown) => v === null || v === '';
  if (blank(a) && blank(b)) return true;
  // A computed date (the ACI anniversaries) is read back as a Date from its date-formatted cell:
  // compared as the serial it holds (LibreOffice's day 0 is 30/12/1899).
  if (a instanceof Date && typeof b === 'number')
    a = (a.getTime() - Date.UTC(1899, 11, 30)) / 864e5;
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}

/** Every computed cell where LibreOffice and the TypeScript twin differ, and how many compared. */
export function computedDiffs(
  t: TemplateDef,
  wb: WorkbookValues,
): { diffs: string[]; compared: number } {
  const entered = rowsOf(t, wb);
  const ts = compute(t, entered);
  const diffs: string[] = [];
  let compared = 0;
  for (const def of t.tables) {
    for (const col of def.columns.filter((x) => x.computed)) {
      (ts.tables[def.name] ?? []).forEach((row, i) => {
        const lo = entered[def.name]![i]![col.id] ?? null;
        compared++;
        if (!same(lo, row[col.id] ?? null)) {
          diffs.push(
            `${def.name}[${i + 2}].${col.header}: LibreOffice ${JSON.stringify(lo)} ≠ TS ${JSON.stringify(row[col.id])}`,
          );
        }
      });
    }
  }
  return { diffs, compared };
}

/** Every named summary cell where LibreOffice and compute() differ. */
export function figureDiffs(t: TemplateDef, wb: WorkbookValues): string[] {
  const ts = compute(t, rowsOf(t, wb));
  const diffs: string[] = [];
  for (const s of t.summaries) {
    const lo = wb.names[s.name];
    if (lo === undefined) diffs.push(`${s.name}: no defined name in the file`);
    else if (!same(lo, ts.figures[s.name] ?? '')) {
      diffs.push(
        `${s.name}: LibreOffice ${JSON.stringify(lo)} ≠ TS ${JSON.stringify(ts.figures[s.name])}`,
      );
    }
  }
  return diffs;
}

/** An id as the checker's evidence names it (a date as its ISO day). */
const shownId = (v: CellValue): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();

/**
 * What `trepied check` reports against what the workbook shows: every figure, and each
 * record's triangulation and missing proofs (as "id:OUI|NON:missing").
 */
export function checkDiffs(t: TemplateDef, wb: WorkbookValues): string[] {
  const result = checkWorkbook(wb);
  if (result.template !== t.id) return [`template ${String(result.template)} ≠ ${t.id}`];
  const diffs = t.summaries
    .filter((s) => !same(wb.names[s.name] ?? null, result.figures[s.name] ?? ''))
    .map(
      (s) =>
        `${s.name}: LibreOffice ${JSON.stringify(wb.names[s.name])} ≠ check ${JSON.stringify(result.figures[s.name])}`,
    );
  const key = t.tables.find((x) => x.columns.some((c) => c.id === 'triangulation'));
  // A template without evidence (evaluation) flags no record.
  if (!key) {
    if (result.actions.length > 0) diffs.push(`flags: ${result.actions.length} without evidence`);
    return diffs;
  }
  const tv = wb.tables.find((x) => x.name === key.name)!;
  const [idCol, triCol, missCol] = ['id', 'triangulation', 'missingProofs'].map((id) =>
    tv.headers.indexOf(key.columns.find((x) => x.id === id)!.header),
  ) as [number, number, number];
  const lo = tv.values
    .filter((r) => r[idCol] !== null && String(r[idCol]).trim() !== '')
    .filter((r) => r[triCol] === 'OUI' || r[triCol] === 'NON')
    .map((r) => `${shownId(r[idCol] ?? null)}:${String(r[triCol])}:${String(r[missCol] ?? '')}`);
  const ts = result.actions.map(
    (a) => `${a.id}:${a.flagged ? 'NON' : 'OUI'}:${a.missing.join(', ')}`,
  );
  if (JSON.stringify(lo) !== JSON.stringify(ts))
    diffs.push(`flags: LibreOffice ${lo.join(' ')} ≠ check ${ts.join(' ')}`);
  return diffs;
}

/**
 * Every cell of the dashboard sheet (printed columns, the walk's state, the sort keys) where
 * LibreOffice and the twin (core/indicators/dashboard) differ, and how many were compared.
 */
export function dashboardDiffs(
  t: TemplateDef,
  wb: WorkbookValues,
): { diffs: string[]; compared: number } {
  const d = t.dashboard;
  if (!d) return { diffs: [], compared: 0 };
  const rows = compute(t, rowsOf(t, wb)).tables;
  const actions = rows[d.actions.table]!;
  const indicators = rows[d.indicators.table]!;
  const cells = new Map(
    ((wb as WorkbookValues & { loose?: LooseCell[] }).loose ?? [])
      .filter((c) => c.sheet === d.sheet)
      .map((c) => [c.ref, c.value] as const),
  );
  const layout = { actionRows: actions.length, indicatorRows: indicators.length };
  const ts = dashboardValues(d, {
    actions,
    indicators,
    keyRows: layout.indicatorRows,
    lines: dashboardLines(layout),
  });
  const h = helperColumns(d);
  const diffs: string[] = [];
  let compared = 0;
  const compare = (ref: string, expected: CellValue) => {
    const lo = cells.get(ref) ?? null;
    compared++;
    if (!same(lo, expected))
      diffs.push(
        `${d.sheet}!${ref}: LibreOffice ${JSON.stringify(lo)} ≠ TS ${JSON.stringify(expected)}`,
      );
  };
  ts.lines.forEach((line, k) => {
    const r = DASHBOARD_HEADER_ROW + 1 + k;
    line.values.forEach((v, j) => compare(`${columnLetter(j)}${r}`, v));
    for (const id of HELPERS) if (id !== 'key') compare(`${h[id]}${r}`, line[id]);
  });
  ts.keys.forEach((k, i) => compare(`${h.key}${DASHBOARD_HEADER_ROW + 1 + i}`, k));
  return { diffs, compared };
}
