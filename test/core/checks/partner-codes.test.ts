import { brief, example, issuesOf, rowWith, spareRow } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('partner-codes (seed 003: the CPTS counts people, by their codes)', () => {
  it('finds nothing in the example: each project lists as many codes as it counts', () => {
    expect(issuesOf(example('cpts'), 'partner-codes')).toEqual([]);
  });

  it('a project counting more usagers partenaires than the codes listed for it', () => {
    const input = example('cpts');
    const row = rowWith(input, 'Projets', 'Réseau addictologie');
    setCell(input, 'Projets', row, 'Usagers partenaires impliqués', 5);
    expect(brief(issuesOf(input, 'partner-codes'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Projets',
        cell: `G${row + 2}`,
        params: { key: 'Réseau addictologie', typed: 5, listed: 4, sheet: 'Usagers partenaires' },
      },
    ]);
  });

  it('a code listed twice for a project is one person; another case of it too', () => {
    const input = example('cpts');
    const spare = spareRow(input, 'UsagersPartenaires');
    setCell(input, 'UsagersPartenaires', spare, 'Code (pseudonyme)', 'up-03');
    setCell(input, 'UsagersPartenaires', spare, 'Projet ou action', 'Réseau addictologie');
    expect(issuesOf(input, 'partner-codes')).toEqual([]);
  });
});
