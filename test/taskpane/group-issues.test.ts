import { issue, type Issue } from '../../src/core/checks/issue';
import { countBySeverity, groupIssues } from '../../src/taskpane/group-issues';

const at = (sheet: string, cell: string) => ({ sheet, cell });
const ISSUES: Issue[] = [
  issue('structure', 'info', at('', ''), { problem: 'template-unknown' }),
  issue('required', 'warning', at('Actions', 'B2'), { column: 'Intitulé de l’action' }),
  issue('required', 'error', at('Actions', 'A3'), { column: 'N° action' }),
  issue('required', 'warning', at('Preuves', 'C2'), { column: 'Preuve' }),
  issue('required', 'error', at('Actions', 'A4'), { column: 'N° action' }),
];

describe('groupIssues', () => {
  it('keeps the checker’s sheet order and puts errors before warnings', () => {
    expect(
      groupIssues(ISSUES).map((g) => [
        g.sheet,
        g.count,
        g.severities.map((s) => [s.severity, s.issues.map((i) => i.cell)]),
      ]),
    ).toEqual([
      ['', 1, [['info', ['']]]],
      [
        'Actions',
        3,
        [
          ['error', ['A3', 'A4']],
          ['warning', ['B2']],
        ],
      ],
      ['Preuves', 1, [['warning', ['C2']]]],
    ]);
  });

  it('counts by severity, zeros included', () => {
    expect(countBySeverity(ISSUES)).toEqual({ error: 2, warning: 2, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
