import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('subsidy', () => {
  it.each([
    [23000, []], // not strictly above 23 000 €
    [
      23000.01,
      [
        {
          severity: 'info',
          sheet: 'Actions',
          cell: 'R3',
          params: { key: 'A2', amount: 23000.01, threshold: 23000 },
        },
      ],
    ],
    [
      40000,
      [
        {
          severity: 'info',
          sheet: 'Actions',
          cell: 'R3',
          params: { key: 'A2', amount: 40000, threshold: 23000 },
        },
      ],
    ],
  ])('Financement ARS of A2 = %d €', (amount, expected) => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A2'), 'Financement ARS (€)', amount);
    expect(brief(issuesOf(input, 'subsidy'))).toEqual(expected);
  });
});
