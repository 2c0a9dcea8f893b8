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

/** Case-insensitive equality as COUNTIF/COUNTIFS apply it to a text criterion. */
export function criterionMatches(cell: CellValue | undefined, criterion: CellValue): boolean {
  if (criterion === null) return false;
  if (typeof criterion === 'number') return typeof cell === 'number' && cell === criterion;
  if (typeof criterion === 'string') {
    // Equal strings first: most cells match exactly, and lowercasing allocates two strings.
    return (
      typeof cell === 'string' &&
      (cell === criterion || cell.toLowerCase() === criterion.toLowerCase())
    );
  }
  return false;
}

export function isNumber(v: CellValue | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A hash key with the same equality as criterionMatches (for indexes). */
export function criterionKey(v: CellValue | undefined): string | undefined {
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'string') return `s:${v.toLowerCase()}`;
  return undefined;
}

/** A Map key with the same equality as criterionMatches; numbers stay numbers (no string built). */
export type MatchKey = string | number;

/** criterionKey for in-memory indexes: a Map tells the number 1 from the text "1". */
export function matchKey(v: CellValue | undefined): MatchKey | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.toLowerCase();
  return undefined;
}
