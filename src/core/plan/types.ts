import type { Lang, TemplateId } from '../templates/types';
import type { CellValue } from '../values/cell';

/**
 * A workbook described before it is written. Both writers (ExcelJS, Office.js) render this and
 * nothing else; see docs/plan.md. Addresses are A1 strings on the sheet; formulas are in file
 * syntax without the leading "=".
 */
export interface WorkbookPlan {
  template: TemplateId;
  version: number;
  lang: Lang;
  productVersion: string;
  /** ISO date (YYYY-MM-DD). */
  created: string;
  sheets: SheetPlan[];
  /** Workbook-scope defined names: answer lists and summary cells. */
  names: NamePlan[];
}

export interface NamePlan {
  name: string;
  /** Absolute reference, e.g. `Listes!$A$2:$A$31`. */
  ref: string;
}

export interface SheetPlan {
  name: string;
  state: 'visible' | 'veryHidden';
  /** Sheet protection without password; only locked cells are protected. */
  protect: boolean;
  frozen: { rows: number; columns: number };
  /** Column widths in characters, from column A. */
  widths: number[];
  /**
   * 0-based columns shown on screen but left out of the printed pages (the Synthèse's defined
   * names, which mean nothing on paper).
   */
  screenOnly?: number[];
  cells: CellPlan[];
  table?: TablePlan;
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  /**
   * Row heights in points by 1-based row, where wrapped text needs more than one line (written
   * explicitly: LibreOffice does not fit rows to their text when it opens a file).
   */
  rowHeights?: Record<number, number>;
  /** Native charts drawn over the sheet, reading the workbook's cells. */
  charts?: ChartPlan[];
  /** Data bars (0 % to 100 %) on rate columns. */
  dataBars?: DataBarPlan[];
  /**
   * Ranges (A1) whose cells, formulas given in `cells`, fill down from the range's first row: each
   * row's formulas are the first row's with relative references moved (the dashboard's lines).
   * Office.js writes the first row and copies it down, so the request does not grow with rows.
   */
  fills?: string[];
  /** How the sheet prints (absent: the program's defaults, e.g. on the hidden _meta sheet). */
  pageSetup?: PageSetupPlan;
}

/**
 * Print layout of a sheet, rendered by both writers. Header and footer texts use Excel's
 * header codes (&A sheet name, &P page, &N pages, &D date, && a literal ampersand), which
 * Office.js and LibreOffice read as well.
 */
export interface PageSetupPlan {
  orientation: 'portrait' | 'landscape';
  /**
   * Pages across and down the printed area is scaled to (0: as many as it takes). Ignored when
   * `scale` is set: Excel ignores manual page breaks on a sheet scaled to fit.
   */
  fit: { width: number; height: number };
  /** A fixed scale (percent, 10 to 100), for sheets whose pages are cut by manual breaks. */
  scale?: number;
  /**
   * Printed range (A1, e.g. `A1:P12`): the table's used rows, not its spare ones. Several areas,
   * comma-separated, print each on pages of their own (`A1:B64,E1:L64`: the Synthèse without its
   * name column).
   */
  area?: string;
  /** Rows repeated at the top of every page, e.g. `1:2`. */
  titleRows?: string;
  /** Columns repeated at the left of every page, e.g. `A:A` (the key of a wide table). */
  titleColumns?: string;
  /** Manual page breaks: 1-based rows after which a new page starts (a chart never splits). */
  breaks?: number[];
  /** Manual page breaks: 1-based columns after which a new page starts (charts beside figures). */
  columnBreaks?: number[];
  /** Inches. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  header: HeaderFooterPlan;
  footer: HeaderFooterPlan;
}

/**
 * A chart over cells of the workbook. References are absolute, with their sheet
 * (`'Synthèse'!$A$12:$A$14`), so the chart follows what is typed there.
 */
export interface ChartPlan {
  type: 'column' | 'bar' | 'doughnut';
  title: string;
  stacked: boolean;
  percent: boolean;
  categories: string;
  series: ChartSeriesPlan[];
  /** Cells the chart covers: its top-left and bottom-right cells (A1). */
  from: string;
  to: string;
}

export interface ChartSeriesPlan {
  /** Legend text, and the cell it is read from when there is one (a table header). */
  name: string;
  nameRef?: string;
  values: string;
  /** ARGB fill of the series, or of each data point (a doughnut's slices). */
  colors: string[];
}

export interface DataBarPlan {
  range: string;
  /** ARGB. */
  color: string;
}

export interface HeaderFooterPlan {
  left: string;
  center: string;
  right: string;
}

export type NumberFormat =
  | 'integer'
  | 'number'
  | 'percent'
  /** A percentage without decimals (« 50 % »), where the value has none to show. */
  | 'percentWhole'
  | 'money'
  | 'date'
  | 'month'
  | 'text'
  /** Shows nothing: a value formulas need that a header beside it already shows. */
  | 'hidden';

export interface CellStyle {
  numFmt?: NumberFormat;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  color?: string;
  locked?: boolean;
  wrap?: boolean;
  size?: number;
}

export interface CellPlan extends CellStyle {
  ref: string;
  value?: CellValue;
  formula?: string;
}

export interface TableColumnPlan extends CellStyle {
  header: string;
  /** Calculated-column formula (structured references, file syntax). */
  formula?: string;
  locked: boolean;
}

export interface TablePlan {
  name: string;
  /** Top-left cell of the header row. */
  origin: string;
  columns: TableColumnPlan[];
  /** Entered values, one array per data row; computed cells are null here. */
  rows: CellValue[][];
  style: string;
  /** Hyperlinks on entered cells: 0-based data row and column, target (http, https, mailto). */
  links?: LinkPlan[];
}

export interface LinkPlan {
  row: number;
  column: number;
  target: string;
}

export interface ValidationPlan {
  range: string;
  type: 'list' | 'whole' | 'decimal' | 'date';
  /** List source (`=NomDeListe`) or bounds. */
  formulae: (string | number | Date)[];
  operator?: 'between' | 'greaterThanOrEqual';
  style: 'stop' | 'warning' | 'information';
  prompt?: { title: string; text: string };
  error: { title: string; text: string };
}

export interface ConditionalFormatPlan {
  range: string;
  /** Formula relative to the top-left cell of the range. */
  formula: string;
  /** ARGB of the cell's fill, of its text; absent: unchanged. */
  fill?: string;
  color?: string;
  /** The number format shown while the formula holds (a percentage by the row's unit). */
  numFmt?: NumberFormat;
  priority: number;
}
