/** A cell value as both Office.js and ExcelJS give it once formulas are resolved. */
export type CellValue = number | string | boolean | Date | null;

/** A table row keyed by column id (see ColumnDef.id). */
export type Row = Record<string, CellValue>;

/** Blank as a spreadsheet sees it after TRIM: nothing, or only spaces. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') {
    // Only spaces (U+0020), as TRIM removes them; a loop rather than a regex copy.
    for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) !== 32) return false;
    return true;
  }
  return false;
}

/**
 * Letter case folded the way LibreOffice's case-insensitive `=` compares text (and Excel's for
 * the letters French uses): "A" = "a", "É" = "é", "Œ" = "œ", "ς" = "σ"; accents are kept
 * ("é" ≠ "e"), and "ß" stays itself. ASCII text (nearly every id) takes the quick path.
 */
export function foldCase(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += ch === 'ß' || ch === 'ẞ' ? ch : ch.toUpperCase().toLowerCase();
  return out;
}

/** Days since 1899-12-30 (the 1900 date system), as a spreadsheet holds a date. */
function serialOf(d: Date): number {
  const serial = (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * The number a spreadsheet holds for a cell, or undefined for text and blanks: numbers, dates
 * (their serial) and, as LibreOffice stores them, VRAI/FAUX (1 and 0).
 */
export function numericValue(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? undefined : serialOf(v);
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/**
 * « The same value », as the workbook's `=` compares two cells (docs/identifiants.md): a number
 * equals a number (dates are numbers), a text equals a text with letter case ignored, and a
 * number never equals a text (1 ≠ "1"). No wildcard, no operator, no conversion.
 */
export function criterionMatches(cell: CellValue | undefined, criterion: CellValue): boolean {
  if (criterion === null) return false;
  if (typeof criterion === 'string') {
    // Equal strings first: most cells match exactly, and folding allocates two strings.
    return (
      typeof cell === 'string' && (cell === criterion || foldCase(cell) === foldCase(criterion))
    );
  }
  const n = numericValue(criterion);
  return n !== undefined && numericValue(cell) === n;
}

export function isNumber(v: CellValue | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A Map key with the same equality as criterionMatches; numbers stay numbers (no string built). */
export type MatchKey = string | number;

/**
 * A key with the equality of criterionMatches, for indexes: a Map tells the number 1 from the
 * text "1". Undefined for a blank cell.
 */
export function matchKey(v: CellValue | undefined): MatchKey | undefined {
  if (typeof v === 'string') return foldCase(v);
  return numericValue(v);
}

/** A string key for merge's row identity: numbers and texts (case ignored) only. */
export function criterionKey(v: CellValue | undefined): string | undefined {
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'string') return `s:${v.toLowerCase()}`;
  return undefined;
}

/**
 * The key the same id would have typed with the other type: the number 1 for the text "1" (as
 * JavaScript writes it back), the text "1" for the number 1. Undefined when there is none.
 */
export function typeTwin(v: CellValue | undefined): MatchKey | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  const n = Number(t);
  return t !== '' && Number.isFinite(n) && String(n) === t ? n : undefined;
}
