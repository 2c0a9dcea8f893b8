import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

const DETAIL = 'Si autre public cible, précisez';

describe('other-public', () => {
  it.each([
    ['Bénévoles intervenants', []],
    [
      null,
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'K3',
          params: { column: 'Public cible 2', detail: DETAIL },
        },
      ],
    ],
  ])('A2 (Public cible 2 = Autre) with précisez = %j', (detail, expected) => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A2'), DETAIL, detail);
    expect(brief(issuesOf(input, 'other-public'))).toEqual(expected);
  });
});
