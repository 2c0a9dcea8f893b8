/**
 * A streaming reader of .xlsx values, for workbooks too large for ExcelJS's in-memory model (its
 * loader reads each worksheet part as one string, beyond V8's limit at 300 000 rows, and its model
 * takes gigabytes). It returns exactly what `readWorkbookValues(await openWorkbook(bytes, name))`
 * returns, with the same refusals, because it is a port of `wb.xlsx.load` (exceljs/lib/xlsx/xlsx.js)
 * that reuses ExcelJS's own parsers for every part, except that worksheet rows are reconciled one
 * by one as they are parsed and only the cells the values need are kept (read-stream-sheet.ts).
 *
 * What it keeps: the tables' rectangles, the cells of the defined names, the first two cells of
 * the `_meta` rows and the first cell of each merged range. Memory grows with those values, not
 * with the XML: no part is ever held whole, as bytes or as a string (read-stream-parts.ts).
 */
import type JSZip from 'jszip';
import type { CellValue } from '../../core/values/cell';
import type { TableValues, WorkbookValues } from '../types';
import { corruptWorkbook, openZip, STREAMING_LIMITS } from './open';
import {
  colCache,
  DefinedNames,
  X,
  type DefinedNameModel,
  type Relationship,
  type SheetRef,
  type TableModel,
  type Xform,
} from './read-stream-exceljs';
import { drainPart, parsePart, parseString, partBytes, partText } from './read-stream-parts';
import { decode, type Box } from './read';
import { readSheet, type Area, type SheetCollector } from './read-stream-sheet';

/* eslint-disable @typescript-eslint/no-explicit-any -- the loader's model is ExcelJS's, untyped */

/** A worksheet as ExcelJS's Workbook would hold it. */
interface Sheet {
  id: number | undefined;
  orderNo: number | undefined;
  name: string | undefined;
  entry: JSZip.JSZipObject;
  sheetNo: string;
  /** Rectangles of the defined names read on this sheet. */
  nameBoxes: Box[];
  /** Filled when the part is read. */
  tables?: Record<string, TableModel>;
  tableAreas?: Map<TableModel, Area>;
  collector?: SheetCollector;
}

/** A defined name as readWorkbookValues reads it. */
type NameRead =
  | { kind: 'cell'; name: string; sheet: Sheet; row: number; col: number }
  | { kind: 'list'; name: string; sheet: Sheet; from: Cell; to: Cell }
  /** ws.getCell failed on its address: readWorkbookValues throws there. */
  | { kind: 'error'; error: unknown };

interface Cell {
  row: number;
  col: number;
}

function tryDecode(ref: string | undefined): Cell | undefined {
  try {
    return ref === undefined ? undefined : decode(ref);
  } catch {
    return undefined;
  }
}

/** The rectangle a table's values are read from (header row included), if it has cells. */
function tableBox(t: TableModel): Box | undefined {
  if (typeof t.tableRef !== 'string') return undefined;
  const [a, b] = t.tableRef.split(':') as [string, string | undefined];
  const start = tryDecode(a);
  const end = tryDecode(b ?? a);
  if (!start || !end || end.col < start.col) return undefined;
  return {
    top: start.row,
    left: start.col,
    bottom: Math.max(start.row, end.row),
    right: end.col,
  };
}

/** Worksheet's name setter (worksheet.js), run as the constructor then the model setter do. */
function nameSheet(ws: Sheet, name: string | undefined, book: Map<number, Sheet>): void {
  if (name === undefined) name = `sheet${ws.id}`;
  if (ws.name === name) return;
  if (typeof name !== 'string') throw new Error('The name has to be a string.');
  if (name === '') throw new Error("The name can't be empty.");
  if (name === 'History')
    throw new Error('The name "History" is protected. Please use a different name.');
  if (/[*?:/\\[\]]/.test(name))
    throw new Error(
      `Worksheet name ${name} cannot include any of the following characters: * ? : \\ / [ ]`,
    );
  if (/(^')|('$)/.test(name))
    throw new Error(
      `The first or last character of worksheet name cannot be a single quotation mark: ${name}`,
    );
  if (name.length > 31) name = name.substring(0, 31);
  const lower = name.toLowerCase();
  if (inOrder(book).some((w) => w.name!.toLowerCase() === lower))
    throw new Error(`Worksheet name already exists: ${name}`);
  ws.name = name;
}

