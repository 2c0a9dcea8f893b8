import JSZip from 'jszip';
import {
  WORKBOOK_PART,
  definedNamesOf,
  isPrintName,
  withDefinedNames,
  workbookSheets,
} from './workbook-part';

/**
 * The print areas and print titles of a workbook part (`_xlnm.Print_Area`, `_xlnm.Print_Titles`),
 * kept by sheet name. ExcelJS loses them on a round trip: it writes every area back with relative
 * rows (`$A1:$I13`, so LibreOffice prints every empty row below) and keeps only the first range of
 * an area made of several (the Synthèse's figures then its charts). The demo keeps the names of
 * the files it renders or opens, and puts them back in the file it downloads.
 */
export type PrintNames = Map<string, { name: string; text: string }[]>;

/** The sheet names of a workbook part, in order: localSheetId indexes this list. */
const sheetNames = (wbXml: string) => workbookSheets(wbXml).map((s) => s.name);

/** The print names of a workbook part, by the name of the sheet they belong to. */
export function printNamesOf(wbXml: string): PrintNames {
  const sheets = sheetNames(wbXml);
  const out: PrintNames = new Map();
  for (const n of definedNamesOf(wbXml)) {
    const sheet = n.localSheetId === undefined ? undefined : sheets[n.localSheetId];
    if (!isPrintName(n) || sheet === undefined) continue;
    out.set(sheet, [...(out.get(sheet) ?? []), { name: n.name, text: n.text }]);
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
  const add = sheets.flatMap((sheet, localSheetId) =>
    (kept.get(sheet) ?? []).map((n) => ({ ...n, localSheetId })),
  );
  return withDefinedNames(wbXml, add, (n) => {
    const sheet = n.localSheetId === undefined ? undefined : sheets[n.localSheetId];
    return isPrintName(n) && sheet !== undefined && replaced.has(sheet);
  });
}

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
