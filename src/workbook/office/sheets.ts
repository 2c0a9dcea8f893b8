import { decodeCell } from '../../core/read/address';
import type { CellPlan, CellStyle, SheetPlan } from '../../core/plan/types';
import { NUM_FMT } from '../formats';
import { Batch, payloadBytes, rowChunks } from './batch';
import { area, probeDateSystem, TEXT_FORMAT, toOfficeValue, widthPoints } from './cells';
import { applyPageLayout } from './print';
import { applyStyle } from './render';
import { areaLists } from './report';
import { columnLetter, typedFormula } from '../../core/formula/refs';

/*
 * A print-ready sheet of cells (the bilan) added to the open workbook beside the user's own: its
 * values and number formats go as one 2-D array per chunk of rows, its styles as one command per
 * style and rectangle of cells (one per style with getRanges), so the number of syncs stays 2
 * whatever the rows: what exists, then everything (one more per 4 MB, as Batch says).
 */

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const MAX_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** `wanted`, or `wanted (2)`, `(3)`… : the first name no sheet of `existing` has (any case). */
export function freeSheetName(wanted: string, existing: string[]): string {
  const base = wanted.replace(FORBIDDEN, ' ').replace(/^'|'$/g, '').trim() || 'Feuille';
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** What a format command costs in a request besides its address (object path, ids, value). */
const STYLE_COMMAND_BYTES = 96;

const styleKey = (c: CellPlan): string => {
  const s: CellStyle = {};
  for (const k of ['bold', 'italic', 'fill', 'color', 'wrap', 'size', 'locked'] as const)
    if (c[k] !== undefined) (s as Record<string, unknown>)[k] = c[k];
  return JSON.stringify(s);
};

/** Cells (row, column) as rectangles: runs along each row, then equal runs of next rows joined. */
export function rectangles(cells: { row: number; column: number }[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of cells) byRow.set(row, [...(byRow.get(row) ?? []), column]);
  const runs: { row: number; from: number; to: number }[] = [];
  for (const [row, columns] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(columns)].sort((a, b) => a - b);
    let from = sorted[0] as number;
    sorted.forEach((c, i) => {
      const next = sorted[i + 1];
      if (next !== c + 1) {
        runs.push({ row, from, to: c });
        if (next !== undefined) from = next;
      }
    });
  }
  const open: { top: number; bottom: number; from: number; to: number }[] = [];
  const done: string[] = [];
  for (const r of runs) {
    const above = open.find((o) => o.bottom === r.row - 1 && o.from === r.from && o.to === r.to);
    if (above) above.bottom = r.row;
    else open.push({ top: r.row, bottom: r.row, from: r.from, to: r.to });
  }
  for (const o of open) done.push(area(o.top, o.from, o.bottom, o.to));
  return done;
}

/** Row heights as runs of consecutive rows of one height: { 5: 30, 6: 30, 9: 45 } → 5:6, 9:9. */
function heightRuns(heights: Record<number, number>): { address: string; height: number }[] {
  const rows = Object.entries(heights)
    .map(([r, h]) => [Number(r), h] as const)
    .sort((a, b) => a[0] - b[0]);
  const runs: { from: number; to: number; height: number }[] = [];
  for (const [r, h] of rows) {
    const last = runs[runs.length - 1];
    if (last && last.to === r - 1 && last.height === h) last.to = r;
    else runs.push({ from: r, to: r, height: h });
  }
  return runs.map((x) => ({ address: `${x.from}:${x.to}`, height: x.height }));
}

export interface SheetWriteOptions {
  budget?: number;
  /** getRanges is available (ExcelApi 1.9): one style command per style. */
  multiArea?: boolean;
  /** Worksheet.pageLayout is available (ExcelApi 1.9). */
  pageLayout?: boolean;
}

/**
 * Add the sheet under a free name (« Bilan T2 », else « Bilan T2 (2) »…), activate it and
 * return its name. Strings go into Text cells, so nothing typed becomes a formula.
 */
