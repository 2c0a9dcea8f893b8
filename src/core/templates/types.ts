import type { CellValue } from '../values/cell';

export type Lang = 'fr' | 'en';
export type Text = { fr: string; en: string };

/** How a column is typed, parsed, formatted and validated. */
export type ColumnKind =
  | 'text'
  | 'longtext'
  | 'id'
  | 'integer'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'choice'
  | 'reference';

/** A computed column: one declaration gives both the workbook formula and the TypeScript twin. */
export type Computed =
  | { kind: 'countRelated'; key: string; table: string; column: string; filter: [string, string] }
  | {
      kind: 'averageRelated';
      key: string;
      table: string;
      column: string;
      value: string;
      filter: [string, string];
    }
  | { kind: 'triangulation'; key: string; counts: [string, string, string] }
  | {
      kind: 'missingProofs';
      key: string;
      counts: [string, string, string];
      labels: [string, string, string];
    }
  | {
      kind: 'realised';
      quarters: string[];
      mode: string;
      modes: { sum: string; last: string; mean: string };
      /**
       * A blank Mode de calcul is derived from the nature (cumul → sum, level → last), never
       * assumed. Absent in versions 1–2 of `ca`, where a blank mode meant Somme.
       */
      nature?: IndicatorNature;
    }
  | {
      kind: 'attainment';
      realised: string;
      target: string;
      baseline: string;
      /** Absent in versions 1–2 of `ca` (every indicator read as an increase). */
      sense?: { direction: IndicatorDirection; nature: IndicatorNature };
    }
  | {
      kind: 'status';
      rate: string;
      anyOf: string[];
      labels: StatusLabels;
      /** Without a rate, a decrease is judged by comparing realised and target (absent in `ca` v1–2). */
      decrease?: {
        realised: string;
        target: string;
        direction: IndicatorDirection;
        nature: IndicatorNature;
        /** The period's last quarter: a cumulative decrease is judged once it is filled. */
        closing: string;
      };
    }
  | {
      /**
       * The kind a proof counts for in the chair (seed 000): its type when it is described and
       * sourced and supports more than an output; else « Non comptée : » and the reasons.
       */
      kind: 'countedProof';
      type: string;
      needs: { column: string; label: string }[];
      excluded: { column: string; value: string; label: string };
      prefix: string;
    }
  | { kind: 'retainedRate'; rate: string; status: string; labels: StatusLabels }
  | { kind: 'ratio'; num: string; den: string }
  | { kind: 'difference'; a: string; b: string }
  | { kind: 'relativeChange'; before: string; after: string }
  | { kind: 'product'; a: string; b: string }
  | { kind: 'sum'; terms: string[] }
  | { kind: 'balance'; total: string; minus: string[] }
  /** The sum of `value` over the rows of `table` whose `column` matches the row's key. */
  | { kind: 'sumRelated'; key: string; table: string; column: string; value: string }
  /**
   * Σ value / Σ weight over the related rows, held between 0 and 1 (the weighted attainment of
   * a mission's ACI indicators, `value` being each indicator's weight × attainment).
   */
  | {
      kind: 'weightedRelated';
      key: string;
      table: string;
      column: string;
      value: string;
      weight: string;
    }
  /**
   * The attainment of a contract indicator (ACI), held between 0 and `cap` (1 when the cap cell is
   * blank), blank without a number value. With levels (rows of `levels.table` naming the indicator,
   * with a number threshold and a number granted attainment): the highest granted among the
   * thresholds the value reaches (at or above; at or below for a decrease), 0 if none. Without:
   * (v − b) / (t − b) with a baseline, v / t for an increase, 1 when v ≤ t else 0 for a decrease.
   */
  | {
      kind: 'contractAttainment';
      key: string;
      value: string;
      target: string;
      baseline: string;
      cap: string;
      /** Blank or any other answer is an increase. */
      direction: { column: string; down: string };
      levels: { table: string; column: string; threshold: string; granted: string };
    }
  /** a × a fixed factor (the 75 % advance of the ACI fixed part). */
  | { kind: 'scaled'; a: string; factor: number }
  /**
   * total − Σ minus, never below 0 (what remains to pay); with `excess`, what was paid above
   * the total, never below 0 (an overpayment is never netted against another row's balance).
   */
  | { kind: 'clampedBalance'; total: string; minus: string[]; excess?: boolean }
  /**
   * The date `years` after the date held by `field` of a key/value table (the anniversary of the
   * ACI contract, from `Année contractuelle (début)`), on rows whose `key` is filled.
   */
  | {
      kind: 'anniversary';
      key: string;
      table: string;
      fieldColumn: string;
      valueColumn: string;
      field: string;
      years: number;
    }
  /** « OUI » when none of the counts is at least 1 (a declaration without figure nor deliverable). */
  | { kind: 'noneOf'; key: string; counts: string[] }
  /**
   * A self-assessment score from the counts of answers: (OUI + En cours / 2) / (OUI + En cours +
   * NON); Non concerné and blanks are left out of the denominator; blank when nothing counts.
   */
  | { kind: 'score'; yes: string; partial: string; no: string }
  /** The rank (1, 2, …) of the answer among `levels` (case ignored), blank when not one of them. */
  | { kind: 'rank'; value: string; levels: string[] };