/** Workbook._worksheets in index order (sheet ids that are array indices). */
function inOrder(book: Map<number, Sheet>): Sheet[] {
  return [...book.keys()].sort((a, b) => a - b).map((k) => book.get(k) as Sheet);
}

const isIndex = (id: number | undefined): id is number =>
  id !== undefined && Number.isInteger(id) && id >= 0 && id < 4294967295;

async function partString(entry: JSZip.JSZipObject): Promise<string> {
  let text = '';
  for await (const t of partText(partBytes(entry))) text += t;
  return text;
}

interface Book {
  /** eachSheet's order. */
  sheets: Sheet[];
  /** The defined names readWorkbookValues reads, in its order. */
  names: NameRead[];
  meta: Sheet | undefined;
}

/** XLSX.load and XLSX.reconcile, rows streamed; then the Workbook and Worksheet model setters. */
async function readBook(zip: JSZip): Promise<Book> {
  const model: any = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  const parts: { entry: JSZip.JSZipObject; sheetNo: string; stub: any }[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const entryName = entry.name[0] === '/' ? entry.name.substring(1) : entry.name;
    switch (entryName) {
      case '_rels/.rels':
        model.globalRels = await parsePart(entry, new X.Relationships());
        break;
      case 'xl/workbook.xml': {
        const workbook: any = await parsePart(entry, new X.Workbook());
        model.sheets = workbook.sheets;
        model.definedNames = workbook.definedNames;
        model.views = workbook.views;
        model.properties = workbook.properties;
        model.calcProperties = workbook.calcProperties;
        break;
      }
      case 'xl/_rels/workbook.xml.rels':
        model.workbookRels = await parsePart(entry, new X.Relationships());
        break;
      case 'xl/sharedStrings.xml':
        model.sharedStrings = new X.SharedStrings();
        await parsePart(entry, model.sharedStrings);
        break;
      case 'xl/styles.xml':
        model.styles = new X.Styles();
        await parsePart(entry, model.styles);
        break;
      case 'docProps/app.xml':
        await parsePart(entry, new X.App());
        break;
      case 'docProps/core.xml':
        await parsePart(entry, new X.Core());
        break;
      default:
        await readOtherPart(entry, entryName, model, parts);
    }
  }

  // XLSX.reconcile, worksheets excepted.
  for (const p of parts) {
    model.worksheetHash[p.stub.path] = p.stub;
    model.worksheets.push(p.stub);
  }
  new X.Workbook().reconcile(model, undefined);
  reconcileDrawings(model);
  const tableXform = new X.Table();
  for (const t of Object.values(model.tables) as TableModel[])
    tableXform.reconcile(t, { styles: model.styles });

  // Workbook's model setter: each worksheet at index `id`, named as the sheet referring to it.
  const book = new Map<number, Sheet>();
  const all: Sheet[] = [];
  for (const p of parts) {
    const id = p.stub.id as number | undefined;
    const sheets = model.sheets as SheetRef[] | undefined;
    const ws: Sheet = {
      id,
      orderNo: sheets && sheets.findIndex((s) => s.id === id),
      name: undefined,
      entry: p.entry,
      sheetNo: p.sheetNo,
      nameBoxes: [],
    };
    nameSheet(ws, p.stub.name, book);
    if (isIndex(id)) book.set(id, ws);
    nameSheet(ws, p.stub.name, book);
    all.push(ws);
  }
  const byName = (name: string) => inOrder(book).find((w) => w.name === name);
  const each = inOrder(book)
    .filter((w) => (w.id as number) >= 1)
    .sort((a, b) => (a.orderNo as number) - (b.orderNo as number));
  const dn = new DefinedNames();
  dn.model = model.definedNames;
  const names = planNames(dn.model, byName);
  const meta = byName('_meta');

  for (const ws of all) {
    const current = isIndex(ws.id) && book.get(ws.id) === ws;
    const listed = current && each.includes(ws);
    const read = await readSheet(
      ws.entry,
      ws.sheetNo,
      {
        options: () => ({
          styles: model.styles,
          sharedStrings: model.sharedStrings,
          media: model.media,
          mediaIndex: model.mediaIndex,
          date1904: model.properties && model.properties.date1904,
          drawings: model.drawings,
          comments: model.comments,
          tables: model.tables,
          vmlDrawings: model.vmlDrawings,
        }),
        relationships: model.worksheetRels[ws.sheetNo] as Relationship[] | undefined,
      },
      (tables) => {
        if (!current) return { boxes: [], meta: false };
        const boxes = [...ws.nameBoxes];
        if (listed) for (const t of tables) if (t) boxes.push(tableBox(t) ?? EMPTY);
        return { boxes: boxes.filter((b) => b !== EMPTY), meta: ws === meta };
      },
    );
    // Worksheet's model setter: merges (which may fail), then the tables by name.
    read.collector.merge(read.merges);
    const tables: Record<string, TableModel> = {};
    for (const t of read.tables) tables[(t as TableModel).name as string] = t as TableModel;
    if (!current) continue;
    ws.collector = read.collector;
    ws.tables = tables;
    ws.tableAreas = new Map();
    let i = ws.nameBoxes.length;
    if (listed)
      for (const t of read.tables)
        if (t && tableBox(t)) ws.tableAreas.set(t, read.collector.areas[i++] as Area);
  }
  return { sheets: each, names, meta };
}

