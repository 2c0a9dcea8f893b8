import { RULE_ORDER, type Issue, type RuleCode, type Severity } from '../core/checks/issue';
import type { CellValue } from '../core/values/cell';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface RuleGroup {
  rule: RuleCode;
  /** The most serious severity of the group (its icon). */
  severity: Severity;
  issues: Issue[];
  /** The issues « Tout corriger » fixes: those with a safe fix. */
  fixable: Issue[];
}

/** What the Contrôler filters keep: a severity and a rule, or everything. */
export interface IssueFilter {
  severity: Severity | 'all';
  rule: RuleCode | 'all';
}

export const NO_FILTER: IssueFilter = { severity: 'all', rule: 'all' };

const sameCell = (a: Issue, sheet: string, cell: string) => a.sheet === sheet && a.cell === cell;

/**
 * A fix that settles its cell: no other error on the same cell remains that the fix does not
 * address. « 45,5 » typed as text in a count column is read as 45.5, which is still not a whole
 * number: writing 45.5 would only trade a warning for a contradicting error.
 */
export function fixIsSafe(issue: Issue, all: Issue[]): boolean {
  const fix = issue.fix;
  if (!fix) return false;
  return !all.some(
    (other) =>
      other !== issue &&
      !other.fix &&
      other.severity === 'error' &&
      sameCell(other, issue.sheet, fix.cell),
  );
}

/** Issues by rule, in the checker's rule order, errors first within each rule. */
export function groupByRule(issues: Issue[], filter: IssueFilter = NO_FILTER): RuleGroup[] {
  const kept = issues.filter(
    (i) =>
      (filter.severity === 'all' || i.severity === filter.severity) &&
      (filter.rule === 'all' || i.rule === filter.rule),
  );
  return RULE_ORDER.flatMap((rule) => {
    const list = kept.filter((i) => i.rule === rule);
    if (list.length === 0) return [];
    const sorted = SEVERITIES.flatMap((s) => list.filter((i) => i.severity === s));
    return [
      {
        rule,
        severity: sorted[0]?.severity ?? 'info',
        issues: sorted,
        fixable: sorted.filter((i) => fixIsSafe(i, issues)),
      },
    ];
  });
}

/** The rules' counts, the groups and the safe fixes of a check's issues. */
export interface IssueGroups {
  rules: { rule: RuleCode; count: number }[];
  all: RuleGroup[];
  safe: Set<Issue>;
}

const grouped = new WeakMap<Issue[], IssueGroups>();

/**
 * The groups of a check's issues, worked out once per check (7 544 issues on the 500-action
 * demo workbook): App prepares them while the pane is idle after each check, so that Contrôler
 * opens on them (bench/pane-open.ts).
 */
export function issueGroups(issues: Issue[]): IssueGroups {
  const known = grouped.get(issues);
  if (known) return known;
  const all = groupByRule(issues);
  const made = { rules: countByRule(issues), all, safe: new Set(all.flatMap((g) => g.fixable)) };
  grouped.set(issues, made);
  return made;
}

/** How many issues each rule has, for the rule filter (rules without issues left out). */
export function countByRule(issues: Issue[]): { rule: RuleCode; count: number }[] {
  return RULE_ORDER.map((rule) => ({
    rule,
    count: issues.filter((i) => i.rule === rule).length,
  })).filter((r) => r.count > 0);
}

export function countBySeverity(issues: Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/**
 * The value a fix replaces, as the issue recorded it (the text typed, the serial number, the
 * header found), for « before → after » and for undo; undefined when the issue does not say.
 */
export function valueBefore(issue: Issue): CellValue | undefined {
  const params: Record<string, unknown> = issue.params;
  const value = 'value' in params ? params['value'] : params['found'];
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}
