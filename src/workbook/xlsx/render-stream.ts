import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import type { SheetPlan, TablePlan, WorkbookPlan } from '../../core/plan/types';
import { columnLetter } from '../../core/formula/refs';
import { insertInSheet } from './charts';
import { planToXlsxInMemory, styleTableCell, tableCellValue, workbookProperties } from './render';
import { SharedStrings, TableRows, VALUE_KINDS, sharedStringXml } from './sheet-rows';
import { xmlText } from './xml-text';
import type { RowLink } from './sheet-rows';
import { relsOf, sheetParts } from './workbook-part';
import { ZipWriter } from './zip-writer';
import type { ZipSink } from './zip-writer';

/*
 * The streaming writer: the same workbook as the in-memory one (planToXlsxInMemory, render.ts),
 * written row by row into a zip of our own (zip-writer.ts), so that no sheet is ever one string
 * and memory stays flat whatever the number of rows.
 *
 * Everything but the tables' data rows comes from the in-memory writer itself, run on a thin
 * copy of the plan (each table cut after its last row that also holds a free cell, usually to
 * none: a row's height, page break or link does not keep it): styles, workbook part, names, charts, each sheet's columns, panes, validations,
 * formats, protection and page setup, byte for byte. The data rows that were cut are written
 * here (sheet-rows.ts) where the cut ones would have been, with the style indices ExcelJS gave
 * sample cells of each column (one per kind of value, on rows at the bottom of the sheet that
 * are dropped), their strings appended to the shared-string part, their links to the sheet's
 * <hyperlinks> and relationships; each table part gets its full range. Only ExcelJS's public
 * API is used.
 */

const HYPERLINK_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const TABLE_REL_SUFFIX = '/relationships/table';
/** Sheet rows of the style samples: the last rows of a sheet, one per kind of value. */
const SAMPLE_ROW = 1_048_576 - VALUE_KINDS.length + 1;

