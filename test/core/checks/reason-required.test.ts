import type { CellValue } from '../../../src/core/values/cell';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

const RES = 'Les ressources ont été mobilisées comme prévu';
const WHY = 'Ressources : si non ou partiellement, pourquoi ?';
const OBJ = 'Les objectifs cibles ont été atteints';
const JUST = 'Objectifs : justification, éléments clés';

describe('reason-required', () => {
  it.each([
    [
      RES,
      'En partie',
      WHY,
      null,
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'U2',
          params: { column: RES, answer: 'En partie', reason: WHY },
        },
      ],
    ],
    [
      RES,
      'non',
      WHY,
      '',
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'U2',
          params: { column: RES, answer: 'NON', reason: WHY },
        },
      ],
    ], // read as NON
    [RES, 'NON', WHY, 'Budget gelé', []],
    [RES, 'OUI', WHY, null, []],
    [
      OBJ,
      'Partiellement',
      JUST,
      null,
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'AA2',
          params: { column: OBJ, answer: 'Partiellement', reason: JUST },
        },
      ],
    ],
  ] as [string, string, string, CellValue, object[]][])(
    '%s = %j, reason %j',
    (answer, value, reason, why, expected) => {
      const input = example('ca');
      const row = rowWith(input, 'Actions', 'A1');
      setCell(input, 'Actions', row, answer, value);
      setCell(input, 'Actions', row, reason, why);
      expect(brief(issuesOf(input, 'reason-required'))).toEqual(expected);
    },
  );
});
