import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

const info = (cell: string, key: string, amount: number, actions: string[]) => ({
  severity: 'info',
  sheet: 'Actions',
  cell,
  params: { key, amount, threshold: 23000, year: 2024, actions },
});

describe('subsidy (décret 2001-495: above 23 000 € a year, per organisation)', () => {
  it.each([
    [23000, []], // not strictly above 23 000 €
    [23000.01, [info('R3', 'CSAPA Albi', 23000.01, ['A2'])]],
    [40000, [info('R3', 'CSAPA Albi', 40000, ['A2'])]],
  ])('Financement ARS of A2 = %d €', (amount, expected) => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A2'), 'Financement ARS (€)', amount);
    expect(brief(issuesOf(input, 'subsidy'))).toEqual(expected);
  });

  it('issue 18: two 15 000 € actions of one Porteur in one year add up to 30 000 €', () => {
    const input = example('ca');
    for (const id of ['A1', 'A2']) {
      setCell(input, 'Actions', rowWith(input, 'Actions', id), 'Porteur', 'CSAPA Albi');
      setCell(input, 'Actions', rowWith(input, 'Actions', id), 'Financement ARS (€)', 15000);
    }
    // 15 000 + 15 000 = 30 000 > 23 000, said once at the first action's amount.
    expect(brief(issuesOf(input, 'subsidy'))).toEqual([
      info('R2', 'CSAPA Albi', 30000, ['A1', 'A2']),
    ]);
  });

  it('the same two actions in two different years are two subsidies under the threshold', () => {
    const input = example('ca');
    for (const id of ['A1', 'A2']) {
      setCell(input, 'Actions', rowWith(input, 'Actions', id), 'Porteur', 'CSAPA Albi');
      setCell(input, 'Actions', rowWith(input, 'Actions', id), 'Financement ARS (€)', 15000);
    }
    const a2 = rowWith(input, 'Actions', 'A2');
    setCell(input, 'Actions', a2, 'Date de début', new Date('2025-02-01T00:00:00Z'));
    setCell(input, 'Actions', a2, 'Date de fin', new Date('2025-09-30T00:00:00Z'));
    expect(issuesOf(input, 'subsidy')).toEqual([]);
  });

  it('an action without a Porteur stands alone', () => {
    const input = example('ca');
    for (const id of ['A1', 'A2']) {
      setCell(input, 'Actions', rowWith(input, 'Actions', id), 'Porteur', null);
      setCell(input, 'Actions', rowWith(input, 'Actions', id), 'Financement ARS (€)', 15000);
    }
    expect(issuesOf(input, 'subsidy')).toEqual([]);
  });
});
