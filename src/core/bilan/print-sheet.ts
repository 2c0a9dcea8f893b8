import { columnLetter } from '../formula/refs';
import { pick } from '../i18n/lang';
import { evidenceLabel } from '../i18n/render';
import { percentByUnit, type PercentUnit } from '../indicators/percent-unit';
import { PRODUCT_VERSION } from '../plan/build';
import { percentFormatOf } from '../plan/percent-formats';
import { pageSetupOf, wrappedLines, type PageSetupContext } from '../plan/page-setup';
import type { CellPlan, NumberFormat, SheetPlan, WorkbookPlan } from '../plan/types';
import type { ColumnDef, Lang, TableDef, TemplateDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';

/*
 * Print sheets written row by row: the bilan's (build.ts) and the dialogue de gestion's
 * (dialogue.ts). Sections, header rows, tables of rows, key figures, and the plan they make.
 */

const T = {
  none: { fr: 'Aucune ligne sur la période.', en: 'No row in the period.' },
  created: { fr: 'Établi le', en: 'Made on' },
  text: { fr: 'texte : non compté', en: 'text: not counted' },
};
/** Kinds whose text values the workbook's formulas ignore (« 1 250 € » typed as text). */
const FIGURE_KINDS = new Set(['integer', 'number', 'money', 'percent', 'date']);

/**
 * Key figures sit in column C, right of their label (A, overflowing into the wide B, widened so
 * the template's longest label prints whole).
 */
export const FIGURE_COLUMN = 2;
const SECTION_FILL = 'FFD9E1F2';
const HEAD_FILL = 'FF4472C4';
const WHITE = 'FFFFFFFF';
const GREY = 'FF595959';
const LINE = 15;

const FORMAT: Partial<Record<ColumnDef['kind'], NumberFormat>> = {
  integer: 'integer',
  number: 'number',
  money: 'money',
  percent: 'percent',
  date: 'date',
};

export function fmtDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A print sheet written row by row (the bilan's, and the dialogue de gestion's). */
export class Sheet {
  readonly cells: CellPlan[] = [];
  readonly heights: Record<number, number> = {};
  row = 1;

  constructor(readonly widths: number[]) {}

  put(col: number, value: CellValue, style: Partial<CellPlan> = {}): void {
    if (value === null || value === undefined) {
      if (Object.keys(style).length === 0) return;
    }
    this.cells.push({ ref: `${columnLetter(col)}${this.row}`, value, ...style });
    if (typeof value === 'string' && style.wrap) {
      const width = this.widths[col] ?? 12;
      const lines = wrappedLines(value, width, !!style.bold);
      if (lines > 1) this.heights[this.row] = Math.max(this.heights[this.row] ?? 0, lines * LINE);
    }
  }

  section(title: string): void {
    this.row++;
    this.put(0, title, { bold: true, fill: SECTION_FILL, size: 12 });
    for (let c = 1; c < this.widths.length; c++) this.put(c, null, { fill: SECTION_FILL });
    this.row++;
  }

  header(labels: string[]): void {
    labels.forEach((l, c) =>
      this.put(c, l, { bold: true, fill: HEAD_FILL, color: WHITE, wrap: true }),
    );
    this.row++;
  }

  /** A key figure's line: its label, then its value (bold) in FIGURE_COLUMN. */
  figure(label: string, value: CellValue | undefined, numFmt: NumberFormat): void {
    this.put(0, label);
    this.put(FIGURE_COLUMN, value === '' || value === undefined ? null : value, {
      numFmt,
      bold: true,
    });
    this.row++;
  }

  /** « Établi le … », in the last column of the current row. */
  madeOn(now: Date, lang: Lang): void {
    this.put(this.widths.length - 1, `${pick(lang, T.created)} ${fmtDate(now)}`, {
      italic: true,
      color: GREY,
    });
  }

  /** The sheet's plan, its page set up for printing in the given orientation. */
  plan(name: string, setup: PageSetupContext, orientation: 'portrait' | 'landscape'): SheetPlan {
    const sheet: SheetPlan = {
      name,
      state: 'visible',
      protect: false,
      frozen: { rows: 0, columns: 0 },
      widths: [...this.widths],
      cells: this.cells,
      validations: [],
      conditionalFormats: [],
      ...(Object.keys(this.heights).length > 0 ? { rowHeights: this.heights } : {}),
    };
    sheet.pageSetup = { ...pageSetupOf(sheet, setup), orientation };
    return sheet;
  }
}

/** The workbook of some print sheets of a template's workbook, made on `now`. */
export function printBook(
  t: TemplateDef,
  lang: Lang,
  now: Date,
  sheets: SheetPlan[],
): WorkbookPlan {
  return {
    template: t.id,
    version: t.version,
    lang,
    productVersion: PRODUCT_VERSION,
    created: now.toISOString().slice(0, 10),
    sheets,
    names: [],
  };
}

/** Columns of a table by id, where the template has them. */
function pickColumns(def: TableDef | undefined, ids: string[]): { col: ColumnDef; id: string }[] {
  if (!def) return [];
  return ids.flatMap((id) => {
    const col = def.columns.find((c) => c.id === id);
    return col ? [{ col, id }] : [];
  });
}

export function rowsTable(
  s: Sheet,
  def: TableDef,
  rows: Row[],
  ids: string[],
  lang: Lang,
  /** Columns shown as percentages on the rows whose unit says so (Unité = Pourcentage). */
  units: PercentUnit[] = [],
): void {
  const cols = pickColumns(def, ids);
  s.header(cols.map((c) => c.col.header));
  if (rows.length === 0) {
    s.put(0, pick(lang, T.none), { italic: true, color: GREY });
    s.row++;
  }
  for (const r of rows) {
    cols.forEach(({ col, id }, j) => {
      let v = r[id] ?? null;
      // The workbook's formula lists the missing proofs by their French labels: said in the bilan's language.
      if (col.computed?.kind === 'missingProofs' && typeof v === 'string' && v !== '')
        v = v
          .split(', ')
          .map((m) => evidenceLabel(m, lang))
          .join(', ');
      // A figure typed as text counts in no total of the workbook: the page says so beside it.
      if (FIGURE_KINDS.has(col.kind) && !col.computed && typeof v === 'string' && v.trim() !== '')
        v = `${v} (${pick(lang, T.text)})`;
      const numFmt =
        typeof v === 'number' && percentByUnit(units, id, r)
          ? percentFormatOf(v)
          : FORMAT[col.kind];
      // Wrapped and top-aligned, so a row's cells line up whatever their length.
      s.put(j, v === '' ? null : v, { ...(numFmt && v !== null ? { numFmt } : {}), wrap: true });
    });
    s.row++;
  }
}