const EMPTY: Box = { top: 0, left: 0, bottom: -1, right: -1 };

/** The other parts XLSX.load reads (worksheets are only listed: they are read last). */
async function readOtherPart(
  entry: JSZip.JSZipObject,
  entryName: string,
  model: any,
  parts: { entry: JSZip.JSZipObject; sheetNo: string; stub: any }[],
): Promise<void> {
  let match = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(entryName);
  if (match) {
    parts.push({ entry, sheetNo: match[1] as string, stub: { path: entryName } });
    return;
  }
  match = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.exec(entryName);
  if (match) {
    model.worksheetRels[match[1] as string] = await parsePart(entry, new X.Relationships());
    return;
  }
  if (/xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(entryName)) return drainPart(entry);
  match = /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/.exec(entryName);
  if (match) {
    await drainPart(entry);
    const filename = match[1] as string;
    const lastDot = filename.lastIndexOf('.');
    model.mediaIndex[filename] = model.media.length;
    model.mediaIndex[filename.substring(0, lastDot)] = model.media.length;
    model.media.push({
      type: 'image',
      name: filename.substring(0, lastDot),
      extension: filename.substring(lastDot + 1),
    });
    return;
  }
  match = /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/.exec(entryName);
  if (match) {
    model.drawings[match[1] as string] = await parsePart(entry, new X.Drawing());
    return;
  }
  match = /xl\/(comments\d+)[.]xml/.exec(entryName);
  if (match) {
    model.comments[`../${match[1]}.xml`] = await parsePart(entry, new X.Comments());
    return;
  }
  match = /xl\/tables\/(table\d+)[.]xml/.exec(entryName);
  if (match) {
    let xml = await partString(entry);
    // load.ts cleans these before ExcelJS reads them (its table parser loses columns otherwise).
    if (/^xl\/tables\/[^/]+\.xml$/.test(entry.name))
      xml = xml
        .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*\/>/g, '');
    model.tables[`../tables/${match[1]}.xml`] = await parseString(xml, new X.Table());
    return;
  }
  match = /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/.exec(entryName);
  if (match) {
    model.drawingRels[match[1] as string] = await parsePart(entry, new X.Relationships());
    return;
  }
  match = /xl\/drawings\/(vmlDrawing\d+)[.]vml/.exec(entryName);
  if (match) {
    model.vmlDrawings[`../drawings/${match[1]}.vml`] = await parsePart(entry, new X.VmlNotes());
    return;
  }
  // ExcelJS reads every other part as a string: a damaged one fails there too.
  return drainPart(entry);
}

/** XLSX.reconcile's drawings step: images and their links, from the drawings' relationships. */
function reconcileDrawings(model: any): void {
  const drawingXform: Xform = new X.Drawing();
  const options: any = { media: model.media, mediaIndex: model.mediaIndex };
  for (const name of Object.keys(model.drawings)) {
    const drawing = model.drawings[name];
    const drawingRel = model.drawingRels[name] as Relationship[] | undefined;
    if (!drawingRel) continue;
    options.rels = drawingRel.reduce<Record<string, Relationship>>((o, rel) => {
      o[rel.Id] = rel;
      return o;
    }, {});
    for (const anchor of drawing.anchors || []) {
      const hyperlinks = anchor.picture && anchor.picture.hyperlinks;
      if (hyperlinks && options.rels[hyperlinks.rId]) {
        hyperlinks.hyperlink = options.rels[hyperlinks.rId].Target;
        delete hyperlinks.rId;
      }
    }
    drawingXform.reconcile(drawing, options);
  }
}

