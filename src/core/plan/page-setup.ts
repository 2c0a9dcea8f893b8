import { columnLetter } from '../formula/refs';
import { pick } from '../i18n/lang';
import type { Lang, Text } from '../templates/types';
import type { CellValue } from '../values/cell';
import { decodeCell } from '../read/address';
import type { PageSetupPlan, SheetPlan, TablePlan } from './types';

/*
 * How each sheet prints, from what the sheet holds (its table, its widths), so a sheet a template
 * adds prints well without being named here. Widths are in characters, as in SheetPlan.widths.
 */

/** At most this wide (characters), a sheet prints in portrait at full size (A4, the margins below). */
const PORTRAIT_CHARS = 100;
/**
 * Characters a landscape page holds at a still readable scale (about 50 %). A wider table is
 * spread over several pages across, with its key column repeated on each.
 */
const LANDSCAPE_CHARS = 320;

/** Charts printed on one page (each about 16 rows high: two beside the summary's figures). */
const CHARTS_PER_PAGE = 2;

/** Width of a column the plan gives no width (Excel's default, in characters). */
export const DEFAULT_WIDTH = 8.43;

const MARGINS: PageSetupPlan['margins'] = {
  left: 0.4,
  right: 0.4,
  top: 0.7,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

const PAGE: Text = { fr: 'Page &P / &N', en: 'Page &P of &N' };

/** Excel refuses a header over 255 characters (its three parts and codes together). */
const MAX_TITLE = 120;

/** A literal text in a header or footer (`&` starts a code there), cut to MAX_TITLE. */
export function headerText(s: string): string {
  const cut = s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE - 1).trimEnd()}…` : s;
  return cut.replace(/&/g, '&&');
}

const blank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The data rows of a table that are in use: up to its last row holding a value or a link, or all
 * its rows (the spare ones ready for typing) while none is used.
 */
export function usedRows(t: TablePlan): number {
  const used = t.rows.reduce((last, row, i) => (row.some((v) => !blank(v)) ? i + 1 : last), 0);
  const linked = Math.max(0, ...(t.links ?? []).map((l) => l.row + 1));
  return Math.max(used, linked) || t.rows.length;
}

/** 1-based row of an A1 address. */
const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0] ?? 1);
/** 0-based column of an A1 address. */
const columnOf = (ref: string) => decodeCell(ref)?.column ?? 0;

/** Printable size of an A4 page (points) within the margins above. */
const A4 = { short: 8.27 * 72, long: 11.69 * 72 };
const PRINTABLE = {
  width: A4.short - (MARGINS.left + MARGINS.right) * 72,
  height: A4.long - (MARGINS.top + MARGINS.bottom) * 72,
};
/** Room kept on a page for the differences between programs' fonts. */
const SLACK = 0.97;
/** Points of a column `width` characters wide (Calibri 11: 7 pixels a digit, 5 of padding). */
const columnPoints = (width: number) => Math.trunc(width * 7 + 5) * 0.75;

/**
 * A summary whose charts stand beside its figures prints in portrait on pages of its own size:
 * the figures on the first page, the charts on the next (a column break between them), at the
 * largest scale at which each fits a page (not the whole sheet scaled down to one page).
 */
function besideLayout(sp: SheetPlan, lastRow: number) {
  const charts = (sp.charts ?? []).flatMap((c) => {
    const from = decodeCell(c.from);
    const to = decodeCell(c.to);
    return from && to ? [{ from, to }] : [];
  });
  if (charts.length === 0) return undefined;
  const lastCellColumn = Math.max(0, ...sp.cells.map((c) => columnOf(c.ref)));
  const first = Math.min(...charts.map((c) => c.from.column));
  if (first <= lastCellColumn) return undefined;
  const last = Math.max(...charts.map((c) => c.to.column));
  // The figures' columns print, but the screen-only ones and the empty ones before the charts.
  const skipped = new Set(sp.screenOnly ?? []);
  for (let j = lastCellColumn + 1; j < first; j++) skipped.add(j);
  const width = (a: number, b: number) => {
    let pts = 0;
    for (let j = a; j <= b; j++)
      if (!skipped.has(j)) pts += columnPoints(sp.widths[j] ?? DEFAULT_WIDTH);
    return pts;
  };
  let height = 0;
  for (let r = 1; r <= lastRow; r++) height += sp.rowHeights?.[r] ?? LINE_POINTS;
  const fits = Math.min(
    1,
    (SLACK * PRINTABLE.width) / Math.max(width(0, first - 1), width(first, last)),
    (SLACK * PRINTABLE.height) / height,
  );
  return { scale: Math.max(10, Math.floor(fits * 100)), columnBreak: first, skipped };
}

/**
 * The print area over `columns` columns down to `lastRow`, less the `skipped` columns: one area
 * per run of printed columns, comma-separated (each prints on pages of its own).
 */
function printArea(columns: number, lastRow: number, skipped: ReadonlySet<number>): string {
  const runs: [number, number][] = [];
  for (let j = 0; j < columns; j++) {
    if (skipped.has(j)) continue;
    const run = runs[runs.length - 1];
    if (run && run[1] === j - 1) run[1] = j;
    else runs.push([j, j]);
  }
  return runs.map(([a, b]) => `${columnLetter(a)}1:${columnLetter(b)}${lastRow}`).join(',');
}

/** Margins, and the programme, sheet, date and page number printed in them. */
function marginsOf(ctx: PageSetupContext): Pick<PageSetupPlan, 'margins' | 'header' | 'footer'> {
  return {
    margins: { ...MARGINS },
    header: { left: headerText(ctx.title), center: '&A', right: '&D' },
    footer: { left: '', center: '', right: pick(ctx.lang, PAGE) },
  };
}

export interface PageSetupContext {
  lang: Lang;
  /** Printed at the top left of every page: the programme's or the CPTS's name. */
  title: string;
  /** Sheets printed on a single page whatever their size (reference lists, the summary). */
  onePage?: boolean;
}

/**
 * The page setup of a sheet: portrait when narrow, landscape when wide, scaled to one page across
 * (or a few for very wide tables, the key column repeated), the table's header repeated on every
 * page, the print area on the rows in use (the table's spare rows print only while none is used).
 */
export function pageSetupOf(sp: SheetPlan, ctx: PageSetupContext): PageSetupPlan {
  const t = sp.table;
  const chartEnds = (sp.charts ?? []).flatMap((c) => decodeCell(c.to) ?? []);
  const columns = Math.max(
    sp.widths.length,
    t?.columns.length ?? 0,
    1,
    ...chartEnds.map((c) => c.column + 1),
  );
  const width = sp.widths.reduce((a, b) => a + b, 0) + (columns - sp.widths.length) * DEFAULT_WIDTH;
  // A loop, not a spread: a dashboard holds more cells than a call takes arguments.
  let lastRow = Math.max(1, ...chartEnds.map((c) => c.row));
  for (const c of sp.cells) lastRow = Math.max(lastRow, rowOf(c.ref));
  let headerRow = 0;
  if (t) {
    headerRow = rowOf(t.origin);
    lastRow = Math.max(lastRow, headerRow + usedRows(t));
  }
  // Charts stacked down a sheet: a new page every CHARTS_PER_PAGE charts, none cut in two (unless
  // the sheet prints on one page).
  const breaks = ctx.onePage
    ? []
    : (sp.charts ?? []).flatMap((c, k) =>
        k > 0 && k % CHARTS_PER_PAGE === 0 ? [(decodeCell(c.from)?.row ?? 2) - 1] : [],
      );
  const beside = besideLayout(sp, lastRow);
  const across = ctx.onePage ? 1 : Math.max(1, Math.ceil(width / LANDSCAPE_CHARS));
  // Columns repeated on each page across: the frozen key, else the table's first column (the
  // action a row belongs to), so every page says which row it continues.
  const keyColumns = sp.frozen.columns > 0 ? sp.frozen.columns : t ? columnOf(t.origin) + 1 : 0;
  const area = printArea(columns, lastRow, beside?.skipped ?? new Set(sp.screenOnly ?? []));
  const margins = marginsOf(ctx);
  if (beside) {
    const { scale, columnBreak } = beside;
    const fit = { width: 2, height: 0 };
    return { orientation: 'portrait', fit, scale, area, columnBreaks: [columnBreak], ...margins };
  }
  return {
    orientation: width > PORTRAIT_CHARS ? 'landscape' : 'portrait',
    fit: { width: across, height: ctx.onePage ? 1 : 0 },
    area,
    ...(headerRow > 0 ? { titleRows: `${headerRow > 2 ? headerRow : 1}:${headerRow}` } : {}),
    ...(across > 1 && keyColumns > 0 ? { titleColumns: `A:${columnLetter(keyColumns - 1)}` } : {}),
    ...(breaks.length > 0 ? { breaks } : {}),
    ...margins,
  };
}

/**
 * The page setup of a list sheet written after a check (Contrôles): landscape, one page across,
 * its header row repeated, every row of the list printed.
 */
export function listPageSetup(
  rows: number,
  widths: readonly number[],
  ctx: PageSetupContext,
): PageSetupPlan {
  return {
    orientation: 'landscape',
    fit: { width: 1, height: 0 },
    area: `A1:${columnLetter(widths.length - 1)}${rows + 1}`,
    titleRows: '1:1',
    ...marginsOf(ctx),
  };
}

/** Points per line of Calibri 11, and Excel's highest row. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;
/** The height of a row of `lines` lines of Calibri 11 (at most Excel's highest). */
export const linePoints = (lines: number) => Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
/** Header rows keep at least three lines (as HEADER_HEIGHT in the writers). */
const HEADER_LINES = 3;

/**
 * Lines a text takes, wrapped by words in a column `width` characters wide (widths count the
 * digit 0; an average letter of Calibri is narrower, bold ones a little wider).
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width - 1) * (bold ? 1.05 : 1.2)));
  // Most cells: one short line (no need to split words, on tables of many thousand rows).
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= perLine) line = need;
      else {
        lines += line === 0 ? 0 : 1;
        lines += Math.floor(Math.max(0, word.length - 1) / perLine);
        line = word.length % perLine || perLine;
      }
    }
  }
  return Math.max(1, lines);
}

/** The width (characters) a column needs to hold a text on one line: wrappedLines' inverse. */
export function oneLineWidth(text: string, bold = false): number {
  return Math.ceil(text.length / (bold ? 1.05 : 1.2)) + 1;
}

/**
 * Heights of the rows whose wrapped text needs more than one line: a table's header and the
 * entered rows of its wrapped columns.
 */
export function rowHeightsOf(sp: SheetPlan): Record<number, number> {
  const t = sp.table;
  const out: Record<number, number> = {};
  if (!t) return out;
  const r0 = rowOf(t.origin);
  const c0 = (/^[A-Z]+/.exec(t.origin)?.[0] ?? 'A').charCodeAt(0) - 65;
  const width = (j: number) => sp.widths[c0 + j] ?? 8.43;
  const header = Math.max(
    HEADER_LINES,
    ...t.columns.map((c, j) => wrappedLines(c.header, width(j), true)),
  );
  out[r0] = linePoints(header);
  t.rows.forEach((row, i) => {
    let lines = 1;
    t.columns.forEach((c, j) => {
      const v = row[j];
      if (c.wrap && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, width(j)));
    });
    if (lines > 1) out[r0 + 1 + i] = linePoints(lines);
  });
  return out;
}