/** 1-based row and column of an A1 address. */
function decodeAddress(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`Adresse de cellule invalide dans le plan : « ${ref} ».`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/**
 * Data rows of a table the thin plan keeps: up to the last one holding a free cell too (rows'
 * heights are written with the streamed rows, page breaks are in the sheet's tail).
 */
function keptRows(sp: SheetPlan, t: TablePlan, r0: number): number {
  let k = 0;
  for (const c of sp.cells) {
    const r = decodeAddress(c.ref).row;
    if (r > r0 && r <= r0 + t.rows.length) k = Math.max(k, r - r0);
  }
  return k;
}

/** What is streamed of one sheet's table. */
interface Streamed {
  sp: SheetPlan;
  t: TablePlan;
  r0: number;
  c0: number;
  /** Data rows written by the in-memory writer; the rest are written here. */
  kept: number;
}

/** The plan with each table cut to its kept rows, and what is streamed of each sheet, by name. */
function thinPlan(plan: WorkbookPlan): { thin: WorkbookPlan; streamed: Map<string, Streamed> } {
  const streamed = new Map<string, Streamed>();
  const sheets = plan.sheets.map((sp) => {
    const t = sp.table;
    if (!t) return sp;
    const { row: r0, col: c0 } = decodeAddress(t.origin);
    const kept = keptRows(sp, t, r0);
    streamed.set(sp.name, { sp, t, r0, c0, kept });
    const links = (t.links ?? []).filter((l) => l.row < kept);
    const streamedRow = (r: number) => r > r0 + kept && r <= r0 + t.rows.length;
    const heights = Object.entries(sp.rowHeights ?? {}).filter(([r]) => !streamedRow(Number(r)));
    return {
      ...sp,
      table: { ...t, rows: t.rows.slice(0, kept), links },
      ...(sp.rowHeights ? { rowHeights: Object.fromEntries(heights) } : {}),
    };
  });
  return { thin: { ...plan, sheets }, streamed };
}

/** Style samples: one row per kind of value at the bottom of each streamed sheet. */
function addSamples(wb: ExcelJS.Workbook, streamed: Map<string, Streamed>): void {
  for (const { sp, t, c0 } of streamed.values()) {
    const ws = wb.getWorksheet(sp.name);
    if (!ws) throw new Error(`Feuille « ${sp.name} » absente du classeur écrit.`);
    VALUE_KINDS.forEach((kind, k) => {
      // Text samples take the column's header, a string the shared-string part already holds.
      const row = t.columns.map((c) => (typeof kind === 'string' ? c.header : kind));
      t.columns.forEach((c, j) => {
        const cell = ws.getCell(SAMPLE_ROW + k, c0 + j);
        cell.value = tableCellValue(t, row, j);
        styleTableCell(cell, c);
      });
    });
  }
}

const ROW = /<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?\br="([A-Z]+)\d+"([^>]*?)(?:\/>|>)/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A worksheet part cut around its rows. */
interface SheetXml {
  head: string;
  rows: { r: number; xml: string }[];
  tail: string;
}

function splitSheet(xml: string, name: string): SheetXml {
  const open = xml.indexOf('<sheetData>');
  const close = xml.indexOf('</sheetData>');
  if (open < 0 || close < open) throw new Error(`Feuille « ${name} » écrite sans lignes.`);
  const head = xml.slice(0, open + '<sheetData>'.length);
  const rows = [...xml.slice(open, close).matchAll(ROW)].map((m) => ({
    r: Number(m[1]),
    xml: m[0],
  }));
  return { head, rows, tail: xml.slice(close) };
}

/**
 * The head of a sheet with its used range (<dimension>) as the in-memory writer gives it for
 * the whole table: the thin sheet's columns (its header spans the table), down to its last row,
 * samples left out.
 */
function withDimension(head: string, rows: SheetXml['rows'], last: number): string {
  let bottom = last;
  for (const { r } of rows) if (r < SAMPLE_ROW && r > bottom) bottom = r;
  return head.replace(
    /(<dimension ref="[A-Z]+\d+:[A-Z]+)\d+("\/>)/,
    (_m, start: string, end: string) => `${start}${bottom}${end}`,
  );
}

/** Style index of each sample cell: [column][kind]. */
function sampleStyles(s: Streamed, rows: SheetXml['rows']): number[][] {
  const styles = s.t.columns.map(() => VALUE_KINDS.map(() => 0));
  for (const { r, xml } of rows) {
    const k = r - SAMPLE_ROW;
    if (k < 0) continue;
    for (const m of xml.matchAll(CELL)) {
      const j = columnNumber(m[1] as string) - s.c0;
      const id = /\bs="(\d+)"/.exec(m[2] as string)?.[1];
      const col = styles[j];
      if (col && id) col[k] = Number(id);
    }
  }
  return styles;
}

/**
 * The sheet's relationships with `added` hyperlinks after the in-memory writer's ones (which
 * ExcelJS numbers first) and the others renumbered after them; `shift` maps an old rId number.
 */
function withLinks(rels: string, added: RowLink[]): { xml: string; shift: (n: number) => number } {
  const all = [...rels.matchAll(/<Relationship\b[^>]*?\/>/g)].map((m) => m[0]);
  const links = all.filter((x) => x.includes(`Type="${HYPERLINK_REL}"`)).length;
  const shift = (n: number) => (n > links ? n + added.length : n);
  const renumbered = all.map((x) =>
    x.replace(/\bId="rId(\d+)"/, (_m, n: string) => `Id="rId${shift(Number(n))}"`),
  );
  const mine = added.map(
    (l, i) =>
      `<Relationship Id="rId${links + 1 + i}" Type="${HYPERLINK_REL}" Target="${xmlText(l.target)}" TargetMode="External"/>`,
  );
  const start = rels.indexOf('<Relationship ');
  const end = rels.lastIndexOf('</Relationships>');
  if (start < 0 || end < 0) throw new Error('Relations de feuille inattendues.');
  const body = [...renumbered.slice(0, links), ...mine, ...renumbered.slice(links)].join('');
  return { xml: rels.slice(0, start) + body + rels.slice(end), shift };
}

/** The tail of a sheet with the streamed rows' hyperlinks and renumbered relationships. */
function tailWithLinks(tail: string, added: RowLink[], shift: (n: number) => number): string {
  const out = tail.replace(
    /\br:id="rId(\d+)"/g,
    (_m, n: string) => `r:id="rId${shift(Number(n))}"`,
  );
  if (added.length === 0) return out;
  const first = [...out.matchAll(/<hyperlink\b/g)].length;
  const xml = added
    .map((l, i) => `<hyperlink ref="${l.ref}" r:id="rId${first + 1 + i}"/>`)
    .join('');
  return out.includes('</hyperlinks>')
    ? out.replace('</hyperlinks>', `${xml}</hyperlinks>`)
    : insertInSheet(out, 'hyperlinks', `<hyperlinks>${xml}</hyperlinks>`);
}

/** Write one streamed sheet, then its relationships. */
async function writeSheet(
  out: ZipWriter,
  path: string,
  xml: string,
  rels: string,
  s: Streamed,
  strings: SharedStrings,
): Promise<void> {
  const { head, rows, tail } = splitSheet(xml, s.sp.name);
  const table = new TableRows(s.t, s.c0, sampleStyles(s, rows), strings, s.sp.rowHeights ?? {});
  const first = s.r0 + s.kept + 1;
  const last = s.r0 + s.t.rows.length;
  const sheet = await out.entry(path);
  sheet.write(withDimension(head, rows, last));
  const links: RowLink[] = [];
  let i = 0;
  const streamRows = async () => {
    for (let r = first; r <= last; r++) {
      sheet.write(table.rowXml(r - s.r0 - 1, r, links));
      if (sheet.full) await sheet.flush();
    }
  };
  for (; i < rows.length && (rows[i]?.r ?? 0) < first; i++) sheet.write(rows[i]?.xml ?? '');
  await streamRows();
  for (; i < rows.length; i++) {
    const row = rows[i] as SheetXml['rows'][number];
    if (row.r >= SAMPLE_ROW) break;
    if (row.r <= last)
      throw new Error(`Ligne ${row.r} de la feuille « ${s.sp.name} » écrite deux fois.`);
    sheet.write(row.xml);
  }
  const relations = withLinks(rels, links);
  sheet.write(tailWithLinks(tail, links, relations.shift));
  await sheet.close();
  await out.file(relsOf(path), relations.xml);
}

/** A table part with the full range of its table (the thin plan's was shorter). */
function tablePart(xml: string, s: Streamed): string {
  const from = `${columnLetter(s.c0 - 1)}${s.r0}`;
  const to = `${columnLetter(s.c0 + s.t.columns.length - 2)}${s.r0 + s.t.rows.length}`;
  return xml.replace(/\bref="[^"]*"/g, `ref="${from}:${to}"`);
}

/** The shared-string part with the strings of the streamed rows appended. */
async function writeSharedStrings(
  out: ZipWriter,
  path: string,
  xml: string,
  strings: SharedStrings,
): Promise<void> {
  const end = xml.lastIndexOf('</sst>');
  if (end < 0) throw new Error('Table des chaînes partagées inattendue.');
  const count = (a: string) => Number(new RegExp(`\\b${a}="(\\d+)"`).exec(xml)?.[1] ?? 0);
  const head = xml
    .slice(0, end)
    .replace(/\bcount="\d+"/, `count="${count('count') + strings.refs}"`)
    .replace(/\buniqueCount="\d+"/, `uniqueCount="${count('uniqueCount') + strings.added.length}"`);
  const part = await out.entry(path);
  part.write(head);
  for (const s of strings.added) {
    part.write(sharedStringXml(s));
    if (part.full) await part.flush();
  }
  part.write('</sst>');
  await part.close();
}

/** Write the workbook of a plan into a sink, part after part. */
async function writeBook(plan: WorkbookPlan, sink: ZipSink): Promise<void> {
  const { thin, streamed } = thinPlan(plan);
  const skeleton = await JSZip.loadAsync(
    await planToXlsxInMemory(thin, (wb) => addSamples(wb, streamed)),
  );
  const text = (p: string) => skeleton.file(p)?.async('string') ?? Promise.resolve('');
  // Which part is whose: sheets by name, each streamed sheet's table part.
  const sheetOf = new Map<string, Streamed>();
  const tableOf = new Map<string, Streamed>();
  for (const [name, path] of await sheetParts(skeleton)) {
    const s = streamed.get(name);
    if (!s) continue;
    sheetOf.set(path, s);
    const rels = await text(relsOf(path));
    for (const m of rels.matchAll(/<Relationship\b[^>]*?\/>/g)) {
      const target = /\bTarget="\.\.\/tables\/([^"]+)"/.exec(m[0])?.[1];
      if (m[0].includes(TABLE_REL_SUFFIX) && target) tableOf.set(`xl/tables/${target}`, s);
    }
  }
  const relsOfStreamed = new Set([...sheetOf.keys()].map(relsOf));
  const sstPath = 'xl/sharedStrings.xml';
  const sst = await text(sstPath);
  const strings = new SharedStrings([...sst.matchAll(/<si\b/g)].length);

  const out = new ZipWriter(sink, workbookProperties(plan).modified);
  for (const [path, file] of Object.entries(skeleton.files)) {
    if (file.dir || path === sstPath || relsOfStreamed.has(path)) continue;
    const s = sheetOf.get(path);
    const table = tableOf.get(path);
    if (s) await writeSheet(out, path, await text(path), await text(relsOf(path)), s, strings);
    else if (table) await out.file(path, tablePart(await text(path), table));
    else await out.file(path, await file.async('uint8array'));
  }
  if (sst) await writeSharedStrings(out, sstPath, sst, strings);
  else if (strings.added.length)
    throw new Error('Table des chaînes partagées absente du classeur écrit.');
  await out.close();
}

/**
 * Write a plan as .xlsx to a Node writable stream (a file, a response…), row by row: the same
 * workbook as planToXlsx's in-memory path, memory flat whatever the number of rows. The stream
 * is ended once the archive is complete.
 */
export async function writePlanXlsx(
  plan: WorkbookPlan,
  target: NodeJS.WritableStream,
): Promise<void> {
  await writeBook(plan, {
    write: (chunk) =>
      target.write(chunk)
        ? undefined
        : new Promise<void>((resolve) => target.once('drain', resolve)),
  });
  await new Promise<void>((resolve) => target.end(resolve));
}

/** Render a plan into the bytes of an .xlsx file with the streaming writer. */
export async function planToXlsxStreamed(plan: WorkbookPlan): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  await writeBook(plan, {
    write: (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
    },
  });
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
