import { columnLetter } from '../../core/formula/refs';
import type { ReportPlan, ReportRow } from '../../core/plan/report-types';
import { SEVERITY_FILL } from '../formats';
import { Batch, payloadBytes, rowChunks } from './batch';
import { A1_RANGE, area, hexColor, quotedSheet, TEXT_FORMAT, widthPoints } from './cells';
import { applyPageLayout, styleHeader } from './print';
import { unprotectedWhile } from './protection';

/** As the ExcelJS writer (xlsx/report.ts). */
export const REPORT_TABLE = 'Controles';
const REPORT_STYLE = 'TableStyleMedium3';
const TAB_COLOR = '#C00000';
const LINK_COLOR = '#0563C1';
/** Severity, sheet, cell, rule, message. */
const CELL_COLUMN = 2;
const LAST_COLUMN = 4;
/** Above this, a list of areas for getRanges is split (Excel's references stay short). */
const MAX_AREAS_TEXT = 2000;

type Severity = ReportRow['severity'];

/** Comma-separated area lists for getRanges, each under MAX_AREAS_TEXT characters. */
export function areaLists(addresses: string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > MAX_AREAS_TEXT) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

/** Consecutive rows of one column as ranges: rows 2, 3, 4, 7 of A → "A2:A4", "A7". */
function runs(column: number, rows: number[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    out.push(area(rows[i] as number, column, rows[j] as number, column));
    i = j + 1;
  }
  return out;
}

/** What a format command costs in a request besides its address (object path, ids, value). */
const FORMAT_COMMAND_BYTES = 96;

/** A format to apply to an address (a cell, a range or a list of areas) of a sheet. */
interface Paint {
  sheet: Excel.Worksheet;
  address: string;
  apply: (format: Excel.RangeFormat) => void;
}

/** The addresses to format: comma-joined lists for getRanges (ExcelApi 1.9), else one each. */
function targets(addresses: string[], multiArea: boolean): string[] {
  return multiArea ? areaLists(addresses) : addresses;
}

function paint(p: Paint, multiArea: boolean): void {
  p.apply(multiArea ? p.sheet.getRanges(p.address).format : p.sheet.getRange(p.address).format);
}

/** Queue formats, syncing first whenever the request would overflow the budget. */
async function paintAll(paints: Paint[], batch: Batch, multiArea: boolean): Promise<void> {
  for (const p of paints) {
    await batch.reserve(FORMAT_COMMAND_BYTES + p.address.length);
    paint(p, multiArea);
  }
}

/**
 * Highlights on the checked sheets, by chunks under the budget: each chunk is one batch where a
 * protected sheet is unprotected, filled and protected again with its options, then synced.
 */
async function paintHighlights(
  context: Excel.RequestContext,
  paints: Paint[],
  budget: number,
  multiArea: boolean,
): Promise<void> {
  const costs = paints.map((p) => FORMAT_COMMAND_BYTES + p.address.length);
  for (const chunk of rowChunks(costs, budget)) {
    const inChunk = paints.slice(chunk.start, chunk.end);
    for (const sheet of new Set(inChunk.map((p) => p.sheet))) {
      unprotectedWhile(sheet, () => {
        for (const p of inChunk) if (p.sheet === sheet) paint(p, multiArea);
      });
    }
    await context.sync();
  }
}

export interface ReportOptions {
  /** getRanges is available (ExcelApi 1.9): highlights go one command per sheet and severity. */
  multiArea: boolean;
  /** Worksheet.pageLayout is available (ExcelApi 1.9): the sheet prints as the file's does. */
  pageLayout?: boolean;
  budget?: number;
}

/**
 * Write (or replace) the Contrôles sheet and fill the faulty cells, in 3 syncs: what exists,
 * the report, the highlights (a sheet protected without password is unprotected around its
 * fills and protected again with the same options, in the same batch). Above the request budget
 * (tens of thousands of rows or highlights), one more sync per budget, each under 5 MB.
 */
