import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * Load .xlsx bytes into ExcelJS. Table parts are cleaned first: ExcelJS 4.4 loses table columns
 * after a <calculatedColumnFormula> child (which Excel writes for every calculated column, and
 * so does our writer). Cell formulas are untouched, so nothing a reader needs is lost.
 */
export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(bytes);
  const tables = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  for (const p of tables) {
    const xml = await zip.file(p)!.async('string');
    const clean = xml
      .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<(calculatedColumnFormula|totalsRowFormula)\b[^>]*\/>/g, '');
    if (clean !== xml) zip.file(p, clean);
  }
  const wb = new ExcelJS.Workbook();
  const data = tables.length
    ? await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
    : bytes;
  await wb.xlsx.load(data as ArrayBuffer);
  return wb;
}
