/**
 * The one reader of workbook files (check, check --write, upgrade, merge, the demo pane): public
 * APIs only (our zip reader, saxes), parts streamed, only the cells needed kept. It returns the
 * values the core reads, what a producer removed (table parts, calculated-column formulas, the
 * very hidden `_meta`), and refuses with a French message whatever it cannot read.
 */
import type { LooseCell } from '../../core/read/types';
import type { CellValue } from '../../core/values/cell';
import { encodeCell } from '../../core/read/address';
import { readOds } from '../ods/read-ods';
import { UnreadableWorkbook, STREAMING_LIMITS, sniff, type ZipLimits } from './open';
import type { Box, ReadOptions, TableValuesWithLinks, WorkbookValuesRead } from './read';
import {
  readApplication,
  readBook,
  readDateStyles,
  readRels,
  readSharedStrings,
  readTablePart,
  relType,
  type TablePart,
} from './reader-parts';
import { recoverTables } from './recover';
import {
  CellBudget,
  decodeRange,
  readSheetPart,
  SheetCells,
  TooManyCells,
  type SheetContext,
} from './reader-sheet';
import { Zip, ZipError } from './zip';

/** Cells kept in memory at most (about 60 bytes each): beyond, the file is refused. */
export const MAX_CELLS = 12_000_000;
/** Cells of one multi-cell defined name read as a list at most. */
const MAX_LIST = 100_000;

/** The sheets, tables and cells read, with what the reader noticed on the way. */
export interface ReadNotes {
  /** The program that saved the file (docProps/app.xml), e.g. "LibreOffice/7.4…". */
  application?: string;
  /** The state of the `_meta` sheet: veryHidden as we write it; hidden or visible after some. */
  metaState?: string;
  /** Tables whose columns had calculated-column formulas in the table part, by table name. */
  calculated?: Record<string, string[]>;
  /** Tables found again by their header rows (the program dropped the table parts). */
  recovered?: { table: string; sheet: string; origin: string }[];
  /** The file is an OpenDocument spreadsheet. */
  ods?: boolean;
}

export type WorkbookRead = WorkbookValuesRead & { notes: ReadNotes };

const f = (name: string) => `« ${name} »`;

/** The French refusal of a zip error. */
function zipRefusal(name: string, e: ZipError): UnreadableWorkbook {
  switch (e.reason) {
    case 'duplicate':
      return new UnreadableWorkbook(
        'corrupt',
        `${f(name)} est endommagé : l'archive contient deux fois la partie « ${e.part} ». Ouvrez-le dans Excel ou LibreOffice et enregistrez une copie.`,
      );
    case 'crc':
    case 'size':
      return new UnreadableWorkbook(
        'corrupt',
        `${f(name)} est endommagé : la partie « ${e.part} » ne correspond pas à sa somme de contrôle (CRC) ou à sa taille. Demandez un nouvel envoi du fichier.`,
      );
    case 'encrypted':
      return new UnreadableWorkbook(
        'encrypted',
        `${f(name)} est chiffré. Enregistrez-en une copie sans mot de passe puis recommencez.`,
      );
    case 'zip64':
      return new UnreadableWorkbook(
        'too-large',
        `${f(name)} est une archive ZIP64 (plus de 4 Go ou 65 535 parties) : refusé par précaution.`,
      );
    default:
      return new UnreadableWorkbook(
        'truncated',
        `${f(name)} est tronqué ou endommagé (archive illisible). Demandez un nouvel envoi du fichier.`,
      );
  }
}