export async function writeReportTo(
  context: Excel.RequestContext,
  report: ReportPlan,
  options: ReportOptions,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/protection/protected,items/protection/options');
  await context.sync();

  const byLower = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const reportKey = report.sheet.toLowerCase();
  const target = (sheet: string): Excel.Worksheet | undefined => {
    const key = sheet.toLowerCase();
    return key === reportKey ? undefined : byLower.get(key);
  };
  byLower.get(reportKey)?.delete();
  const ws = sheets.add(report.sheet);
  ws.tabColor = TAB_COLOR;

  const batch = new Batch(context, options.budget);
  const header = ws.getRange(area(1, 0, 1, LAST_COLUMN));
  header.numberFormat = [report.headers.map(() => TEXT_FORMAT)];
  header.values = [report.headers];
  styleHeader(header);
  const links = report.rows.map((r) => {
    const sheet = target(r.sheet);
    if (!sheet || !A1_RANGE.test(r.cell)) return null;
    const to = `#${quotedSheet(sheet.name)}!${r.cell}`.replace(/"/g, '""');
    return `=HYPERLINK("${to}","${r.cell}")`;
  });
  const rows =
    report.rows.length > 0
      ? report.rows.map((r, i) => [
          r.severityLabel,
          r.sheet,
          links[i] ? null : r.cell,
          r.rule,
          r.message,
        ])
      : [['', '', '', '', '']];
  const formats = rows.map((row) => row.map((v) => (v === null ? null : TEXT_FORMAT)));
  // Each row also costs a comma in each of the 3 arrays, each array its two brackets.
  const costs = rows.map(
    (row, i) => payloadBytes(row) + payloadBytes(formats[i]) + payloadBytes([links[i] ?? null]) + 3,
  );
  for (const chunk of rowChunks(costs, batch.budget - 6)) {
    await batch.reserve(chunk.bytes + 6);
    const body = ws.getRange(area(2 + chunk.start, 0, 1 + chunk.end, LAST_COLUMN));
    body.numberFormat = formats.slice(chunk.start, chunk.end);
    body.values = rows.slice(chunk.start, chunk.end);
    const chunkLinks = links.slice(chunk.start, chunk.end);
    if (chunkLinks.some((l) => l !== null)) {
      ws.getRange(area(2 + chunk.start, CELL_COLUMN, 1 + chunk.end, CELL_COLUMN)).formulas =
        chunkLinks.map((l) => [l]);
    }
  }
  const table = ws.tables.add(ws.getRange(area(1, 0, 1 + rows.length, LAST_COLUMN)), true);
  table.name = REPORT_TABLE;
  table.style = REPORT_STYLE;
  report.widths.forEach((w, i) => {
    const letter = columnLetter(i);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(w);
  });
  const message = ws.getRange(area(2, LAST_COLUMN, 1 + rows.length, LAST_COLUMN)).format;
  message.wrapText = true;
  message.verticalAlignment = 'Top';
  const reportPaints: Paint[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const at = report.rows.flatMap((r, i) => (r.severity === severity ? [i + 2] : []));
    for (const address of targets(runs(0, at), options.multiArea)) {
      reportPaints.push({
        sheet: ws,
        address,
        apply: (f) => (f.fill.color = hexColor(SEVERITY_FILL[severity])),
      });
    }
  }
  const linked = links.flatMap((l, i) => (l ? [i + 2] : []));
  for (const address of targets(runs(CELL_COLUMN, linked), options.multiArea)) {
    reportPaints.push({
      sheet: ws,
      address,
      apply: (f) => {
        f.font.color = LINK_COLOR;
        f.font.underline = 'Single';
      },
    });
  }
  await paintAll(reportPaints, batch, options.multiArea);
  ws.freezePanes.freezeRows(1);
  if (options.pageLayout) applyPageLayout(ws, report.pageSetup);
  await batch.flush();

  // The last highlight of a cell wins, as in the ExcelJS writer.
  const cells = new Map<Excel.Worksheet, Map<string, Severity>>();
  for (const h of report.highlights) {
    const sheet = target(h.sheet);
    if (!sheet || !A1_RANGE.test(h.cell)) continue;
    const inSheet = cells.get(sheet) ?? new Map<string, Severity>();
    inSheet.set(h.cell, h.severity);
    cells.set(sheet, inSheet);
  }
  if (cells.size === 0) return;
  const highlights: Paint[] = [];
  for (const [sheet, inSheet] of cells) {
    for (const severity of ['error', 'warning', 'info'] as const) {
      const at = [...inSheet].flatMap(([c, s]) => (s === severity ? [c] : []));
      for (const address of targets(at, options.multiArea)) {
        highlights.push({
          sheet,
          address,
          apply: (f) => (f.fill.color = hexColor(SEVERITY_FILL[severity])),
        });
      }
    }
  }
  try {
    await paintHighlights(context, highlights, batch.budget, options.multiArea);
  } catch (error) {
    throw new Error(
      `Le rapport est écrit dans la feuille « ${report.sheet} », mais les cellules en cause n’ont pas pu être surlignées (une feuille protégée par un mot de passe ?) : ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
