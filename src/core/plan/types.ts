import type { Lang } from '../templates/types';
import type { CellValue } from '../values/cell';

/**
 * A workbook described before it is written. Both writers (ExcelJS, Office.js) render this and
 * nothing else; see docs/plan.md. Addresses are A1 strings on the sheet; formulas are in file
 * syntax without the leading "=".
 */
export interface WorkbookPlan {
  template: 'ca' | 'cpts';
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
  cells: CellPlan[];
  table?: TablePlan;
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
}

export type NumberFormat = 'integer' | 'number' | 'percent' | 'money' | 'date' | 'month' | 'text';

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
  fill: string;
  color?: string;
  priority: number;
}
