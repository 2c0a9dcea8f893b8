import type { CheckResult } from '../check';
import { renderIssue, ruleLabel, severityLabel } from '../i18n/render';
import type { ReportPlan } from '../plan/report-types';
import type { Lang } from '../templates/types';

const HEADERS: Record<Lang, string[]> = {
  fr: ['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message'],
  en: ['Severity', 'Sheet', 'Cell', 'Rule', 'Message'],
};

/** The Contrôles sheet of a check: one row per issue, and the faulty cells to highlight. */
export function buildReport(result: CheckResult, lang: Lang = 'fr'): ReportPlan {
  const seen = new Set<string>();
  const highlights: ReportPlan['highlights'] = [];
  for (const i of result.issues) {
    const key = `${i.sheet}!${i.cell}`;
    if (!i.cell || !i.sheet || seen.has(key)) continue;
    seen.add(key);
    highlights.push({ sheet: i.sheet, cell: i.cell, severity: i.severity });
  }
  return {
    sheet: 'Contrôles',
    headers: HEADERS[lang],
    rows: result.issues.map((i) => ({
      severity: i.severity,
      severityLabel: severityLabel(i.severity, lang),
      sheet: i.sheet,
      cell: i.cell,
      rule: ruleLabel(i.rule, lang),
      message: renderIssue(i, lang),
    })),
    highlights,
  };
}