/** Check the zip directory against the bounds before anything is inflated (zip bombs). */
function checkBounds(zip: Zip, name: string, limits: ZipLimits): void {
  if (zip.entries.size > limits.entries)
    throw new UnreadableWorkbook(
      'too-large',
      `${f(name)} contient trop de parties (${zip.entries.size}) : refusé par précaution.`,
    );
  let total = 0;
  for (const e of zip.entries.values()) {
    total += e.size;
    if (
      e.size > 10 * 1024 * 1024 &&
      e.compressedSize > 0 &&
      e.size / e.compressedSize > limits.ratio
    )
      throw new UnreadableWorkbook(
        'too-large',
        `${f(name)} ressemble à une « bombe zip » (la partie ${e.name} se décompresserait ${Math.round(e.size / e.compressedSize)} fois) : refusé avant décompression.`,
      );
  }
  if (total > limits.totalBytes)
    throw new UnreadableWorkbook(
      'too-large',
      `${f(name)} se décompresserait en ${Math.round(total / 1048576)} Mo, au-delà de la limite de ${limits.totalBytes / 1048576} Mo : refusé avant décompression.`,
    );
}

/** Open the zip of a file that sniffs as one, with the French refusals. */
export function openPackage(
  bytes: Uint8Array,
  name: string,
  limits: ZipLimits = STREAMING_LIMITS,
): Zip {
  sniff(bytes, name);
  let zip: Zip;
  try {
    zip = new Zip(bytes);
  } catch (e) {
    if (e instanceof ZipError) throw zipRefusal(name, e);
    throw e;
  }
  checkBounds(zip, name, limits);
  return zip;
}

/** What kind of package it is, or a French refusal naming it. */
function packageKind(zip: Zip, name: string): 'xlsx' | 'ods' {
  if (zip.get('[Content_Types].xml') && (zip.get('_rels/.rels') || zip.get('xl/workbook.xml')))
    if (!zip.get('word/document.xml') && !zip.get('ppt/presentation.xml')) return 'xlsx';
  if (zip.get('content.xml') && zip.get('mimetype')) return 'ods';
  const what = zip.get('word/document.xml')
    ? ' (c’est un document Word)'
    : zip.get('ppt/presentation.xml')
      ? ' (c’est une présentation PowerPoint)'
      : zip.get('Index/Document.iwa')
        ? ' (c’est un classeur Apple Numbers : exportez-le au format .xlsx depuis Numbers, Fichier > Exporter vers > Excel)'
        : '';
  throw new UnreadableWorkbook(
    'not-xlsx',
    `${f(name)} n'est pas un classeur Excel (.xlsx)${what}.`,
  );
}

/** The refusal of a package whose parts cannot be read. */
export function damaged(name: string, e: unknown): UnreadableWorkbook {
  if (e instanceof UnreadableWorkbook) return e;
  if (e instanceof ZipError) return zipRefusal(name, e);
  if (e instanceof TooManyCells)
    return new UnreadableWorkbook(
      'too-large',
      `${f(name)} contient plus de ${MAX_CELLS.toLocaleString('fr-FR')} cellules remplies : refusé par précaution.`,
    );
  const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return new UnreadableWorkbook(
    'corrupt',
    `${f(name)} est endommagé : une partie du classeur est illisible (${why}). Ouvrez-le dans Excel ou LibreOffice et enregistrez une copie.`,
  );
}

const NAME_RANGE = /^'?(.+?)'?!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

interface NamePlan {
  name: string;
  sheet: string;
  box: Box;
  single: boolean;
}

function planNames(names: { name: string; text: string; local: boolean }[]): NamePlan[] {
  const out: NamePlan[] = [];
  for (const n of names) {
    if (n.local || n.name.startsWith('_xlnm.')) continue;
    const m = NAME_RANGE.exec(n.text.trim());
    if (!m) continue;
    const box = decodeRange(m[4] ? `${m[2]}${m[3]}:${m[4]}${m[5]}` : `${m[2]}${m[3]}`);
    if (!box) continue;
    const single = !m[4];
    if (!single && (box.bottom - box.top + 1) * (box.right - box.left + 1) > MAX_LIST) continue;
    out.push({ name: n.name, sheet: (m[1] as string).replace(/''/g, "'"), box, single });
  }
  return out;
}

interface SheetTable {
  part: TablePart;
  box: Box;
}

