/**
 * Structured references in file syntax (the form LibreOffice and every Excel read from a file).
 * @example col('Indicateurs', "Taux d'atteinte") === "Indicateurs[Taux d''atteinte]"
 */
export function escapeColumn(name: string): string {
  return name.replace(/['#[\]]/g, (c) => `'${c}`);
}

export function col(table: string, column: string): string {
  return `${table}[${escapeColumn(column)}]`;
}

/** The long form of `[@Column]`, which LibreOffice requires in files. */
export function thisRow(table: string, column: string): string {
  return `${table}[[#This Row],[${escapeColumn(column)}]]`;
}

/** A string literal inside a formula. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Functions newer than the file format (Excel 2010+) are written `_xlfn.NAME` in a file, or Excel
 * shows #NAME? (LibreOffice reads both); the Office.js adapter types them without the prefix.
 */
export const FUTURE_FUNCTIONS = ['AGGREGATE'] as const;
export const fileFunction = (name: (typeof FUTURE_FUNCTIONS)[number]): string => `_xlfn.${name}`;

/** A file formula as typed in Excel (Office.js): the `_xlfn.` prefixes dropped. */
export function typedFormula(formula: string): string {
  return formula.replace(/_xlfn\./g, '');
}

/** A formula read from Excel (Office.js) in file syntax: its newer functions prefixed. */
export function fileFormula(formula: string): string {
  return formula.replace(
    new RegExp(`(?<![._A-Za-z0-9])(${FUTURE_FUNCTIONS.join('|')})\\(`, 'g'),
    '_xlfn.$1(',
  );
}

/** A sheet name as it must appear in a reference. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** 0-based column index → letters (0 → A). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Absolute A1 range on a sheet, e.g. `Listes!$A$2:$A$40`. */
export function absRange(
  sheet: string,
  col0: number,
  row1: number,
  col1: number,
  row2: number,
): string {
  const a = `$${columnLetter(col0)}$${row1}`;
  const b = `$${columnLetter(col1)}$${row2}`;
  return `${sheetRef(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/**
 * An A1 range, rows or columns with $ signs: `A1:P12` → `$A$1:$P$12`, `1:2` → `$1:$2`; several
 * areas, comma-separated, each: `A1:B9,E1:L9` → `$A$1:$B$9,$E$1:$L$9`.
 */
export function absoluteRange(range: string): string {
  return range
    .split(',')
    .map((area) =>
      area
        .split(':')
        .map((p) =>
          p.replace(
            /^([A-Z]*)(\d*)$/,
            (_m, c: string, r: string) => `${c ? `$${c}` : ''}${r ? `$${r}` : ''}`,
          ),
        )
        .join(':'),
    )
    .join(',');
}

/** Each area of a range on a sheet, absolute: `'Synthèse'!$A$1:$B$9,'Synthèse'!$E$1:$L$9`. */
export function sheetAreas(sheet: string, range: string): string {
  return absoluteRange(range)
    .split(',')
    .map((a) => `${sheetRef(sheet)}!${a}`)
    .join(',');
}
