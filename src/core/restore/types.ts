import type { FormulaPurpose } from './links';
import type { Issue } from '../checks/issue';
import type { Lang, TemplateDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';

/** Why a value went to the Autres données sheet. */
export type OtherReason =
  /** A column the template does not know, in one of its tables. */
  | 'unknown-column'
  /** A column of an older version that the current one no longer has. */
  | 'removed-column'
  /** A computed column whose formula was replaced by a typed value. */
  | 'computed-typed'
  /** A table the template does not know. */
  | 'unknown-table'
  /** A sheet the template does not know. */
  | 'unknown-sheet'
  /** A cell outside the tables of a template sheet (a note, a total typed beside a table). */
  | 'outside-table'
  /** A hyperlink on a value that is not text (the value stays in its cell). */
  | 'link'
  /** Another partner's value of a one-value field (Programme), not kept in the table. */
  | 'conflict'
  /** A row of an earlier Autres données sheet, carried as it was (its note in `detail`). */
  | 'carried';

/** One value the template has no place for: carried, never dropped. */
export interface OtherValue {
  file: string;
  partner: string;
  sheet: string;
  /** Table name in the source workbook, or '' for a cell outside any table. */
  table: string;
  /** A1 address in the source workbook. */
  cell: string;
  /** What names the row: the value of its first column (N° action, Code…), or null. */
  row: CellValue;
  /** The column header in the source, or '' outside a table. */
  header: string;
  /** The value exactly as it was in the cell (a formula's value, never the formula). */
  value: CellValue;
  reason: OtherReason;
  /** A formula that was there, the link target, the value kept instead… */
  detail?: string;
}

/** What needed attention while restoring a workbook (printed in the upgrade and merge reports). */
export type Attention =
  | {
      kind: 'formula';
      sheet: string;
      cell: string;
      column: string;
      formula: string;
      value: CellValue;
      /** What it did: a hyperlink (carried as the cell's link when allowed), another workbook… */
      does: FormulaPurpose;
    }
  | { kind: 'link-dropped'; sheet: string; cell: string; target: string }
  | { kind: 'computed-typed'; sheet: string; cell: string; column: string; value: CellValue }
  | {
      kind: 'header-renamed';
      sheet: string;
      cell: string;
      table: string;
      found: string;
      column: string;
      /** Matched by meaning (words, abbreviations), not a few typos away: to be checked. */
      guessed?: boolean;
    }
  | { kind: 'unknown-column'; sheet: string; table: string; header: string; values: number }
  | { kind: 'removed-column'; sheet: string; table: string; column: string; values: number }
  | { kind: 'missing-column'; table: string; column: string }
  | { kind: 'missing-table'; table: string }
  | { kind: 'unknown-table'; sheet: string; table: string; values: number }
  | { kind: 'unknown-sheet'; sheet: string; values: number }
  | { kind: 'outside-table'; sheet: string; values: number }
  | { kind: 'report-sheet'; sheet: string }
  | { kind: 'formulas-absent' }
  | { kind: 'version-unknown'; found: string; readAs: number }
  /** Values of a removed column that became rows of another table (cpts v1 typed ACI rates). */
  | { kind: 'carried-rows'; sheet: string; column: string; into: string; values: number }
  /** A carried value changed on the way (a rate typed 85 for 85 %), the typed one kept in view. */
  | {
      kind: 'carried-rescaled';
      sheet: string;
      cell: string;
      column: string;
      into: string;
      value: number;
      fixed: number;
    };

/** A value of a removed column made into a row of another table (Migration.carried). */
export interface MovedRow {
  rule: { into: string };
  header: string;
  row: RestoredRow;
  /** Set when the carried value was changed on the way (Migration's CarriedColumn.rescaled). */
  cell?: string;
  value?: number;
  fixed?: number;
}

/** A row of a template table, keyed by the current version's column ids. */
export interface RestoredRow {
  /** Entered values exactly as held in the cells (text stays text), by current column id. */
  values: Row;
  /** Where the row was: sheet and 1-based row. */
  sheet: string;
  row: number;
  /** Hyperlinks kept (http, https, mailto), by column id. */
  links: Record<string, string>;
  /** The Provenance of a row that comes from an earlier merge. */
  provenance?: string;
}

/** A table's place in its workbook: 0-based first column and each column's offset, by id. */
export interface TableLayout {
  sheet: string;
  firstColumn: number;
  columns: Record<string, number>;
}

/** A workbook of a known template, of any version, as records of the current version. */
export interface Restored {
  file: string;
  /** Who filled it (TemplateDef.partner), else the file name without extension. */
  partner: string;
  /** The template at its current version. */
  template: TemplateDef;
  /** The version the workbook says (or seems) it is. */
  version: number;
  /** The version whose headers were used to read it. */
  readAs: number;
  lang: Lang;
  /** Rows of every table of the current version, by table name (empty when absent). */
  tables: Record<string, RestoredRow[]>;
  /** Where each table's columns were (to name a source cell), by table name. */
  layout: Record<string, TableLayout>;
  /** Answer lists found in the workbook (Listes sheet and named ranges), by list name. */
  lists: Record<string, string[]>;
  others: OtherValue[];
  attention: Attention[];
  /** What the reader said (structure, tolerances); the checker says the rest. */
  issues: Issue[];
}

/** A workbook no template recognises. */
export interface Unrestorable {
  file: string;
  template: undefined;
  issues: Issue[];
}