export async function addSheetTo(
  context: Excel.RequestContext,
  sp: SheetPlan,
  options: SheetWriteOptions = {},
): Promise<string> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  const probe = probeDateSystem(wb);
  await context.sync();
  const offset = probe();
  const name = freeSheetName(
    sp.name,
    wb.worksheets.items.map((s) => s.name),
  );
  const ws = wb.worksheets.add(name);
  const batch = new Batch(context, options.budget);
  await writeSheet(ws, sp, batch, offset, options);
  ws.activate();
  await batch.flush();
  return name;
}

/**
 * Queue a sheet plan's cells, widths, styles, row heights and page setup onto a new sheet: no
 * sync of its own beyond the batch's 4 MB chunks (the caller flushes).
 */
export async function writeSheet(
  ws: Excel.Worksheet,
  sp: SheetPlan,
  batch: Batch,
  offset: number,
  options: SheetWriteOptions = {},
): Promise<void> {
  const placed = sp.cells.flatMap((c) => {
    const at = decodeCell(c.ref);
    return at ? [{ ...at, c }] : [];
  });
  const rows = Math.max(0, ...placed.map((p) => p.row));
  const columns = Math.max(0, ...placed.map((p) => p.column + 1));
  if (rows > 0) {
    const values: (string | number | boolean | null)[][] = Array.from({ length: rows }, () =>
      Array<null>(columns).fill(null),
    );
    const formats: (string | null)[][] = Array.from({ length: rows }, () =>
      Array<null>(columns).fill(null),
    );
    const formulas: { ref: string; f: string }[] = [];
    for (const { row, column, c } of placed) {
      const v = c.value ?? null;
      if (c.formula !== undefined) formulas.push({ ref: c.ref, f: `=${typedFormula(c.formula)}` });
      else if (v !== null) values[row - 1]![column] = toOfficeValue(v, offset);
      formats[row - 1]![column] =
        typeof v === 'string' && c.formula === undefined
          ? TEXT_FORMAT
          : c.numFmt
            ? NUM_FMT[c.numFmt]
            : v instanceof Date
              ? NUM_FMT.date
              : null;
    }
    // Each row also costs a comma in each array, each array its two brackets.
    const costs = values.map((row, i) => payloadBytes(row) + payloadBytes(formats[i]) + 2);
    for (const chunk of rowChunks(costs, batch.budget - 4)) {
      await batch.reserve(chunk.bytes + 4);
      const body = ws.getRange(area(1 + chunk.start, 0, chunk.end, columns - 1));
      body.numberFormat = formats.slice(chunk.start, chunk.end);
      body.values = values.slice(chunk.start, chunk.end);
    }
    for (const { ref, f } of formulas) {
      await batch.reserve(payloadBytes(f) + STYLE_COMMAND_BYTES);
      ws.getRange(ref).formulas = [[f]];
    }
  }

  sp.widths.forEach((w, i) => {
    const letter = columnLetter(i);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(w);
  });
  const styles = new Map<string, { style: CellPlan; at: { row: number; column: number }[] }>();
  for (const p of placed) {
    const key = styleKey(p.c);
    if (key === '{}') continue;
    const group = styles.get(key) ?? { style: p.c, at: [] };
    group.at.push(p);
    styles.set(key, group);
  }
  for (const { style, at } of styles.values()) {
    const areas = rectangles(at);
    const targets = options.multiArea ? areaLists(areas) : areas;
    for (const address of targets) {
      await batch.reserve(STYLE_COMMAND_BYTES * 7 + address.length);
      applyStyle(options.multiArea ? ws.getRanges(address) : ws.getRange(address), style);
    }
  }
  for (const rows of heightRuns(sp.rowHeights ?? {})) {
    await batch.reserve(STYLE_COMMAND_BYTES + rows.address.length);
    ws.getRange(rows.address).format.rowHeight = rows.height;
  }
  if (options.pageLayout && sp.pageSetup) applyPageLayout(ws, sp.pageSetup);
}
