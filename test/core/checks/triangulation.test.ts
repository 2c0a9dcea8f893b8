import { brief, example, issuesOf, spareRow } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('triangulation', () => {
  it('flags A3, which has filed no deliverable, at its Triangulation cell', () => {
    expect(brief(issuesOf(example('ca'), 'triangulation'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Actions',
        cell: 'AJ4',
        params: { key: 'A3', missing: ['livrable'] },
      },
    ]);
  });

  it('flags nothing once A3 has an observable proof', () => {
    const input = example('ca');
    const row = spareRow(input, 'Preuves');
    setCell(input, 'Preuves', row, 'N° action', 'A3');
    setCell(input, 'Preuves', row, 'Type de preuve', 'Observable (documents, livrables)');
    setCell(input, 'Preuves', row, 'Preuve', 'Accord d’entreprise signé');
    expect(issuesOf(input, 'triangulation')).toEqual([]);
  });

  it('flags cpts projects with every missing kind', () => {
    expect(brief(issuesOf(example('cpts'), 'triangulation'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Projets',
        cell: 'U3',
        params: { key: 'Réseau addictologie', missing: ['témoignage'] },
      },
      {
        severity: 'warning',
        sheet: 'Projets',
        cell: 'U4',
        params: { key: 'Ateliers santé des aidants', missing: ['chiffre', 'livrable'] },
      },
    ]);
  });
});