const NAME_RANGE = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

/** The defined names readWorkbookValues reads, and the cells each needs on its sheet. */
function planNames(
  definedNames: DefinedNameModel[],
  byName: (name: string) => Sheet | undefined,
): NameRead[] {
  const reads: NameRead[] = [];
  for (const n of definedNames) {
    const range = n.ranges[0];
    if (n.ranges.length !== 1 || !range) continue;
    const m = NAME_RANGE.exec(range);
    if (!m) continue;
    const sheet = byName((m[1] as string).replace(/''/g, "'"));
    if (!sheet) continue;
    if (!m[4]) {
      // ws.getCell('B7') decodes its address with ExcelJS (which refuses columns beyond XFD).
      let cell: Cell;
      try {
        cell = colCache.decodeAddress(`${m[2]}${m[3]}`);
      } catch (error) {
        reads.push({ kind: 'error', error });
        break;
      }
      reads.push({ kind: 'cell', name: n.name, sheet, row: cell.row, col: cell.col });
      sheet.nameBoxes.push({ top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });
      continue;
    }
    const from = decode(`${m[2]}${m[3]}`);
    const to = decode(`${m[4]}${m[5]}`);
    if ((to.row - from.row + 1) * (to.col - from.col + 1) > 100000) continue;
    reads.push({ kind: 'list', name: n.name, sheet, from, to });
    if (to.row >= from.row && to.col >= from.col)
      sheet.nameBoxes.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return reads;
}

/** ws.getCell(r, c) then cellValue, from the cells kept. */
function valueAt(sheet: Sheet, row: number, col: number): CellValue {
  for (const a of sheet.collector?.areas ?? []) if (a.covers(row, col)) return a.value(row, col);
  return null;
}

/** readWorkbookValues, on the cells kept. */
function values(book: Book): WorkbookValues {
  const tables: TableValues[] = [];
  const sheets: string[] = [];
  for (const ws of book.sheets) {
    sheets.push(ws.name as string);
    for (const t of Object.values(ws.tables ?? {})) {
      const [a, b] = (t.tableRef as string).split(':') as [string, string];
      const start = decode(a);
      const end = decode(b ?? a);
      const area = ws.tableAreas?.get(t);
      const headers: string[] = [];
      for (let c = start.col; c <= end.col; c++)
        headers.push(String(valueAt(ws, start.row, c) ?? ''));
      const rows: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (let r = start.row + 1; r <= end.row; r++) {
        rows.push(area ? area.row(r) : []);
        formulas.push(area ? area.formulaRow(r) : []);
      }
      tables.push({
        name: t.name as string,
        sheet: ws.name as string,
        origin: a,
        headers,
        values: rows,
        formulas,
      });
    }
  }
  const names: Record<string, CellValue> = {};
  const lists: Record<string, string[]> = {};
  for (const n of book.names) {
    if (n.kind === 'error') throw n.error;
    if (n.kind === 'cell') {
      names[n.name] = valueAt(n.sheet, n.row, n.col);
      continue;
    }
    const list: string[] = [];
    for (let r = n.from.row; r <= n.to.row; r++) {
      for (let c = n.from.col; c <= n.to.col; c++) {
        const v = valueAt(n.sheet, r, c);
        if (v !== null && String(v).trim() !== '')
          list.push(v instanceof Date ? v.toISOString() : String(v));
      }
    }
    lists[n.name] = list;
  }
  const meta: Record<string, CellValue> = {};
  for (const [k, v] of book.meta?.collector?.metaEntries() ?? [])
    if (typeof k === 'string') meta[k] = v;
  return { sheets, tables, names, meta, lists };
}

/**
 * Read the values of .xlsx bytes without ExcelJS's in-memory model: what
 * `readWorkbookValues(await openWorkbook(bytes, name))` returns, with the same refusals
 * (UnreadableWorkbook, French), and a larger bound on the total uncompressed size.
 */
export async function readXlsxValuesStreaming(
  bytes: Uint8Array,
  name: string,
): Promise<WorkbookValues> {
  const zip = await openZip(bytes, name, STREAMING_LIMITS);
  let book: Book;
  try {
    book = await readBook(zip);
  } catch (e) {
    throw corruptWorkbook(name, e);
  }
  return values(book);
}
