/**
 * LibreOffice's .ods (OpenDocument spreadsheet): content.xml read as a stream (xml.ts). Cells
 * give their typed value (float, percentage, currency, date, boolean, string) and formula; our
 * tables come back as LibreOffice's database ranges (same names), defined names as named
 * ranges, hidden sheets by their table style. Every cell is kept: tables are listed after them.
 */
import type { ReadNotes } from '../../core/read/types';
import type { CellValue } from '../../core/values/cell';
import {
  assemble,
  namePlan,
  type NamePlan,
  type SheetRead,
  type WorkbookRead,
} from '../xlsx/assemble';
import { MAX_CELLS } from '../xlsx/reader';
import type { ReadOptions } from '../xlsx/read';
import {
  CellBudget,
  MAX_COL,
  MAX_ROW,
  SheetCells,
  TooManyCells,
  decodeRange,
} from '../xlsx/reader-sheet';
import { parseXml } from '../xlsx/xml';
import type { Zip } from '../xlsx/zip';

/** One part of a cell range address: `$'Chaîne de valeur'.$A$1` → sheet and A1 reference. */
function addressPart(p: string): { sheet: string; ref: string } | undefined {
  const m = /^\$?(?:'((?:[^']|'')*)'|([^.']*))\.(\$?[A-Z]{1,3}\$?\d+)$/.exec(p.trim());
  if (!m) return undefined;
  return { sheet: (m[1] ?? '').replace(/''/g, "'") || (m[2] ?? ''), ref: m[3]!.replace(/\$/g, '') };
}

