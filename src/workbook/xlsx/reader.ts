/**
 * The one reader of workbook files (check, check --write, upgrade, merge, the demo pane): public
 * APIs only (our zip reader and XML scanner), parts streamed, only the cells needed kept. It returns the
 * values the core reads, what a producer removed (table parts, calculated-column formulas, the
 * very hidden `_meta`), and refuses with a French message whatever it cannot read.
 */
import type { ReadNotes } from '../../core/read/types';
import { readOds } from '../ods/read-ods';
import {
  assemble,
  namePlan,
  type NamePlan,
  type SheetRead,
  type SheetTable,
  type WorkbookRead,
} from './assemble';
import { UnreadableWorkbook, STREAMING_LIMITS, sniff, type ZipLimits } from './sniff';
import type { ReadOptions } from './read';
import {
  readApplication,
  readBook,
  readDateStyles,
  readRels,
  readSharedStrings,
  readTablePart,
  relType,
} from './reader-parts';
import {
  CellBudget,
  decodeRange,
  MAX_ROW,
  readSheetPart,
  TooManyCells,
  type SheetContext,
} from './reader-sheet';
import { Zip, ZipError } from './zip';

export type { WorkbookRead } from './assemble';

/** Cells kept in memory at most (about 60 bytes each): beyond, the file is refused. */
export const MAX_CELLS = 12_000_000;

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

const NAME_RANGE = /^'?(.+?)'?!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/;

function planNames(names: { name: string; text: string; local: boolean }[]): NamePlan[] {
  const out: NamePlan[] = [];
  for (const n of names) {
    if (n.local || n.name.startsWith('_xlnm.')) continue;
    const m = NAME_RANGE.exec(n.text.trim());
    const plan = m && namePlan(n.name, (m[1] as string).replace(/''/g, "'"), m[2] as string);
    if (plan) out.push(plan);
  }
  return out;
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
  const sheets: SheetRead[] = [];
  let tableNo = 0;
  for (const ref of book.sheets) {
    const rels = ref.part ? await readRels(zip, ref.part) : [];
    const tables: SheetTable[] = [];
    for (const rel of rels.filter((r) => !r.external && r.type.endsWith('/table'))) {
      const part = await readTablePart(zip, zip.get(rel.target), ++tableNo);
      const box = part && decodeRange(part.ref);
      if (part && box) tables.push({ part, box });
    }
    const boxes = tables.map((t) => t.box);
    for (const n of names) if (n.sheet === ref.name) boxes.push(n.box);
    if (ref.name === '_meta') boxes.push({ top: 1, left: 1, bottom: MAX_ROW, right: 2 });
    const ctx: SheetContext = {
      strings,
      dates,
      date1904: book.date1904,
      rels,
      // Sheets without tables are kept whole: their tables may be found again by their headers.
      all: !!options.everything || !!options.loose || tables.length === 0,
      boxes,
      budget,
    };
    const cells = await readSheetPart(zip, ref.part ? zip.get(ref.part) : undefined, ctx);
    sheets.push({ name: ref.name, state: ref.state, cells, tables });
  }
  return assemble(sheets, names, notes, options);
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
