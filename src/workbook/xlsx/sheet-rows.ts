import { columnLetter } from '../../core/formula/refs';
import type { TablePlan } from '../../core/plan/types';
import type { CellValue } from '../../core/values/cell';
import { linkCellValue, tableCellValue } from './render';
import { xmlText } from './xml-text';

/*
 * A table's data rows as worksheet XML (ECMA-376 §18.3.1.73 row, §18.3.1.4 c), written the way
 * ExcelJS's in-memory writer writes them, so that both writers' files read back the same: the
 * streaming writer (render-stream.ts) takes everything else of a sheet from the in-memory
 * writer's own output, and these rows from here.
 */

/**
 * What decides a data cell's style index besides its column: ExcelJS gives a number or a date
 * without a number format a default one ('General', 'mm-dd-yy'). Index = kind.
 */
export const VALUE_KINDS: readonly CellValue[] = [
  null,
  0,
  'x',
  true,
  new Date(Date.UTC(2026, 0, 1)),
];

/** The kind (index in VALUE_KINDS) of a value written in a cell; text and links are text. */
function kindOf(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return 1;
  if (typeof v === 'boolean') return 3;
  if (v instanceof Date) return 4;
  return 2;
}

/** A serial date as ExcelJS writes a Date (1900 system, no correction before March 1900). */
const dateSerial = (d: Date) => 25569 + d.getTime() / 86_400_000;

/** The shared-string table: the in-memory writer's strings first, then those written here. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  readonly added: string[] = [];
  refs = 0;

  constructor(private readonly first: number) {}

  id(s: string): number {
    this.refs++;
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.first + this.added.length;
      this.ids.set(s, i);
      this.added.push(s);
    }
    return i;
  }
}

/** A string item of the shared-string part, as ExcelJS writes it. */
export function sharedStringXml(s: string): string {
  const space = /^\s|\n|\s$/.test(s) ? ' xml:space="preserve"' : '';
  return `<si><t${space}>${xmlText(s)}</t></si>`;
}

/** A hyperlink written in a row: its cell and target. */
export interface RowLink {
  ref: string;
  target: string;
}

/**
 * Writes the data rows of one table. `styles[j][kind]` is the style index ExcelJS gave column j
 * for a value of that kind (0: none), read from the in-memory writer's output.
 */
export class TableRows {
  private readonly letters: string[];
  /** Per column: what follows the row number in a formula cell (style and formula). */
  private readonly formulaTail: (string | undefined)[];
  private readonly links = new Map<number, Map<number, string>>();
  private readonly spans: string;

  constructor(
    private readonly t: TablePlan,
    c0: number,
    private readonly styles: number[][],
    private readonly strings: SharedStrings,
    /** Row heights (points) by sheet row. */
    private readonly heights: Readonly<Record<number, number>>,
  ) {
    this.letters = t.columns.map((_c, j) => columnLetter(c0 - 1 + j));
    this.formulaTail = t.columns.map((c, j) =>
      c.formula ? `"${this.style(j, 0)}><f>${xmlText(c.formula)}</f></c>` : undefined,
    );
    for (const l of t.links ?? []) {
      const link = linkCellValue(t, l);
      if (!link) continue;
      const row = this.links.get(l.row) ?? new Map<number, string>();
      row.set(l.column, l.target);
      this.links.set(l.row, row);
    }
    this.spans = `${c0}:${c0 + t.columns.length - 1}`;
  }

  private style(j: number, kind: number): string {
    const s = this.styles[j]?.[kind] ?? 0;
    return s ? ` s="${s}"` : '';
  }

  /** Data row i (0-based) at sheet row r; its kept hyperlinks are pushed onto `links`. */
  rowXml(i: number, r: number, links: RowLink[]): string {
    const t = this.t;
    const values = t.rows[i] as CellValue[];
    const rowLinks = this.links.get(i);
    let cells = '';
    for (let j = 0; j < t.columns.length; j++) {
      const ref = `${this.letters[j]}${r}`;
      const tail = this.formulaTail[j];
      if (tail) {
        cells += `<c r="${ref}${tail}`;
        continue;
      }
      const target = rowLinks?.get(j);
      const value = target
        ? linkCellValue(t, { row: i, column: j, target })?.text
        : tableCellValue(t, values, j);
      if (target) links.push({ ref, target });
      const kind = kindOf(value);
      const s = this.style(j, kind);
      if (kind === 0) {
        if (s) cells += `<c r="${ref}"${s}/>`;
      } else if (kind === 1) cells += `<c r="${ref}"${s}><v>${value as number}</v></c>`;
      else if (kind === 2) {
        cells += `<c r="${ref}"${s} t="s"><v>${this.strings.id(value as string)}</v></c>`;
      } else if (kind === 3) cells += `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      else cells += `<c r="${ref}"${s}><v>${dateSerial(value as Date)}</v></c>`;
    }
    // Every table cell exists in ExcelJS's row (each is styled), written or not: spans and row.
    const h = this.heights[r];
    const height = h ? ` ht="${h}" customHeight="1"` : '';
    return `<row r="${r}"${height} spans="${this.spans}" x14ac:dyDescent="0.25">${cells}</row>`;
  }
}
