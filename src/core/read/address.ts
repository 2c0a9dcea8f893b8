import { columnLetter } from '../formula/refs';

/** "C7" → { row: 7, column: 2 } (1-based row, 0-based column); undefined when not A1. */
export function decodeCell(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column: column - 1 };
}

/** { row: 7, column: 2 } → "C7". */
export function encodeCell(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
