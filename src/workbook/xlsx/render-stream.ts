import ExcelJS from 'exceljs';
import type { CellPlan, LinkPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../core/plan/types';
import {
  HEADER_HEIGHT,
  SHEET_PROTECTION,
  canStream,
  conditionalFormatting,
  dataValidation,
  linkCellValue,
  printOptions,
  sheetViews,
  styleHeaderCell,
  styleTableCell,
  tableCellValue,
  withDefinedNames,
  workbookProperties,
  writeCellPlan,
  xmlEscape,
} from './render';
import { DRAWING_REL, chartPackage, columnBreaksXml, dataBarsXml } from './charts';

/*
 * The streaming writer: the same workbook as renderWorkbook + repairPackage (render.ts), written
 * row by row with ExcelJS's stream.xlsx.WorkbookWriter, rows committed as they are written, so
 * no sheet is ever one string and memory stays flat (about 550 MB peak at 50 000 actions, plan
 * included, against 2.6 GB for the in-memory writer at 10 000). ExcelJS 4.4's stream writer
 * lacks what this file adds:
 *
 * - tables: each table part is written here, byte for byte as the in-memory writer and
 *   repairPackage write it (<calculatedColumnFormula> included), with its relationship, its
 *   <tableParts> element and its content type;
 * - element order: it writes <sheetProtection> after <dataValidations> and <hyperlinks> before
 *   <conditionalFormatting>, which Excel reports as damaged and repairs (exceljs pull requests
 *   2685 and 2803); each sheet is closed here in the CT_Worksheet order of ECMA-376 §18.3.1.99;
 * - workbook part: it drops calcProperties; xl/workbook.xml (a small part) gets fullCalcOnLoad,
 *   and the plan's defined names as repairPackage writes them;
 * - backpressure and memory: see relieve().
 *
 * Strings go to a shared-string table (useSharedStrings), as in the in-memory file. The inline
 * alternative costs no memory but ExcelJS writes it as <c t="str"><v>…</v></c> and its reader
 * decodes such values twice: a cell typed "R&amp;D" would read back as "R&D" in trepied check.
 * The table holds each distinct string once (the plan holds them all anyway) and is rendered as
 * one string at commit: the distinct text only, 2.5 MB at 50 000 actions for 980 MB of sheets.
 */

/** The parts of ExcelJS 4.4's stream writer used here (lib/stream/xlsx/*.js, not typed). */
interface StreamBuf {
  /**
   * Where the sheet's bytes go: archiver's input for this zip entry, a readable-stream 2
   * PassThrough (Node 8's streams: no writableLength, only _writableState).
   */
  pipes?: {
    writableLength?: number;
    writableNeedDrain?: boolean;
    _writableState?: { length?: number; needDrain?: boolean };
    once(event: 'drain', listener: () => void): unknown;
    removeListener(event: 'drain', listener: () => void): unknown;
  }[];
  end(): void;
}

interface SheetWriter {
  readonly stream: StreamBuf;
  committed: boolean;
  startedData: boolean;
  _rows: (ExcelJS.Row | undefined)[] | null;
  /** Every formula cell written so far, kept as possible shared-formula masters. */
  _formulae: Record<string, unknown>;
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  _sheetRelsWriter: {
    addRelationship(rel: { Type: string; Target: string }): string;
    commit(): void;
  };
  _sheetCommentsWriter: { commit(): void };
  /** Manual row breaks, as Row.addPageBreak pushes them (lib/doc/row.js). */
  rowBreaks: { id: number; max: number; man: number }[];
  getColumn(c: number): ExcelJS.Column;
  getRow(r: number): ExcelJS.Row;
  getCell(ref: string): ExcelJS.Cell;
  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void;
  protect(password: string, options: Partial<ExcelJS.WorksheetProtection>): Promise<void>;
  _write(text: string): void;
  _writeRow(row: ExcelJS.Row): void;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _writeCloseSheetData(): void;
  _writeSheetProtection(): void;
  _writeAutoFilter(): void;
  _writeMergeCells(): void;
  _writeConditionalFormatting(): void;
  _writeDataValidations(): void;
  _writeHyperlinks(): void;
  _writePageMargins(): void;
  _writePageSetup(): void;
  _writeHeaderFooter(): void;
  _writeRowBreaks(): void;
  _writeLegacyData(): void;
  _writeBackground(): void;
  _writeCloseWorksheet(): void;
}

interface BookWriter {
  zip: { append(source: unknown, data: { name: string }): unknown };
  stream: { read?(): Buffer };
  addWorksheet(
    name: string,
    options: {
      state: SheetPlan['state'];
      views: Partial<ExcelJS.WorksheetView>[];
    } & ReturnType<typeof printOptions>,
  ): SheetWriter;
  commit(): Promise<unknown>;
}

const SHEET_METHODS = [
  '_write',
  '_writeRow',
  '_writeColumns',
  '_writeOpenSheetData',
  '_writeCloseSheetData',
  '_writeSheetProtection',
  '_writeAutoFilter',
  '_writeMergeCells',
  '_writeConditionalFormatting',
  '_writeDataValidations',
  '_writeHyperlinks',
  '_writePageMargins',
  '_writePageSetup',
  '_writeHeaderFooter',
  '_writeRowBreaks',
  '_writeLegacyData',
  '_writeBackground',
  '_writeCloseWorksheet',
] as const;

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Shared strings rather than inline ones: see the top of this file. */
const SHARED_STRINGS = true;

/** Rows written between two checks of the zip's backlog. */
const ROWS_PER_CHECK = 256;
/** Bytes of a sheet's XML allowed to wait for compression before writing pauses. */
const MAX_BACKLOG = 8 * 1024 * 1024;

/** An attribute value as ExcelJS escapes it (apostrophes too; C0 controls dropped). */
const xmlAttr = (s: string) =>
  // eslint-disable-next-line no-control-regex
  xmlEscape(s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')).replace(/'/g, '&apos;');

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 1-based row and column of an A1 address. */
function decodeAddress(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`Adresse de cellule invalide dans le plan : « ${ref} ».`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** The table part, as the in-memory writer and repairPackage write it (same bytes). */
function tablePartXml(t: TablePlan, id: number): string {
  const { row, col } = decodeAddress(t.origin);
  const ref = `${columnLetters(col)}${row}:${columnLetters(col + t.columns.length - 1)}${row + t.rows.length}`;
  const filters = t.columns.map((_c, j) => `<filterColumn colId="${j}" hiddenButton="0"/>`);
  const columns = t.columns.map((c, j) => {
    const open = `<tableColumn id="${j + 1}" name="${xmlAttr(c.header)}" ${
      j === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'
    }`;
    return c.formula
      ? `${open}><calculatedColumnFormula>${xmlEscape(c.formula)}</calculatedColumnFormula></tableColumn>`
      : `${open}/>`;
  });
  return (
    XML_DECLARATION +
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3"' +
    ' xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"' +
    ' xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"' +
    ` id="${id}" name="${xmlAttr(t.name)}" displayName="${xmlAttr(t.name)}" ref="${ref}"` +
    ' totalsRowShown="1" headerRowCount="1">' +
    `<autoFilter ref="${ref}">${filters.join('')}</autoFilter>` +
    `<tableColumns count="${t.columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(t.style)}" showFirstColumn="0" showLastColumn="0"` +
    ' showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

const tick = () =>
  new Promise<void>((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

/**
 * Keep memory flat, every ROWS_PER_CHECK rows. ExcelJS's sheet stream writes into archiver's
 * input without heeding backpressure, and the compressor only runs when the event loop does:
 * without this, a sheet's XML piles up as buffers (most of the 772 MB Indicateurs sheet at
 * 50 000 actions) and the heap keeps every computed cell.
 */
async function relieve(ws: SheetWriter): Promise<void> {
  // ExcelJS keeps the model of every formula cell written, in case a later cell shares its
  // formula: we write no shared formulas, and millions of computed cells would stay in memory.
  ws._formulae = {};
  await tick();
  for (;;) {
    const next = ws.stream.pipes?.[0];
    const queued = next?.writableLength ?? next?._writableState?.length ?? 0;
    if (!next || queued <= MAX_BACKLOG) return;
    // 'drain' may never come while the compressor waits for the event loop: wait for it, or
    // for a moment, whichever is first (long computed-column formulas met it).
    if (next.writableNeedDrain ?? next._writableState?.needDrain)
      await new Promise<void>((resolve) => {
        const drained = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          next.removeListener('drain', drained);
          resolve();
        }, 20);
        next.once('drain', drained);
      });
    else await tick();
  }
}

/**
 * Close a sheet as WorksheetWriter.commit does, but in schema order, with the table part.
 * The table relationship goes after the hyperlinks' ones, as in the in-memory writer.
 */
function closeSheet(
  ws: SheetWriter,
  sp: SheetPlan,
  tablePart: string | undefined,
  drawingPart: string | undefined,
): void {
  ws._rows?.forEach((row) => {
    if (row) ws._writeRow(row);
  });
  ws._rows = null;
  if (!ws.startedData) {
    ws._writeColumns();
    ws._writeOpenSheetData();
    ws.startedData = true;
  }
  ws._writeCloseSheetData();
  ws._writeSheetProtection();
  ws._writeAutoFilter();
  ws._writeMergeCells();
  ws._writeConditionalFormatting();
  ws._write(dataBarsXml(sp.dataBars ?? [], sp.conditionalFormats.length + 1));
  ws._writeDataValidations();
  ws._writeHyperlinks();
  ws._writePageMargins();
  ws._writePageSetup();
  ws._writeHeaderFooter();
  ws._writeRowBreaks();
  ws._write(columnBreaksXml(sp.pageSetup?.columnBreaks ?? []));
  ws._writeLegacyData();
  ws._writeBackground();
  // Relationships as the in-memory writer numbers them (table, then drawing); elements in
  // schema order (drawing, then tableParts).
  const tableRel = tablePart
    ? ws._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${tablePart}` })
    : undefined;
  if (drawingPart) {
    const rId = ws._sheetRelsWriter.addRelationship({
      Type: DRAWING_REL,
      Target: `../drawings/${drawingPart}`,
    });
    ws._write(`<drawing r:id="${rId}"/>`);
  }
  if (tableRel) ws._write(`<tableParts count="1"><tablePart r:id="${tableRel}"/></tableParts>`);
  ws._writeCloseWorksheet();
  ws.stream.end();
  ws._sheetCommentsWriter.commit();
  ws._sheetRelsWriter.commit();
  ws.committed = true;
}

/** Free cells of a sheet by row, in plan order within a row. */
function cellsByRow(cells: CellPlan[]): Map<number, CellPlan[]> {
  const out = new Map<number, CellPlan[]>();
  for (const cp of cells) {
    const r = decodeAddress(cp.ref).row;
    const list = out.get(r);
    if (list) list.push(cp);
    else out.set(r, [cp]);
  }
  return out;
}

async function writeSheet(
  book: BookWriter,
  sp: SheetPlan,
  tablePart: string | undefined,
  drawingPart: string | undefined,
) {
  const ws = book.addWorksheet(sp.name, {
    state: sp.state,
    views: sheetViews(sp),
    ...printOptions(sp.pageSetup),
  });
  for (const m of SHEET_METHODS) {
    if (typeof ws[m] !== 'function')
      throw new Error(`ExcelJS ${m} introuvable : version d'ExcelJS non prise en charge.`);
  }
  sp.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const t = sp.table;
  const origin = t ? decodeAddress(t.origin) : { row: 0, col: 0 };
  const r0 = origin.row;
  const c0 = origin.col;
  const last = t ? r0 + t.rows.length : -1;
  // Entered columns are unlocked down the whole sheet, so rows typed below the table stay editable.
  t?.columns.forEach((c, j) => {
    if (!c.locked) ws.getColumn(c0 + j).protection = { locked: false };
  });
  const links = new Map<number, LinkPlan[]>();
  for (const l of t?.links ?? []) links.set(l.row, [...(links.get(l.row) ?? []), l]);
  const free = cellsByRow(sp.cells);
  for (const v of sp.validations) ws.dataValidations.add(v.range, dataValidation(v));
  for (const cf of sp.conditionalFormats) ws.addConditionalFormatting(conditionalFormatting(cf));
  if (sp.protect) await ws.protect('', { ...SHEET_PROTECTION });
  // Row.addPageBreak's entry, without creating the (empty) row out of order.
  for (const r of sp.pageSetup?.breaks ?? []) ws.rowBreaks.push({ id: r, max: 16838, man: 1 });

  // Rows in order: free cells above the table, the table (with free cells on its rows), below.
  const freeRows = [...free.keys()].sort((a, b) => a - b);
  let written = 0;
  const writeRow = async (r: number) => {
    const row = ws.getRow(r);
    if (t && r >= r0 && r <= last) {
      if (r === r0) {
        t.columns.forEach((c, j) => {
          const cell = row.getCell(c0 + j);
          cell.value = c.header;
          styleHeaderCell(cell);
        });
        row.height = HEADER_HEIGHT;
      } else {
        const i = r - r0 - 1;
        const values = t.rows[i] as TablePlan['rows'][number];
        for (let j = 0; j < t.columns.length; j++)
          row.getCell(c0 + j).value = tableCellValue(t, values, j);
        for (const l of links.get(i) ?? []) {
          const link = linkCellValue(t, l);
          if (link) row.getCell(c0 + l.column).value = link;
        }
        t.columns.forEach((c, j) => styleTableCell(row.getCell(c0 + j), c));
      }
    }
    for (const cp of free.get(r) ?? []) writeCellPlan(ws.getCell(cp.ref), cp);
    const height = sp.rowHeights?.[r];
    if (height) row.height = height;
    // The stream writer skips rows without a value; the in-memory one keeps styled empty cells
    // (unlocked and formatted spare rows of a table): keep them too.
    Object.defineProperty(row, 'hasValues', { value: true });
    row.commit();
    if (++written % ROWS_PER_CHECK === 0) await relieve(ws);
  };
  for (const r of freeRows) if (!t || r < r0) await writeRow(r);
  for (let r = r0; t && r <= last; r++) await writeRow(r);
  for (const r of freeRows) if (t && r > last) await writeRow(r);
  closeSheet(ws, sp, tablePart, drawingPart);
  await relieve(ws);
}

/** Write the workbook; without a target ExcelJS collects the zip in memory (book.stream). */
async function writeBook(
  plan: WorkbookPlan,
  target?: string | NodeJS.WritableStream,
): Promise<BookWriter> {
  if (!canStream())
    throw new Error('L’écriture en flux d’un classeur n’est possible que sous Node.js.');
  const props = workbookProperties(plan);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : {}),
    ...(target && typeof target !== 'string'
      ? { stream: target as unknown as import('stream').Stream }
      : {}),
    useStyles: true,
    useSharedStrings: SHARED_STRINGS,
    zip: { zlib: { level: 6 } },
  }) as unknown as BookWriter & ExcelJS.Workbook & { lastModifiedBy: string };
  book.creator = props.creator;
  book.created = props.created;
  book.modified = props.modified;
  book.lastModifiedBy = 'Unknown';

  const tableParts: string[] = [];
  const charts = chartPackage(plan);
  for (const part of charts.parts) book.zip.append(part.xml, { name: part.name });
  // The small parts ExcelJS writes at commit, completed on their way into the zip.
  const append = book.zip.append.bind(book.zip);
  book.zip.append = (source: unknown, data: { name: string }) => {
    const name = data.name.replace(/^\//, '');
    if (name === 'xl/workbook.xml' && typeof source === 'string')
      return append(workbookXml(source, plan), data);
    if (name === '[Content_Types].xml' && typeof source === 'string')
      return append(contentTypesXml(source, tableParts, charts.contentTypes), data);
    return append(source, data);
  };

  for (const [i, sp] of plan.sheets.entries()) {
    let part: string | undefined;
    if (sp.table) {
      part = `table${tableParts.length + 1}.xml`;
      tableParts.push(part);
      append(tablePartXml(sp.table, tableParts.length), { name: `xl/tables/${part}` });
    }
    await writeSheet(book, sp, part, charts.drawings.get(i));
  }
  await book.commit();
  return book;
}

/**
 * Write a plan as .xlsx to a file path or a Node writable stream, row by row (memory stays flat
 * whatever the number of rows): the same workbook as planToXlsx's in-memory path.
 */
export async function writePlanXlsx(
  plan: WorkbookPlan,
  target: string | NodeJS.WritableStream,
): Promise<void> {
  await writeBook(plan, target);
}

/** xl/workbook.xml with full recalculation on load and the plan's defined names. */
function workbookXml(xml: string, plan: WorkbookPlan): string {
  const calc = /<calcPr\b([^>]*?)\/>/.exec(xml);
  if (!calc || !xml.includes('</sheets>'))
    throw new Error('xl/workbook.xml inattendu : version d’ExcelJS non prise en charge.');
  const withCalc = /\bfullCalcOnLoad=/.test(calc[1] ?? '')
    ? xml
    : xml.replace(calc[0], `<calcPr${calc[1]} fullCalcOnLoad="1"/>`);
  return withDefinedNames(withCalc, plan);
}

/** [Content_Types].xml with the table parts and the chart and drawing parts. */
function contentTypesXml(xml: string, parts: string[], charts: string): string {
  if (!xml.includes('</Types>'))
    throw new Error('[Content_Types].xml inattendu : version d’ExcelJS non prise en charge.');
  const overrides = parts
    .map((p) => `<Override PartName="/xl/tables/${p}" ContentType="${TABLE_TYPE}"/>`)
    .join('');
  return xml.replace('</Types>', `${overrides}${charts}</Types>`);
}

/** Render a plan into the bytes of an .xlsx file with the streaming writer. */
export async function planToXlsxStreamed(plan: WorkbookPlan): Promise<Uint8Array> {
  // Without a target ExcelJS collects the zip in a buffer list (StreamBuf): compressed bytes.
  const book = await writeBook(plan);
  const bytes = book.stream.read?.();
  if (!bytes) throw new Error('Le classeur écrit est vide.');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