export interface StatusLabels {
  reached: string;
  partial: string;
  notReached: string;
  unknown: string;
  /** A cumulative decrease still under its target before the period's end. */
  inProgress: string;
}

/** The column saying which way an indicator should move, and its two answers. */
export interface IndicatorDirection {
  column: string;
  up: string;
  down: string;
}

/** The column saying whether an indicator counts over the period or reads a level. */
export interface IndicatorNature {
  column: string;
  cumulative: string;
  level: string;
}

export interface ColumnDef {
  /** Stable identity across template versions (ASCII). */
  id: string;
  /** The exact header of the contract. */
  header: string;
  kind: ColumnKind;
  /** Named list (ListDef.name) for choice and reference columns. */
  list?: string;
  required?: boolean;
  width?: number;
  computed?: Computed;
  /** Input message shown by the data validation, and in the docs. */
  help?: Text;
  /** Conditional format of the cell value (red for NON, amber for incomplete triangulation). */
  highlight?: { equals: string; tone: 'red' | 'amber' };
  /** A percentage that may legitimately exceed 100 % (1,3 is 130 %): never offered « ÷ 100 ». */
  above100?: boolean;
}

/**
 * How the rows of several partners' workbooks combine (`trepied merge`, core/merge):
 * `single` one value per field of a key/value table (the first file's; other values are
 * conflicts, carried to Autres données); `shared` rows every partner may hold (identical rows
 * once, same key with different values a conflict, both kept); `own` every row kept.
 */
export type MergeKind = 'single' | 'shared' | 'own';

export interface TableDef {
  /** Excel table name (ASCII). */
  name: string;
  sheet: string;
  columns: ColumnDef[];
  /** Row identity: the column that names a record (N° action, Projet ou action…). */
  key?: string;
  /** Rows written by the template (pre-filled entered values, by column id). */
  prefill?: Record<string, CellValue>[];
  /** Empty rows made ready for typing (formulas and dropdowns already in place). */
  spareRows: number;
  /** Columns generated from the programme period (the live Gantt of Calendrier). */
  months?: { start: string; end: string };
  description?: Text;
  /** How rows combine when partners' workbooks are merged. */
  merge: MergeKind;
}

/** A named answer list on the Listes sheet, or a name onto a table column. */
export type ListDef =
  | { name: string; title: string; values: string[]; extensible: boolean }
  | { name: string; title: string; from: { table: string; column: string } };

