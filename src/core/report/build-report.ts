import { enteredTables, type CheckResult } from '../check';
import { renderIssue, ruleLabel, severityLabel } from '../i18n/render';
import type { ReportPlan, ReportRow } from '../plan/report-types';
import { pick } from '../i18n/lang';
import { programmeName } from '../plan/config';
import { linePoints, listPageSetup, wrappedLines } from '../plan/page-setup';
import { getTemplate } from '../templates';
import type { Lang } from '../templates/types';

const HEADERS: Record<Lang, string[]> = {
  fr: ['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message'],
  en: ['Severity', 'Sheet', 'Cell', 'Rule', 'Message'],
};

/** Widths (characters) of the Contrôles columns; messages wrap in the last one. */
const WIDTHS = [14, 18, 14, 20, 100];
const MESSAGE_WIDTH = WIDTHS[WIDTHS.length - 1]!;

/**
 * How the Contrôles sheet of `rows` looks and prints: its widths, the heights of the rows whose
 * message wraps (LibreOffice does not fit rows to their text), its page setup.
 */
export function reportLayout(
  rows: readonly ReportRow[],
  lang: Lang,
  title = '',
): Pick<ReportPlan, 'widths' | 'rowHeights' | 'pageSetup'> {
  const rowHeights: Record<number, number> = {};
  rows.forEach((r, i) => {
    const lines = wrappedLines(r.message, MESSAGE_WIDTH);
    if (lines > 1) rowHeights[i + 2] = linePoints(lines);
  });
  return {
    widths: [...WIDTHS],
    rowHeights,
    pageSetup: listPageSetup(Math.max(1, rows.length), WIDTHS, { lang, title }),
  };
}

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
  const rows = result.issues.map((i) => ({
    severity: i.severity,
    severityLabel: severityLabel(i.severity, lang),
    sheet: i.sheet,
    cell: i.cell,
    rule: ruleLabel(i.rule, lang),
    message: renderIssue(i, lang),
  }));
  const template = result.template ? getTemplate(result.template) : undefined;
  // The programme's name heads the printed pages, as on the workbook's own sheets.
  const title = template
    ? (programmeName(template, enteredTables(result.records)) ?? pick(lang, template.title))
    : '';
  return {
    sheet: 'Contrôles',
    headers: HEADERS[lang],
    rows,
    ...reportLayout(rows, lang, title),
    highlights,
  };
}
