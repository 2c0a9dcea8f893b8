/**
 * The small parts of an .xlsx package, read with our zip reader and XML scanner:
 * relationships (resolved per OPC: relative to the source part's folder, or absolute from the
 * package root), the workbook, shared strings, styles (which cells are dates) and table parts.
 */
import { parseXml, unescapeXstring, type XmlTag } from './xml';
import type { Zip, ZipEntry } from './zip';

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/** Resolve a relationship target against the folder of its source part (OPC, RFC 3986). */
export function resolveTarget(source: string, target: string): string {
  const clean = target.split('#')[0]!.split('?')[0]!;
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // A target that is not percent-encoded properly is taken as it is.
  }
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The relationships part of a part: `dir/_rels/name.rels`. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export async function readPart(
  zip: Zip,
  entry: ZipEntry | undefined,
  open: (tag: XmlTag) => void,
  text?: (t: string) => void,
  close?: (name: string) => void,
): Promise<void> {
  if (!entry) return;
  await parseXml(zip.stream(entry), {
    open,
    ...(text ? { text } : {}),
    close: close ?? (() => undefined),
  });
}

/** The relationships of a part (empty when it has none). */
export async function readRels(zip: Zip, source: string): Promise<Relationship[]> {
  const out: Relationship[] = [];
  await readPart(zip, zip.get(relsPartOf(source)), (tag) => {
    if (tag.name !== 'Relationship') return;
    const a = tag.attributes;
    const external = a.TargetMode === 'External';
    const raw = a.Target ?? '';
    out.push({
      id: a.Id ?? '',
      type: a.Type ?? '',
      target: external ? raw : resolveTarget(source, raw),
      external,
    });
  });
  return out;
}

export const relType = (rels: Relationship[], suffix: string) =>
  rels.find((r) => r.type.endsWith(suffix) && !r.external);

export interface SheetRef {
  name: string;
  /** visible, hidden or veryHidden. */
  state: string;
  part: string | undefined;
}

export interface DefinedName {
  name: string;
  text: string;
  local: boolean;
}

export interface BookPart {
  sheets: SheetRef[];
  names: DefinedName[];
  date1904: boolean;
}

/** The relationship id attribute of a `<sheet>` (r:id, whatever the prefix). */
function relId(a: Record<string, string>): string | undefined {
  for (const k in a) if (k.endsWith(':id') && !k.startsWith('xmlns')) return a[k];
  return a.id;
}

export async function readBook(zip: Zip, part: string, rels: Relationship[]): Promise<BookPart> {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const book: BookPart = { sheets: [], names: [], date1904: false };
  let name: DefinedName | undefined;
  await readPart(
    zip,
    zip.get(part),
    (tag) => {
      const a = tag.attributes;
      if (tag.name === 'sheet') {
        const rel = byId.get(relId(a) ?? '');
        book.sheets.push({
          name: a.name ?? `Feuille${book.sheets.length + 1}`,
          state: a.state ?? 'visible',
          part: rel && !rel.external ? rel.target : undefined,
        });
      } else if (tag.name === 'workbookPr') {
        book.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      } else if (tag.name === 'definedName') {
        name = { name: a.name ?? '', text: '', local: a.localSheetId !== undefined };
      }
    },
    (t) => {
      if (name) name.text += t;
    },
    (n) => {
      if (n === 'definedName' && name) {
        book.names.push(name);
        name = undefined;
      }
    },
  );
  return book;
}

/** Shared strings: the text of each `<si>` (runs joined, phonetic guides left out). */
export async function readSharedStrings(zip: Zip, entry: ZipEntry | undefined): Promise<string[]> {
  const out: string[] = [];
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  await readPart(
    zip,
    entry,
    (tag) => {
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't' && !tag.selfClosing) inT = true;
    },
    (t) => {
      if (inT && phonetic === 0 && current !== undefined) current += t;
    },
    (n) => {
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') {
        out.push(unescapeXstring(current ?? ''));
        current = undefined;
      }
    },
  );
  return out;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, and the CJK ones). */
const DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a number format code shows a date or a time (quoted text and [..] left out). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, '').replace(/[eE][+-]/g, ''));
}

/** Which cell formats (cellXfs indices) are dates. */
export async function readDateStyles(zip: Zip, entry: ZipEntry | undefined): Promise<boolean[]> {
  const codes = new Map<number, string>();
  const dates: boolean[] = [];
  let inXfs = false;
  await readPart(
    zip,
    entry,
    (tag) => {
      const a = tag.attributes;
      if (tag.name === 'numFmt' && a.numFmtId !== undefined)
        codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (tag.name === 'cellXfs') inXfs = true;
      else if (tag.name === 'xf' && inXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = codes.get(id);
        dates.push(code !== undefined ? isDateFormat(code) : DATE_IDS.has(id));
      }
    },
    undefined,
    (n) => {
      if (n === 'cellXfs') inXfs = false;
    },
  );
  return dates;
}

export interface TablePart {
  name: string;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
  /** Per column: whether the table part gives it a calculated-column formula. */
  calculated: boolean[];
}

export async function readTablePart(
  zip: Zip,
  entry: ZipEntry | undefined,
  n: number,
): Promise<TablePart | undefined> {
  let table: TablePart | undefined;
  await readPart(zip, entry, (tag) => {
    const a = tag.attributes;
    if (tag.name === 'table' && !table) {
      table = {
        name: a.displayName || a.name || `Tableau${n}`,
        ref: a.ref ?? '',
        headerRows: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount) || 0,
        totalsRows: Number(a.totalsRowCount ?? 0) || 0,
        columns: [],
        calculated: [],
      };
    } else if (tag.name === 'tableColumn' && table) {
      table.columns.push(a.name ?? '');
      table.calculated.push(false);
    } else if (tag.name === 'calculatedColumnFormula' && table && table.calculated.length > 0) {
      table.calculated[table.calculated.length - 1] = true;
    }
  });
  return table;
}

/** The application that last saved the package (docProps/app.xml), if it says. */
export async function readApplication(zip: Zip, entry: ZipEntry | undefined): Promise<string> {
  let inApp = false;
  let app = '';
  await readPart(
    zip,
    entry,
    (tag) => {
      inApp = tag.name === 'Application';
    },
    (t) => {
      if (inApp) app += t;
    },
    () => {
      inApp = false;
    },
  );
  return app.trim();
}