export type SummaryExpr =
  | { op: 'countNonBlank'; table: string; column: string }
  | { op: 'countIf'; table: string; column: string; value: string | number }
  | { op: 'sum'; table: string; column: string }
  /** Rows whose column holds a number above 0 (projects engaging users in a phase). */
  | { op: 'countPositive'; table: string; column: string }
  | { op: 'averageIf'; table: string; value: string; column: string; equals: string }
  | { op: 'sumIf'; table: string; value: string; column: string; equals: string }
  /** Distinct non-blank values, `except` some (case-insensitive): sectors without kinds of body. */
  | { op: 'distinct'; table: string; column: string; except?: string[] }
  | { op: 'name'; name: string }
  | { op: 'ratio'; num: SummaryExpr; den: SummaryExpr }
  /** A self-assessment score over a whole grid: the `score` column kind on the column sums. */
  | { op: 'score'; table: string; yes: string; partial: string; no: string }
  | { op: 'add'; terms: SummaryExpr[] };

export interface SummaryDef {
  /** Defined name (workbook scope). */
  name: string;
  label: Text;
  format: 'integer' | 'percent' | 'money' | 'number';
  expr: SummaryExpr;
  /** Section heading on the Synthèse sheet. */
  section: Text;
}

export type TemplateId = 'ca' | 'cpts' | 'evaluation';

/** Where a rule or a sheet comes from: a seed file (/work/shared/seeds) and its own words. */
export interface SeedRef {
  file: string;
  quote: string;
}

/** A column of a dashboard: a value of the line's action (first line only) or indicator. */
export interface DashboardColumn {
  /** The seed's column name (French), and its English label. */
  header: Text;
  from: 'action' | 'indicator';
  /** Column id in the actions or indicators table. */
  column: string;
  /** Shown only for indicators of this type (index in DashboardDef.types). */
  type?: number;
  width: number;
  /** `number`: numbers and texts shown as they are; else text only (T: a number shows blank). */
  format?: 'number' | 'id';
}

/**
 * A sheet of formulas listing, action by action, the indicators of each type (the COPIL dashboard
 * of seed 002). Lines follow the actions' order, then the types' order, then the indicators'.
 */
export interface DashboardDef {
  sheet: string;
  title: Text;
  note: Text;
  seed: SeedRef;
  actions: { table: string; key: string };
  indicators: { table: string; key: string; type: string };
  types: string[];
  columns: DashboardColumn[];
  /** Headers of the helper columns right of the printed area (the walk's state, the sort keys). */
  helpers: {
    action: Text;
    read: Text;
    indicator: Text;
    next: Text;
    first: Text;
    key: Text;
  };
}

export interface TemplateDef {
  id: TemplateId;
  version: number;
  /** Templates whose sheets were added to this one (`--avec evaluation`, templates/compose). */
  modules?: TemplateId[];
  title: Text;
  /** Sheet titles in workbook order (Contrôles is added by the checker). */
  sheets: string[];
  tables: TableDef[];
  lists: ListDef[];
  summaries: SummaryDef[];
  summarySheet: string;
  listSheet: string;
  /** The records evidence (Preuves) is counted for (none in `evaluation`). */
  evidence?: { table: string; key: string; typeColumn: string; kinds: [string, string, string] };
  /**
   * Who filled a workbook, for the provenance of merged rows: the value of `field` in the
   * key/value table `table`, else the most frequent value of `fallback`, else the file name.
   */
  partner?: { table: string; field: string; fallback?: { table: string; column: string } };
  /** A dashboard sheet of formulas (ca: the COPIL's, seed 002). */
  dashboard?: DashboardDef;
  /** Fields of the key/value table holding the programme period (it sets the Gantt's months). */
  period?: { table: string; start: string; end: string };
  /**
   * Without a period, the field of the key/value table giving the year the workbook follows
   * (cpts: « Année »): a bilan's quarters are that calendar year's.
   */
  year?: { table: string; field: string };
}