/** A table's data rectangle, clipped to the cells the sheet really has (a table over the whole sheet). */
function clip(box: Box, cells: SheetCells): Box {
  const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (area <= 1_000_000) return box;
  return {
    ...box,
    bottom: Math.max(box.top, Math.min(box.bottom, cells.maxRow)),
    right: Math.max(box.left, Math.min(box.right, cells.maxCol)),
  };
}

/** A cell is the second or later cell of a merged range: which range, if any (kept cells only). */
function mergeSlaves(cells: SheetCells): Map<number, Map<number, Box>> {
  const slaves = new Map<number, Map<number, Box>>();
  let work = 0;
  for (const m of cells.merges) {
    const bottom = Math.min(m.bottom, cells.maxRow);
    const right = Math.min(m.right, cells.maxCol);
    for (let r = m.top; r <= bottom; r++) {
      if (++work > 5_000_000) return slaves;
      const line = cells.rows.get(r);
      if (!line && m.left === m.right) continue;
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        let map = slaves.get(r);
        if (!map) slaves.set(r, (map = new Map()));
        map.set(c, m);
        if (++work > 5_000_000) return slaves;
      }
    }
  }
  return slaves;
}

async function readXlsxPackage(
  zip: Zip,
  name: string,
  options: ReadOptions,
): Promise<WorkbookRead> {
  const root = await readRels(zip, '');
  const bookPart =
    relType(root, '/officeDocument')?.target ??
    (zip.get('xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
  if (!bookPart || !zip.get(bookPart))
    throw new UnreadableWorkbook('not-xlsx', `${f(name)} n'est pas un classeur Excel (.xlsx).`);
  const bookRels = await readRels(zip, bookPart);
  const book = await readBook(zip, bookPart, bookRels);
  const strings = await readSharedStrings(
    zip,
    zip.get(relType(bookRels, '/sharedStrings')?.target ?? 'xl/sharedStrings.xml'),
  );
  const dates = await readDateStyles(
    zip,
    zip.get(relType(bookRels, '/styles')?.target ?? 'xl/styles.xml'),
  );
  const appRel = relType(root, '/extended-properties');
  const application = await readApplication(zip, zip.get(appRel?.target ?? 'docProps/app.xml'));
  const names = planNames(book.names);
  const budget = new CellBudget(MAX_CELLS);
  const notes: ReadNotes = { ...(application ? { application } : {}), calculated: {} };

  const sheets: string[] = [];
  const tables: TableValuesWithLinks[] = [];
  const loose: LooseCell[] = [];
  const cellsOf = new Map<string, SheetCells>();
  let tableNo = 0;
  for (const ref of book.sheets) {
    sheets.push(ref.name);
    if (ref.name === '_meta') notes.metaState = ref.state;
    const rels = ref.part ? await readRels(zip, ref.part) : [];
    const sheetTables: SheetTable[] = [];
    for (const rel of rels.filter((r) => !r.external && r.type.endsWith('/table'))) {
      const part = await readTablePart(zip, zip.get(rel.target), ++tableNo);
      const box = part && decodeRange(part.ref);
      if (part && box) sheetTables.push({ part, box });
    }
    const boxes = [...sheetTables.map((t) => t.box)];
    for (const n of names) if (n.sheet === ref.name) boxes.push(n.box);
    if (ref.name === '_meta') boxes.push({ top: 1, left: 1, bottom: 1048576, right: 2 });
    const ctx: SheetContext = {
      strings,
      dates,
      date1904: book.date1904,
      rels,
      // Sheets without tables are kept whole: their tables may be found again by their headers.
      all: !!options.everything || sheetTables.length === 0,
      boxes,
      budget,
    };
    const cells = await readSheetPart(zip, ref.part ? zip.get(ref.part) : undefined, ctx);
    cellsOf.set(ref.name, cells);
    const slaves = mergeSlaves(cells);
    const masterOf = (r: number, c: number) => slaves.get(r)?.get(c);
    const valueAt = (r: number, c: number): CellValue => {
      const m = masterOf(r, c);
      return m ? cells.value(m.top, m.left) : cells.value(r, c);
    };
    const tableBoxes: Box[] = [];
    for (const { part, box: full } of sheetTables) {
      const box = clip(full, cells);
      tableBoxes.push(box);
      const headerRows = Math.min(part.headerRows, 1);
      const headers: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const v = headerRows ? valueAt(box.top, c) : null;
        headers.push(v === null || v === '' ? (part.columns[c - box.left] ?? '') : String(v));
      }
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const links: (string | null)[][] = [];
      const last = box.bottom - (part.totalsRows > 0 ? part.totalsRows : 0);
      for (let r = box.top + headerRows; r <= last; r++) {
        const row: CellValue[] = [];
        const frow: (string | null)[] = [];
        const lrow: (string | null)[] = [];
        for (let c = box.left; c <= box.right; c++) {
          const slave = masterOf(r, c);
          row.push(slave ? cells.value(slave.top, slave.left) : cells.value(r, c));
          frow.push(slave ? null : cells.formula(r, c));
          if (options.everything) lrow.push(cells.link(r, c));
        }
        values.push(row);
        formulas.push(frow);
        links.push(lrow);
      }
      const calc = part.columns.filter((_, i) => part.calculated[i]);
      if (calc.length > 0) notes.calculated![part.name] = calc;
      tables.push({
        name: part.name,
        sheet: ref.name,
        origin: encodeCell(box.top, box.left - 1),
        headers,
        values,
        formulas,
        ...(options.everything ? { links } : {}),
      });
    }
    if (options.everything && ref.name !== '_meta') {
      const inTable = (r: number, c: number) =>
        tableBoxes.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
      const rows = [...cells.rows.keys()].sort((a, b) => a - b);
      for (const r of rows) {
        const line = cells.rows.get(r)!;
        line.v.forEach((value, i) => {
          const c = i + 1;
          if (inTable(r, c) || masterOf(r, c)) return;
          const formula = line.f?.[i] ?? null;
          if ((value === null || value === '') && formula === null) return;
          const link = cells.link(r, c);
          loose.push({
            sheet: ref.name,
            ref: encodeCell(r, i),
            value,
            ...(formula !== null ? { formula } : {}),
            ...(link !== null ? { link } : {}),
          });
        });
      }
    }
  }

  const namesOut: Record<string, CellValue> = {};
  const lists: Record<string, string[]> = {};
  for (const n of names) {
    const cells = cellsOf.get(n.sheet);
    if (!cells) continue;
    if (n.single) {
      namesOut[n.name] = cells.value(n.box.top, n.box.left);
      continue;
    }
    const list: string[] = [];
    for (let r = n.box.top; r <= Math.min(n.box.bottom, cells.maxRow); r++)
      for (let c = n.box.left; c <= n.box.right; c++) {
        const v = cells.value(r, c);
        if (v !== null && String(v).trim() !== '')
          list.push(v instanceof Date ? v.toISOString() : String(v));
      }
    lists[n.name] = list;
  }
  const meta: Record<string, CellValue> = {};
  const metaCells = cellsOf.get('_meta');
  if (metaCells)
    for (const r of [...metaCells.rows.keys()].sort((a, b) => a - b)) {
      const k = metaCells.value(r, 1);
      if (typeof k === 'string') meta[k] = metaCells.value(r, 2);
    }
  const values: WorkbookRead = {
    sheets,
    tables,
    names: namesOut,
    meta,
    lists,
    ...(options.everything ? { loose } : {}),
    notes,
  };
  recoverTables(values, cellsOf, options);
  return values;
}

/**
 * Read a workbook file (.xlsx, or LibreOffice's .ods): every table, single-cell defined name,
 * answer list and the `_meta` sheet; with `everything`, also the tables' hyperlinks and the cells
 * outside the tables. Refusals are UnreadableWorkbook with a French message.
 */
export async function readWorkbookFile(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const zip = openPackage(bytes, name);
  const kind = packageKind(zip, name);
  try {
    return kind === 'ods'
      ? await readOds(zip, name, options)
      : await readXlsxPackage(zip, name, options);
  } catch (e) {
    throw damaged(name, e);
  }
}
