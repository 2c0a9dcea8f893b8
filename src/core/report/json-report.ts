import type { CheckResult } from '../check';
import { renderIssue } from '../i18n/render';
import type { Lang } from '../templates/types';

/** The stable machine-readable report of `trepied check --json` (docs/rapport-json.md). */
export interface JsonReport {
  format: 'trepied-check';
  formatVersion: 1;
  file: string;
  template: string | null;
  /** Templates whose sheets were added (`trepied new ca … --avec evaluation`), when some were. */
  modules?: string[];
  version: number | null;
  counts: { error: number; warning: number; info: number };
  issues: {
    rule: string;
    severity: 'error' | 'warning' | 'info';
    sheet: string;
    cell: string;
    message: string;
    params: unknown;
    fix?: { cell: string; value: unknown };
  }[];
  /** null when not computable; the error value ("#REF!"…) when the workbook shows one. */
  figures: Record<string, number | string | null>;
  actions: {
    id: string;
    sheet: string;
    row: number;
    evidence: { quantitative: number; qualitative: number; observable: number };
    missing: string[];
    flagged: boolean;
    unsupportedImpact: boolean;
  }[];
}

const value = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

export function jsonReport(file: string, result: CheckResult, lang: Lang = 'fr'): JsonReport {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of result.issues) counts[i.severity]++;
  const figures: Record<string, number | string | null> = {};
  for (const [k, v] of Object.entries(result.figures)) figures[k] = v === '' ? null : v;
  return {
    format: 'trepied-check',
    formatVersion: 1,
    file,
    template: result.template,
    ...(result.modules ? { modules: result.modules } : {}),
    version: result.version,
    counts,
    issues: result.issues.map((i) => ({
      rule: i.rule,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      message: renderIssue(i, lang),
      params: i.params,
      ...(i.fix ? { fix: { cell: i.fix.cell, value: value(i.fix.value) } } : {}),
    })),
    figures,
    actions: result.actions.map((a) => ({
      id: a.id,
      sheet: a.sheet,
      row: a.row,
      evidence: { ...a.counts },
      missing: a.missing,
      flagged: a.flagged,
      unsupportedImpact: a.unsupportedImpact,
    })),
  };
}
