import type { ChoiceDifference } from '../read/choice-difference';
import type { CellValue } from '../values/cell';

/** Erreur / Avertissement / Information. */
export type Severity = 'error' | 'warning' | 'info';

/** A one-click fix: write `value` into `cell` on the issue's sheet. */
export interface Fix {
  cell: string;
  value: CellValue;
}

/**
 * The parameters of each rule, as data (no text). Dates are ISO strings (YYYY-MM-DD); `column`
 * is always a header of the contract. A `problem` field tells apart the messages of one rule.
 */
export interface RuleParams {
  structure:
    | { problem: 'template-unknown' }
    | { problem: 'template-guessed'; template: string; tables: string[]; meta?: string }
    | { problem: 'version'; found: string; expected: number }
    | { problem: 'upgrade-available'; found: number; expected: number }
    | { problem: 'missing-sheet'; sheet: string }
    | { problem: 'sheet-renamed'; table: string; expected: string; found: string }
    | { problem: 'missing-table'; table: string; sheet: string }
    | { problem: 'table-renamed'; table: string; found: string }
    | { problem: 'missing-column'; table: string; column: string; suggestion?: string }
    | { problem: 'header-tolerated'; table: string; column: string; found: string }
    | { problem: 'header-version'; table: string; column: string; found: string; version: number }
    | { problem: 'extra-column'; table: string; column: string }
    | { problem: 'table-recovered'; table: string; sheet: string }
    /** One for the workbook: the tables whose calculated-column formulas were dropped. */
    | { problem: 'column-formulas-lost'; tables: string[]; columns: Record<string, string[]> }
    | { problem: 'meta-visible'; state: string }
    | { problem: 'figures-not-computable'; table: string; figures: string[] }
    /**
     * Values typed outside a table, just below it or to its right (`range`), where the table
     * (`tableRange`) does not reach: `cells` lists the first ones, `count` says how many.
     */
    | {
        problem: 'outside-table';
        table: string;
        sheet: string;
        side: 'below' | 'beside';
        cells: string[];
        count: number;
        range: string;
        tableRange: string;
      };
  'formula-overwritten': { table: string; column: string };
  'formulas-absent': { table: string; columns: string[] };
  'cell-error': { column: string; value: string };
  spaces: { column: string; value: string };
  required: { column: string };
  'duplicate-id': { column: string; value: string; first: string };
  'ambiguous-id':
    | {
        problem: 'number-text';
        column: string;
        value: string;
        target: string;
        /** The cell of the record the reference means, in `target`. */
        found: string;
        /** How the reference was typed (the record's id is the other type). */
        typed: 'number' | 'text';
      }
    | { problem: 'type-twin'; column: string; value: string; first: string }
    | { problem: 'case'; column: string; value: string; target: string; expected: string }
    | { problem: 'boolean'; column: string; value: string }
    | { problem: 'formula'; column: string };
  'unknown-reference':
    | {
        problem: 'missing';
        column: string;
        value: string;
        target: string;
        /** The one id it means, told apart only by spaces, an apostrophe, case or accents. */
        expected?: string;
        difference?: ChoiceDifference;
      }
    | {
        problem: 'wrong-level';
        column: string;
        value: string;
        target: string;
        level: string;
        found: string;
      };
  choice:
    | {
        problem: 'normalised';
        column: string;
        value: string;
        expected: string;
        /** Absent in issues saved before it was said (a .json of an older check). */
        difference?: ChoiceDifference;
      }
    | { problem: 'outside-list'; column: string; value: string; values: string[] };
  'reason-required': { column: string; answer: string; reason: string };
  'other-public': { column: string; detail: string };
  number:
    | { problem: 'text'; column: string; value: string; parsed: number; percent: boolean }
    | { problem: 'not-a-number'; column: string; value: string }
    | { problem: 'negative'; column: string; value: number }
    | { problem: 'not-integer'; column: string; value: number };
  'percent-scale':
    | { column: string; value: number; fixed: number }
    | {
        problem: 'achieved';
        column: string;
        indicator: string;
        value: number;
        target: number;
        fixed: number;
        /** The target is a rate (below 1), or the indicator is a rate typed in version 1. */
        safe: boolean;
      };
  ratio: { num: string; den: string; numValue: number; denValue: number };
  'partner-codes': { key: string; typed: number; listed: number; sheet: string };
  date:
    | { problem: 'text'; column: string; value: string; parsed: string }
    | { problem: 'serial'; column: string; value: number; parsed: string }
    | { problem: 'not-a-date'; column: string; value: string }
    | {
        problem: 'end-before-start';
        start: string;
        end: string;
        startDate: string;
        endDate: string;
      }
    | {
        problem: 'outside-period';
        column: string;
        value: string;
        periodStart: string;
        periodEnd: string;
      };
  'indicator-coverage': { key: string; missing: string[] };
  outlier: { key: string; indicator: string; realised: number; target: number; factor: number };
  'indicator-definition':
    | {
        problem: 'direction-contradicts';
        key: string;
        indicator: string;
        direction: string;
        baseline: number;
        target: number;
      }
    | { problem: 'level-summed'; key: string; indicator: string; mode: string; nature: string };
  triangulation: { key: string; missing: string[] };
  proof:
    | {
        problem: 'not-counted';
        key: string;
        kind: string;
        reasons: ('undescribed' | 'unsourced' | 'output-only')[];
      }
    | { problem: 'no-limits'; key: string; kind: string };
  'unsupported-impact': { key: string; missing: string[] };
  'objective-tree':
    | { problem: 'no-parent'; code: string; level: string; expected: string }
    | {
        problem: 'parent-level';
        code: string;
        level: string;
        parent: string;
        found: string;
        expected: string;
      }
    | { problem: 'general-with-parent'; code: string; parent: string };
  /** Self-assessment (evaluation): `assessment` is the Évaluation's name, `column` a Réponse. */
  'assessment-date':
    | { problem: 'missing'; assessment: string; column: string; answers: number }
    | { problem: 'order'; first: string; second: string; firstDate: string; secondDate: string }
    | { problem: 'unanswered'; assessment: string; column: string; sheet: string; count: number };
  /** `key` is the Porteur (or the action when no Porteur is given); `year` null when undated. */
  subsidy: {
    key: string;
    amount: number;
    threshold: number;
    year?: number | null;
    actions?: string[];
  };
  /** The ACI funding of a CPTS (issue 15): money as numbers in euros, rates as fractions. */
  aci:
    | {
        problem: 'weights';
        mission: string;
        /** Σ of the weights the formula counts (numbers only): the rate is computed over it. */
        total: number;
        /** Σ of the weights as understood, when it differs (a weight typed as text). */
        typed?: number;
        /** An indicator's weight, to show what it counts for (weight / total). */
        example?: { indicator: string; weight: number };
      }
    | {
        /** « Taille » not the class of « Population couverte » (ACI CPTS 2019). */
        problem: 'size';
        size: number;
        population: number;
        /** The sizes the population has: one, or two at a limit named by both (80 000). */
        sizes: number[];
        populationCell: string;
      }
    | { problem: 'achieved-without-target'; indicator: string }
    | {
        problem: 'start-beyond-target';
        indicator: string;
        start: number;
        target: number;
        down: boolean;
      }
    | {
        problem: 'level-above-cap';
        indicator: string;
        threshold: number;
        granted: number;
        cap: number;
      }
    | {
        problem: 'level-decreasing';
        indicator: string;
        threshold: number;
        granted: number;
        easier: number;
        easierGranted: number;
      }
    /** An indicator supported by a declaration only (the Senate's report n° 32). */
    | { problem: 'declaration-only'; indicator: string }
    | { problem: 'paid-above-due'; mission: string; paid: number; due: number }
    /** Last year's balance paid above what was typed due (`due` null: none typed). */
    | { problem: 'previous-paid-above-due'; mission: string; paid: number; due: number | null }
    | { problem: 'spending-above-envelope'; mission: string; spent: number; due: number }
    | { problem: 'contract-start'; value: string }
    | { problem: 'contract-year'; start: string; year: number }
    | {
        problem: 'spending-outside-year';
        label: string;
        date: string;
        start: string;
        end: string;
        /** The expense's mission, when typed (the dialogue lists it on that mission's page). */
        mission?: string;
      };
}