/** "Sheet.A1:Sheet.B5" or "$Sheet.$A$1:.$B$5" → sheet and A1 range. */
export function odsRange(address: string): { sheet: string; range: string } | undefined {
  const parts = address.split(/:(?=(?:[^']*'[^']*')*[^']*$)/);
  const a = addressPart(parts[0] ?? '');
  if (!a) return undefined;
  if (parts.length === 1) return { sheet: a.sheet, range: a.ref };
  const b = addressPart(parts[1] ?? '');
  if (!b) return undefined;
  return { sheet: a.sheet, range: `${a.ref}:${b.ref}` };
}

/** An ODF date or date-time value, as the UTC Date the .xlsx reader gives. */
function odsDate(v: string): CellValue {
  const d = new Date(/T\d\d:\d\d/.test(v) && !/Z|[+-]\d\d:\d\d$/.test(v) ? `${v}Z` : v);
  return Number.isNaN(d.getTime()) ? v : d;
}

/** Repetitions kept as cells at most for one row or cell (the rest of a sheet is empty). */
const MAX_REPEAT = 10000;

export async function readOds(
  zip: Zip,
  _name: string,
  options: ReadOptions,
): Promise<WorkbookRead> {
  const budget = new CellBudget(MAX_CELLS);
  const sheets: SheetRead[] = [];
  const hiddenStyles = new Set<string>();
  const names: NamePlan[] = [];
  const ranges: { name: string; sheet: string; range: string }[] = [];
  let styleName = '';
  let sheet: SheetRead | undefined;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  // The cell being read.
  let inCell = false;
  let cellRepeat = 1;
  let type = '';
  let attrs: Record<string, string> = {};
  let text = '';
  let paragraphs = 0;
  let link: string | undefined;
  let annotation = 0;
  let rowCells: { col: number; value: CellValue; formula: string | null; link?: string }[] = [];

  const store = (
    cells: SheetCells,
    r: number,
    c: number,
    value: CellValue,
    formula: string | null,
  ) => {
    if (r > cells.maxRow) cells.maxRow = r;
    if (c > cells.maxCol) cells.maxCol = c;
    if (++budget.used > budget.max) throw new TooManyCells();
    let line = cells.rows.get(r);
    if (!line) cells.rows.set(r, (line = { v: [], f: undefined }));
    line.v[c - 1] = value;
    if (formula !== null) (line.f ??= [])[c - 1] = formula;
  };

  const cellValue = (): CellValue => {
    switch (type) {
      case 'float':
      case 'percentage':
      case 'currency': {
        const n = Number(attrs['value']);
        return Number.isFinite(n) ? n : text;
      }
      case 'date':
        return odsDate(attrs['date-value'] ?? text);
      case 'boolean':
        return attrs['boolean-value'] === 'true';
      case 'string':
        return attrs['string-value'] ?? text;
      default:
        return text === '' ? null : text;
    }
  };

  await parseXml(zip.stream(zip.get('content.xml')!), {
    open(tag) {
      const a = tag.attributes;
      if (annotation > 0) {
        if (tag.name === 'annotation') annotation++;
        return;
      }
      switch (tag.name) {
        case 'style':
          styleName = a['name'] ?? '';
          return;
        case 'table-properties':
          if (a['display'] === 'false') hiddenStyles.add(styleName);
          return;
        case 'table':
          if (!a['name']) return;
          sheet = {
            name: a['name'],
            state: hiddenStyles.has(a['style-name'] ?? '') ? 'hidden' : 'visible',
            cells: new SheetCells(),
            tables: [],
          };
          sheets.push(sheet);
          row = 0;
          return;
        case 'table-row':
          rowRepeat = Math.max(1, Number(a['number-rows-repeated'] ?? 1) || 1);
          row++;
          col = 0;
          rowCells = [];
          return;
        case 'table-cell':
        case 'covered-table-cell': {
          inCell = true;
          cellRepeat = Math.max(1, Number(a['number-columns-repeated'] ?? 1) || 1);
          col++;
          type = a['value-type'] ?? '';
          attrs = a;
          text = '';
          paragraphs = 0;
          link = undefined;
          const rs = Number(a['number-rows-spanned'] ?? 1);
          const cs = Number(a['number-columns-spanned'] ?? 1);
          if (sheet && tag.name === 'table-cell' && (rs > 1 || cs > 1))
            sheet.cells.merges.push({
              top: row,
              left: col,
              bottom: Math.min(MAX_ROW, row + rs - 1),
              right: Math.min(MAX_COL, col + cs - 1),
            });
          return;
        }
        case 'annotation':
          annotation = 1;
          return;
        case 'p':
          if (inCell && paragraphs++ > 0) text += '\n';
          return;
        case 's':
          if (inCell) text += ' '.repeat(Math.max(1, Number(a['c'] ?? 1) || 1));
          return;
        case 'tab':
          if (inCell) text += '\t';
          return;
        case 'line-break':
          if (inCell) text += '\n';
          return;
        case 'a':
          if (inCell && a['href']) link = a['href'];
          return;
        case 'named-range': {
          const r = odsRange(a['cell-range-address'] ?? '');
          if (r && a['name']) ranges.push({ name: a['name'], ...r });
          return;
        }
        case 'database-range': {
          const n = a['name'] ?? '';
          const r = odsRange(a['target-range-address'] ?? '');
          const box = r && decodeRange(r.range);
          const target = r && sheets.find((s) => s.name === r.sheet);
          if (!n || n.startsWith('__Anonymous') || !box || !target) return;
          target.tables.push({
            part: {
              name: n,
              ref: r.range,
              headerRows: a['contains-header'] === 'false' ? 0 : 1,
              totalsRows: 0,
              columns: [],
              calculated: [],
            },
            box,
          });
          return;
        }
        default:
      }
    },
    text(t) {
      if (inCell && annotation === 0) text += t;
    },
    close(name) {
      if (annotation > 0) {
        if (name === 'annotation') annotation--;
        return;
      }
      if (name === 'table-cell' || name === 'covered-table-cell') {
        inCell = false;
        const value = name === 'covered-table-cell' ? null : cellValue();
        const f = attrs['formula'];
        const formula = f ? f.replace(/^of:=?/, '') : null;
        const v = formula !== null && value === null ? '' : value;
        if (v !== null || formula !== null) {
          const n = Math.min(cellRepeat, MAX_REPEAT);
          for (let k = 0; k < n; k++)
            rowCells.push({ col: col + k, value: v, formula, ...(link ? { link } : {}) });
        }
        col += cellRepeat - 1;
        return;
      }
      if (name === 'table-row' && sheet) {
        if (rowCells.length > 0) {
          const n = Math.min(rowRepeat, MAX_REPEAT);
          for (let k = 0; k < n; k++)
            for (const c of rowCells) {
              if (row + k > MAX_ROW || c.col > MAX_COL) continue;
              store(sheet.cells, row + k, c.col, c.value, c.formula);
              if (c.link) sheet.cells.links.set(`${row + k}:${c.col}`, c.link);
            }
        }
        row += rowRepeat - 1;
      }
    },
  });
  for (const r of ranges) {
    const plan = namePlan(r.name, r.sheet, r.range);
    if (plan) names.push(plan);
  }
  const notes: ReadNotes = { ods: true, application: 'LibreOffice (OpenDocument)' };
  return assemble(sheets, names, notes, options);
}
