import { issue, type Issue } from '../../src/core/checks/issue';
import {
  countByRule,
  countBySeverity,
  fixIsSafe,
  groupByRule,
  issueGroups,
  valueBefore,
} from '../../src/taskpane/group-issues';

const at = (sheet: string, cell: string) => ({ sheet, cell });
const ISSUES: Issue[] = [
  issue('structure', 'info', at('', ''), { problem: 'template-unknown' }),
  issue('required', 'warning', at('Actions', 'B2'), { column: 'Intitulé de l’action' }),
  issue('required', 'error', at('Actions', 'A3'), { column: 'N° action' }),
  issue('triangulation', 'warning', at('Actions', 'AJ2'), { key: 'A1', missing: ['livrable'] }),
  issue('required', 'warning', at('Preuves', 'C2'), { column: 'Preuve' }),
  issue('triangulation', 'warning', at('Actions', 'AJ3'), { key: 'A2', missing: ['chiffre'] }),
];

/** « 45,5 » typed as text in a count column: read as 45.5 (fix), which is still not whole. */
const text = issue(
  'number',
  'warning',
  at('Actions', 'T2'),
  { problem: 'text', column: 'Nombre', value: '45,5', parsed: 45.5, percent: false },
  { cell: 'T2', value: 45.5 },
);
const notWhole = issue('number', 'error', at('Actions', 'T2'), {
  problem: 'not-integer',
  column: 'Nombre',
  value: 45.5,
});
const choice = issue(
  'choice',
  'info',
  at('Actions', 'K2'),
  { problem: 'normalised', column: 'Réalisée', value: 'oui', expected: 'OUI' },
  { cell: 'K2', value: 'OUI' },
);

describe('the Contrôler list', () => {
  it('groups by rule in the checker’s order, errors first in each group', () => {
    expect(
      groupByRule(ISSUES).map((g) => [g.rule, g.severity, g.issues.map((i) => i.cell)]),
    ).toEqual([
      ['structure', 'info', ['']],
      ['required', 'error', ['A3', 'B2', 'C2']],
      ['triangulation', 'warning', ['AJ2', 'AJ3']],
    ]);
  });

  it.each([
    [{ severity: 'error', rule: 'all' }, [['required', ['A3']]]],
    [{ severity: 'all', rule: 'triangulation' }, [['triangulation', ['AJ2', 'AJ3']]]],
    [{ severity: 'error', rule: 'triangulation' }, []],
  ] as const)('filters by severity and rule: %j', (filter, groups) => {
    expect(groupByRule(ISSUES, filter).map((g) => [g.rule, g.issues.map((i) => i.cell)])).toEqual(
      groups,
    );
  });

  it('counts by rule and by severity, for the filters and the badges', () => {
    expect(countByRule(ISSUES)).toEqual([
      { rule: 'structure', count: 1 },
      { rule: 'required', count: 3 },
      { rule: 'triangulation', count: 2 },
    ]);
    expect(countBySeverity(ISSUES)).toEqual({ error: 1, warning: 4, info: 1 });
  });

  it('issue 14: offers no fix for « 45,5 » in a whole-number column (it would leave an error)', () => {
    expect(fixIsSafe(text, [text, notWhole])).toBe(false);
    expect(fixIsSafe(text, [text])).toBe(true);
    expect(groupByRule([text, notWhole, choice]).map((g) => [g.rule, g.fixable.length])).toEqual([
      ['choice', 1],
      ['number', 0],
    ]);
  });

  it('knows the value a fix replaces (before → after, undo)', () => {
    expect([valueBefore(choice), choice.fix?.value]).toEqual(['oui', 'OUI']);
    expect(valueBefore(text)).toBe('45,5');
    expect(valueBefore(ISSUES[1]!)).toBeUndefined();
  });

  it('works out a check’s groups once, as the list shows them (prepared while the pane is idle)', () => {
    const issues = [...ISSUES, text, notWhole, choice];
    const groups = issueGroups(issues);
    expect(groups.all).toEqual(groupByRule(issues));
    expect(groups.rules).toEqual(countByRule(issues));
    expect([...groups.safe]).toEqual([choice]);
    // The same check: the same groups, not grouped again; another check: grouped afresh.
    expect(issueGroups(issues)).toBe(groups);
    expect(issueGroups([...issues])).not.toBe(groups);
  });
});
