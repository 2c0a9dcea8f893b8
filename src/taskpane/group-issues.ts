import type { Issue, Severity } from '../core/checks/issue';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface SeverityGroup {
  severity: Severity;
  issues: Issue[];
}

export interface SheetGroup {
  /** '' for issues about the whole workbook. */
  sheet: string;
  count: number;
  severities: SeverityGroup[];
}

/** Issues by sheet (in the checker's order), then by severity (errors first). */
export function groupIssues(issues: Issue[]): SheetGroup[] {
  const sheets = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = sheets.get(issue.sheet);
    if (list) list.push(issue);
    else sheets.set(issue.sheet, [issue]);
  }
  return [...sheets].map(([sheet, list]) => ({
    sheet,
    count: list.length,
    severities: SEVERITIES.map((severity) => ({
      severity,
      issues: list.filter((i) => i.severity === severity),
    })).filter((g) => g.issues.length > 0),
  }));
}

export function countBySeverity(issues: Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}
