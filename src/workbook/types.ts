import type { ReportPlan } from '../core/plan/report-types';
import type { WrittenPages } from '../core/plan/pages';
import type { WorkbookPlan } from '../core/plan/types';
import type { CellValue } from '../core/values/cell';

/** A table as both adapters give it back: headers and 2-D values (formula results resolved). */
/** One typed value to write into one cell (a fix, or its undo). */
export interface CellChange {
  sheet: string;
  /** A single cell, e.g. "C7". */
  cell: string;
  value: CellValue;
}

export interface TableValues {
  name: string;
  sheet: string;
  /** Top-left header cell, e.g. "A1". */
  origin: string;
  headers: string[];
  values: CellValue[][];
  /** The formula of each cell, or null for a typed value. */
  formulas: (string | null)[][];
}

export interface WorkbookValues {
  sheets: string[];
  tables: TableValues[];
  /** Value of each single-cell defined name (summary cells). */
  names: Record<string, CellValue>;
  meta: Record<string, CellValue>;
  /** Values of each multi-cell defined name (the answer lists on Listes), blanks left out. */
  lists?: Record<string, string[]>;
}

/** Where addSheets put a plan: sheets of the open workbook, or a file to download. */
export type AddedSheets = { kind: 'sheets'; names: string[] } | { kind: 'file'; bytes: Uint8Array };

/**
 * What the task pane needs from a workbook, live (Office.js) or in memory (ExcelJS, demo mode).
 * The pane talks to this port only, never to Office.js.
 */
export interface WorkbookPort {
  readonly kind: 'excel' | 'demo';
  sheetNames(): Promise<string[]>;
  /** Create the plan's sheets in the workbook (refuses if one already exists). */
  render(plan: WorkbookPlan): Promise<void>;
  readValues(): Promise<WorkbookValues>;
  /** Write (or replace) the Contrôles sheet and highlight the faulty cells. */
  writeReport(report: ReportPlan): Promise<void>;
  /**
   * Deliver a print-ready plan of sheets (a bilan) beside the workbook's own: Excel adds each
   * sheet under a free name and says which; the demo, which has no printer of its own, gives
   * back the .xlsx file to download.
   */
  addSheets(plan: WorkbookPlan): Promise<AddedSheets>;
  /** The sheets that carry `mark`: print pages Trépied wrote (core/plan/pages.ts). */
  markedPages(mark: string): Promise<string[]>;
  /**
   * Write the plan's sheets as pages marked with `mark`, replacing a same-named sheet only if it
   * carries the mark; if one does not, throws ForeignSheets and writes nothing. One operation,
   * a fixed number of syncs in Excel whatever the pages.
   */
  writePages(plan: WorkbookPlan, mark: string): Promise<WrittenPages>;
  /** Activate a sheet and select a cell, e.g. ("Actions", "C7"). */
  select(sheet: string, cell: string): Promise<void>;
  /** One-click fix: write one typed value (never a formula) into a cell. */
  setValue(sheet: string, cell: string, value: CellValue): Promise<void>;
  /**
   * Many fixes at once (« Tout corriger », undo), each as setValue writes it, in order (the last
   * write of a cell wins): one batch whatever the number of cells. Every address and sheet is
   * checked before anything is written.
   */
  setValues(changes: CellChange[]): Promise<void>;
}