export type RuleCode = keyof RuleParams;

/** The order of rules for sorting issues that share a cell (the Checks table of WORKBOOKS.md). */
export const RULE_ORDER: RuleCode[] = [
  'structure',
  'formulas-absent',
  'formula-overwritten',
  'cell-error',
  'required',
  'duplicate-id',
  'unknown-reference',
  'ambiguous-id',
  'spaces',
  'choice',
  'reason-required',
  'other-public',
  'number',
  'percent-scale',
  'ratio',
  'partner-codes',
  'date',
  'indicator-coverage',
  'indicator-definition',
  'outlier',
  'proof',
  'triangulation',
  'unsupported-impact',
  'objective-tree',
  'subsidy',
  'aci',
  'assessment-date',
];

/** One finding: data only; core/i18n turns it into words. `cell` is A1 on `sheet`, or ''. */
export type IssueOf<R extends RuleCode> = {
  rule: R;
  severity: Severity;
  sheet: string;
  cell: string;
  params: RuleParams[R];
  fix?: Fix;
};

export type Issue = { [R in RuleCode]: IssueOf<R> }[RuleCode];

/** Build an issue; the fix is left out when undefined (exactOptionalPropertyTypes). */
export function issue<R extends RuleCode>(
  rule: R,
  severity: Severity,
  at: { sheet: string; cell: string },
  params: RuleParams[R],
  fix?: Fix,
): IssueOf<R> {
  const base: IssueOf<R> = { rule, severity, sheet: at.sheet, cell: at.cell, params };
  return fix ? { ...base, fix } : base;
}
