/**
 * Tables found again by their header rows. Gnumeric (ssconvert) and SheetJS drop the table parts
 * of an .xlsx but keep the cells: a contract table whose part is gone is looked for on its sheet,
 * at the row holding the template's exact headers, and read down to the sheet's last non-empty
 * row. What is found is reported (ReadNotes.recovered), so the checker can say so.
 */
import { TEMPLATES, getTemplate } from '../../core/templates';
import type { TableDef } from '../../core/templates/types';
import type { CellValue } from '../../core/values/cell';
import { encodeCell } from '../../core/read/address';
import type { ReadOptions } from './read';
import type { WorkbookRead } from './reader';
import type { SheetCells } from './reader-sheet';

const text = (v: CellValue) => (typeof v === 'string' ? v.trim() : '');

/** The first row and column where the table's headers stand in order, if any. */
function findHeaders(def: TableDef, cells: SheetCells): { row: number; col: number } | undefined {
  const headers = def.columns.map((c) => c.header);
  const first = headers[0];
  if (!first) return undefined;
  const rows = [...cells.rows.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    const line = cells.rows.get(r)!;
    for (let i = 0; i < line.v.length; i++) {
      if (text(line.v[i] ?? null) !== first) continue;
      if (headers.every((h, k) => text(line.v[i + k] ?? null) === h)) return { row: r, col: i + 1 };
    }
  }
  return undefined;
}

export function recoverTables(
  values: WorkbookRead,
  cellsOf: Map<string, SheetCells>,
  options: ReadOptions,
): void {
  const id = values.meta.template;
  const own = typeof id === 'string' ? getTemplate(id) : undefined;
  const templates = own ? [own] : Object.values(TEMPLATES);
  const known = new Set(values.tables.map((t) => t.name.toLowerCase()));
  const withTables = new Set(values.tables.map((t) => t.sheet));
  for (const t of templates) {
    for (const def of t.tables) {
      if (known.has(def.name.toLowerCase()) || withTables.has(def.sheet)) continue;
      const cells = cellsOf.get(def.sheet);
      if (!cells) continue;
      const at = findHeaders(def, cells);
      if (!at) continue;
      const headerLine = cells.rows.get(at.row)!;
      let right = at.col + def.columns.length - 1;
      while (text(headerLine.v[right] ?? null) !== '') right++;
      let bottom = at.row;
      for (const [r, line] of cells.rows) {
        if (r <= bottom) continue;
        for (let c = at.col; c <= right; c++)
          if ((line.v[c - 1] ?? null) !== null || line.f?.[c - 1]) {
            bottom = r;
            break;
          }
      }
      const headers: string[] = [];
      for (let c = at.col; c <= right; c++) headers.push(text(headerLine.v[c - 1] ?? null));
      const rows: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const links: (string | null)[][] = [];
      for (let r = at.row + 1; r <= bottom; r++) {
        const row: CellValue[] = [];
        const frow: (string | null)[] = [];
        const lrow: (string | null)[] = [];
        for (let c = at.col; c <= right; c++) {
          row.push(cells.value(r, c));
          frow.push(cells.formula(r, c));
          lrow.push(cells.link(r, c));
        }
        rows.push(row);
        formulas.push(frow);
        links.push(lrow);
      }
      const origin = encodeCell(at.row, at.col - 1);
      values.tables.push({
        name: def.name,
        sheet: def.sheet,
        origin,
        headers,
        values: rows,
        formulas,
        ...(options.everything ? { links } : {}),
      });
      known.add(def.name.toLowerCase());
      (values.notes.recovered ??= []).push({ table: def.name, sheet: def.sheet, origin });
      // The cells of a recovered table are no longer loose.
      if (values.loose)
        values.loose = values.loose.filter((l) => {
          if (l.sheet !== def.sheet) return true;
          const m = /^([A-Z]+)(\d+)$/.exec(l.ref);
          if (!m) return true;
          let c = 0;
          for (const ch of m[1] as string) c = c * 26 + ch.charCodeAt(0) - 64;
          const r = Number(m[2]);
          return !(r >= at.row && r <= bottom && c >= at.col && c <= right);
        });
    }
  }
}
