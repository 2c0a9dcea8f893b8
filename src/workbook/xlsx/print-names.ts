import JSZip from 'jszip';
import { xmlEscape, xmlUnescape } from './render';

/**
 * The print areas and print titles of a workbook part (`_xlnm.Print_Area`, `_xlnm.Print_Titles`),
 * kept by sheet name. ExcelJS loses them on a round trip: it writes every area back with relative
 * rows (`$A1:$I13`, so LibreOffice prints every empty row below) and keeps only the first range of
 * an area made of several (the Synthèse's figures then its charts). The demo keeps the names of
 * the files it renders or opens, and puts them back in the file it downloads.
 */
export type PrintNames = Map<string, { name: string; text: string }[]>;

const PRINT_NAME = /^_xlnm\.Print_(Area|Titles)$/i;

/** The sheet names of a workbook part, in order: localSheetId indexes this list. */
function sheetNames(wbXml: string): string[] {
  const sheets = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(wbXml)?.[1] ?? '';
  return [...sheets.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => xmlUnescape(m[1]!));
}

const DEFINED_NAME = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The print names of a workbook part, by the name of the sheet they belong to. */
export function printNamesOf(wbXml: string): PrintNames {
  const sheets = sheetNames(wbXml);
  const out: PrintNames = new Map();
  for (const m of wbXml.matchAll(DEFINED_NAME)) {
    const name = xmlUnescape(attr(m[1]!, 'name') ?? '');
    const local = attr(m[1]!, 'localSheetId');
    const sheet = local === undefined ? undefined : sheets[Number(local)];
    if (!PRINT_NAME.test(name) || sheet === undefined) continue;
    out.set(sheet, [...(out.get(sheet) ?? []), { name, text: xmlUnescape(m[2]!) }]);
  }
  return out;
}

/**
 * The workbook part with the kept print names in place of whatever print names its sheets have
 * now; sheets with no kept names keep theirs.
 */
export function withPrintNames(wbXml: string, kept: PrintNames): string {
  const sheets = sheetNames(wbXml);
  const replaced = new Set(sheets.filter((s) => kept.has(s)));
  if (replaced.size === 0) return wbXml;
  let xml = wbXml.replace(DEFINED_NAME, (whole, attrs: string) => {
    const name = xmlUnescape(attr(attrs, 'name') ?? '');
    const local = attr(attrs, 'localSheetId');
    const sheet = local === undefined ? undefined : sheets[Number(local)];
    return PRINT_NAME.test(name) && sheet !== undefined && replaced.has(sheet) ? '' : whole;
  });
  const defs = sheets
    .flatMap((sheet, i) =>
      (kept.get(sheet) ?? []).map(
        (n) =>
          `<definedName name="${xmlEscape(n.name)}" localSheetId="${i}">${xmlEscape(n.text)}</definedName>`,
      ),
    )
    .join('');
  if (/<definedNames>/.test(xml)) return xml.replace('</definedNames>', `${defs}</definedNames>`);
  xml = xml.replace(/<definedNames\/>|<definedNames><\/definedNames>/, '');
  return xml.replace('</sheets>', `</sheets><definedNames>${defs}</definedNames>`);
}

const WORKBOOK_PART = 'xl/workbook.xml';

/** The print names of an .xlsx file (none when its workbook part is elsewhere). */
export async function readPrintNames(bytes: ArrayBuffer | Uint8Array): Promise<PrintNames> {
  const part = (await JSZip.loadAsync(bytes)).file(WORKBOOK_PART);
  return part ? printNamesOf(await part.async('string')) : new Map();
}

/** An .xlsx file with the kept print names put back (see withPrintNames). */
export async function restorePrintNames(
  bytes: ArrayBuffer | Uint8Array,
  kept: PrintNames,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(WORKBOOK_PART);
  if (part) zip.file(WORKBOOK_PART, withPrintNames(await part.async('string'), kept));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
