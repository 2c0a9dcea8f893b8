import type { CellValue } from '../../../src/core/values/cell';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('objective-tree', () => {
  it.each([
    [
      'S1',
      null,
      [
        {
          severity: 'error',
          sheet: 'Objectifs',
          cell: 'D3',
          params: { problem: 'no-parent', code: 'S1', level: 'Spécifique', expected: 'Général' },
        },
      ],
    ],
    [
      'O1',
      'G1',
      [
        {
          severity: 'error',
          sheet: 'Objectifs',
          cell: 'D5',
          params: {
            problem: 'parent-level',
            code: 'O1',
            level: 'Opérationnel',
            parent: 'G1',
            found: 'Général',
            expected: 'Spécifique',
          },
        },
      ],
    ],
    [
      'S2',
      'S1',
      [
        {
          severity: 'error',
          sheet: 'Objectifs',
          cell: 'D4',
          params: {
            problem: 'parent-level',
            code: 'S2',
            level: 'Spécifique',
            parent: 'S1',
            found: 'Spécifique',
            expected: 'Général',
          },
        },
      ],
    ],
    [
      'G1',
      'S1',
      [
        {
          severity: 'warning',
          sheet: 'Objectifs',
          cell: 'D2',
          params: { problem: 'general-with-parent', code: 'G1', parent: 'S1' },
        },
      ],
    ],
    ['O1', 's1', []], // the parent found as COUNTIFS would (case ignored)
    ['O1', 'X9', []], // an unknown parent is unknown-reference's
  ] as [string, CellValue, object[]][])('%s with parent %j', (code, parent, expected) => {
    const input = example('ca');
    setCell(input, 'Objectifs', rowWith(input, 'Objectifs', code), 'Objectif parent', parent);
    expect(brief(issuesOf(input, 'objective-tree'))).toEqual(expected);
  });

  it('finds nothing in the example tree', () => {
    expect(issuesOf(example('ca'), 'objective-tree')).toEqual([]);
  });
});
