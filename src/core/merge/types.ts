import type { ProgrammeConfig } from '../plan/options';
import type { ExtraColumn } from '../plan/options';
import type { OtherValue, Restored } from '../restore/types';
import type { TemplateDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';

/** One workbook taking part in a merge. */
export interface MergeSource {
  /** 1-based position in the merge (the order the files were given). */
  index: number;
  file: string;
  partner: string;
  /** What the Provenance column says of its rows: the file, and the partner when known. */
  label: string;
  restored: Restored;
}

/** A renumbering of a key (N° action…) in one source, applied with `renumber`. */
export interface Renaming {
  source: number;
  table: string;
  /** Column id of the key, and the reference list onto it (its references follow). */
  column: string;
  list: string | undefined;
  from: CellValue;
  to: string;
}

/** What two or more workbooks disagree on. */
export type Conflict =
  /** The same key (N° action) in several partners' own rows; `renamings` says how to separate them. */
  | {
      kind: 'duplicate-key';
      table: string;
      column: string;
      key: string;
      sources: number[];
      renamings: Renaming[];
    }
  /**
   * Own rows of a later workbook (`sources[1]`) whose content an earlier one (`sources[0]`)
   * already holds: kept, but they would count twice. `rows` are their row numbers in the later
   * workbook, `keys` their first column's values (N° action…).
   */
  | {
      kind: 'duplicate-row';
      table: string;
      column: string;
      sources: number[];
      rows: number[];
      keys: string[];
    }
  /**
   * The same event (a meeting: same Date and Instance) in several workbooks of a shared table
   * without key, with different values: kept once (the first workbook's values, blanks filled
   * from the others), the other values carried to Autres données.
   */
  | {
      kind: 'same-event';
      table: string;
      /** The identity shown: « 2025-03-12 COPIL ». */
      key: string;
      sources: number[];
    }
  /** Shared rows (Objectifs, Partenaires…) with the same key and different values: all kept. */
  | { kind: 'shared-differs'; table: string; column: string; key: string; sources: number[] }
  /** A one-value field (Programme) given different values: the first kept, the others carried. */
  | {
      kind: 'single-differs';
      table: string;
      field: string;
      column: string;
      kept: { source: number; value: CellValue };
      other: { source: number; value: CellValue };
    };

export interface TableCount {
  /** Rows read in all the sources. */
  inputs: number;
  /** Rows of the merged table (identical shared rows once; one row per one-value field). */
  merged: number;
}

/** Everything a merge would do, before doing it (`trepied merge --check` prints this). */
export interface MergePlan {
  template: TemplateDef;
  sources: MergeSource[];
  conflicts: Conflict[];
  /** By table name. */
  counts: Record<string, TableCount>;
  /** Values carried to Autres données (the sources' and the conflicting one-value fields'). */
  others: number;
}

/** Files of different templates: nothing can be merged. */
export interface MergeRefusal {
  refused: 'templates';
  files: { file: string; template: string }[];
}

/** The merged workbook's content, ready for buildPlan (see buildMergedPlan). */
export interface MergedData {
  template: TemplateDef;
  data: Record<string, Row[]>;
  lists: Record<string, string[]>;
  others: OtherValue[];
  links: Record<string, Record<number, Record<string, string>>>;
  extras: Record<string, ExtraColumn[]>;
  /** The programme period, when the merged key/value table gives it (the Gantt's months). */
  config: ProgrammeConfig;
  renamed: Renaming[];
}
