import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { resolveTarget } from './reader-parts';

/** A relationship target relative to the folder of its source part (as ExcelJS expects). */
function relative(source: string, absolute: string): string {
  const from = source.split('/').slice(0, -1);
  const to = absolute.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/** Rewrite a .rels part's absolute targets ("/xl/tables/table1.xml", openpyxl) as relative ones. */
function relativeTargets(relsPath: string, xml: string): string {
  const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(relsPath);
  const source = m ? `${m[1]}${m[2]}` : '';
  return xml.replace(/(<(?:\w+:)?Relationship\b[^>]*\bTarget=")(\/[^"]*)(")/g, (all, a, t, b) =>
    /TargetMode="External"/.test(all)
      ? all
      : `${a}${relative(source, resolveTarget(source, t))}${b}`,
  );
}

/** A table part ExcelJS can load and write again: no column formulas, a name, a style. */
function cleanTable(xml: string, n: number): string {
  let out = xml
    .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*\/>/g, '')
    .replace(/<xmlColumnPr\b[^>]*\/>/g, '')
    .replace(/<xmlColumnPr\b[^>]*>[\s\S]*?<\/xmlColumnPr>/g, '');
  if (!/<table\b[^>]*\bname="/.test(out))
    out = out.replace(/<table\b/, `<table name="Tableau${n}"`);
  if (!/<table\b[^>]*\bdisplayName="/.test(out))
    out = out.replace(/<table\b/, `<table displayName="Tableau${n}"`);
  // LibreOffice writes tables without a style; ExcelJS cannot write those back.
  if (!/<tableStyleInfo\b/.test(out))
    out = out.replace(
      /<\/table>\s*$/,
      '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
    );
  return out;
}

/** ExcelJS checks each merge against all others: beyond this many, a report copy is refused. */
export const MAX_MERGES = 10000;

export class TooManyMerges extends Error {}

/** The last row a worksheet part holds. */
function lastRow(xml: string): number {
  let last = 1;
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g))
    last = Math.max(last, Number(m[1]));
  return last;
}

/**
 * Ranges over whole columns or far below the data (data validations, merges, conditional
 * formats) clipped to the sheet's last row: ExcelJS makes one cell model per cell they cover.
 */
function clipRanges(xml: string): string {
  const merges = (xml.match(/<(?:\w+:)?mergeCell\b/g) ?? []).length;
  if (merges > MAX_MERGES) throw new TooManyMerges(`${merges} merged ranges`);
  if (!/(?:sqref|ref)="[^"]*(?:\b[A-Z]{1,3}:[A-Z]{1,3}\b|\d{6,7})/.test(xml)) return xml;
  const bottom = lastRow(xml) + 1000;
  const clip = (range: string) =>
    range
      .split(' ')
      .map((r) => {
        const m = /^(\$?[A-Z]{1,3})(\$?\d*)(?::(\$?[A-Z]{1,3})(\$?\d*))?$/.exec(r);
        if (!m) return r;
        const top = m[2] ? Number(m[2].replace('$', '')) : 1;
        const end = m[4] ? Number(m[4].replace('$', '')) : m[3] ? 1048576 : top;
        if (end <= bottom) return r;
        return `${m[1]}${top}:${m[3] ?? m[1]}${Math.max(top, bottom)}`;
      })
      .join(' ');
  return xml
    .replace(
      /(<(?:\w+:)?(?:dataValidation|conditionalFormatting)\b[^>]*\bsqref=")([^"]*)"/g,
      (_a, p, r) => `${p}${clip(r)}"`,
    )
    .replace(/(<(?:\w+:)?mergeCell\b[^>]*\bref=")([^"]*)"/g, (_a, p, r) => `${p}${clip(r)}"`);
}

/**
 * A sheet without its <drawing>: ExcelJS drops drawings when it writes, and fails on some it
 * reads (openpyxl's rewritten chart anchors). Charts are carried back by charts.ts carryCharts.
 */
const withoutDrawing = (xml: string): string => xml.replace(/<(?:\w+:)?drawing\b[^>]*\/>/g, '');
const withoutDrawingRels = (xml: string): string =>
  xml.replace(/<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/(?:drawing|chart)"[^>]*\/>/g, '');

/**
 * Load .xlsx bytes into ExcelJS (the writer's model, for a report copy and the demo pane). The
 * package is made as ExcelJS expects it first: relative relationship targets, table parts without
 * what its parser loses columns on (<calculatedColumnFormula>, <xmlColumnPr>), with a name and a
 * style, and sheets without drawings. Cell formulas are untouched, so nothing a reader needs is lost.
 */
export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  let n = 0;
  for (const p of Object.keys(zip.files)) {
    if (/^xl\/(drawings|charts)\//.test(p)) {
      zip.remove(p);
      changed = true;
      continue;
    }
    const isRels = /(^|\/)_rels\/[^/]+\.rels$/.test(p);
    const isTable = /^xl\/tables\/[^/]+\.xml$/.test(p);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(p);
    if (!isRels && !isTable && !isSheet) continue;
    const xml = await zip.file(p)!.async('string');
    const clean = isRels
      ? withoutDrawingRels(relativeTargets(p, xml))
      : isTable
        ? cleanTable(xml, ++n)
        : withoutDrawing(clipRanges(xml));
    if (clean !== xml) {
      zip.file(p, clean);
      changed = true;
    }
  }
  const wb = new ExcelJS.Workbook();
  const data = changed
    ? await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
    : bytes;
  await wb.xlsx.load(data as ArrayBuffer);
  return wb;
}
