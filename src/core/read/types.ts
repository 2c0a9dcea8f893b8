import type { Issue } from '../checks/issue';
import type { TableDef, TemplateDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';

/** A table as an adapter gives it back (structurally the `TableValues` of the xlsx adapter). */
export interface TableInput {
  name: string;
  sheet: string;
  /** Top-left header cell, e.g. "A1". */
  origin: string;
  headers: string[];
  /** Data rows below the header; formula cells hold their result. */
  values: CellValue[][];
  /** The formula of each cell, or null for a typed value. */
  formulas: (string | null)[][];
  /** The hyperlink target of each cell, when the adapter reads them (upgrade and merge). */
  links?: (string | null)[][];
}

/** A non-empty cell outside every table (an adapter gives these for upgrade and merge). */
export interface LooseCell {
  sheet: string;
  /** A1 address on the sheet. */
  ref: string;
  value: CellValue;
  formula?: string | null;
  link?: string | null;
}

/** What a file reader noticed that a producer removed (the Office.js adapter gives none). */
export interface ReadNotes {
  /** The program that saved the file (docProps/app.xml), e.g. "LibreOffice/7.4…". */
  application?: string;
  /** The state of the `_meta` sheet: veryHidden as Trépied writes it; hidden or visible after some. */
  metaState?: string;
  /** Columns with a calculated-column formula in the table part, by table name (file readers). */
  calculated?: Record<string, string[]>;
  /** Tables found again by their header rows (the program dropped the table parts). */
  recovered?: { table: string; sheet: string; origin: string }[];
  /** The file is an OpenDocument spreadsheet. */
  ods?: boolean;
}

/** What the checker reads (structurally the `WorkbookValues` of the xlsx adapter). */
export interface WorkbookInput {
  sheets: string[];
  tables: TableInput[];
  meta: Record<string, CellValue>;
  /** Values of the answer lists on the Listes sheet, by list name, when the adapter reads them. */
  lists?: Record<string, string[]>;
  /** Non-empty cells outside the tables (every sheet but `_meta`), when the adapter reads them. */
  loose?: LooseCell[];
  /** What a file reader noticed (tables found again, formulas or hiding removed by a program). */
  notes?: ReadNotes;
}

/** One non-empty data row of a table. */
export interface RecordRow {
  /** 1-based row on the sheet. */
  row: number;
  /**
   * Entered values as understood (tolerances applied) and computed values as read, by column id.
   * The same object as raw when no tolerance changed a value: read-only, never write into it.
   */
  values: Row;
  /** Values exactly as read, by column id. */
  raw: Row;
  /** Columns the template does not know, by header: carried, never dropped. */
  extra: Record<string, CellValue>;
}

/** A template table found in the workbook. */
export interface TableRead {
  def: TableDef;
  /** The table's name and sheet in the workbook (may differ from the contract's). */
  name: string;
  sheet: string;
  /** 1-based header row and 0-based first column on the sheet. */
  headerRow: number;
  firstColumn: number;
  /** 0-based position in the table of each column found, by column id. */
  columns: Record<string, number>;
  rows: RecordRow[];
}

/** The values of an answer list and whether a value outside it is surely wrong. */
export interface ListValues {
  values: string[];
  closed: boolean;
}

export interface ReadResult {
  /** The template as the workbook's version knows it (its headers, its columns). */
  template: TemplateDef;
  /** The same template at its current version. */
  current: TemplateDef;
  /** The version the workbook says (or seems) it is. */
  version: number;
  /** Sheet names of the workbook, in its order. */
  sheets: string[];
  /** Tables found, by the contract's table name; a missing table is absent. */
  tables: Record<string, TableRead>;
  lists: Record<string, ListValues>;
  issues: Issue[];
}
