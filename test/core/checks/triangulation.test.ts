import { brief, example, issuesOf, spareRow } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('triangulation', () => {
  it('flags the invented A4, which has filed no deliverable, at its Triangulation cell', () => {
    expect(brief(issuesOf(example('ca'), 'triangulation'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Actions',
        cell: 'AP5',
        params: { key: 'A4', missing: ['livrable'] },
      },
    ]);
  });

  it('flags nothing once A4 has an observable proof', () => {
    const input = example('ca');
    const row = spareRow(input, 'Preuves');
    setCell(input, 'Preuves', row, 'N° action', 'A4');
    setCell(input, 'Preuves', row, 'Type de preuve', 'Observable (documents, livrables)');
    setCell(input, 'Preuves', row, 'Preuve', 'Planning de la permanence affiché');
    setCell(input, 'Preuves', row, 'Source', 'Affichage au CSAPA');
    expect(issuesOf(input, 'triangulation')).toEqual([]);
  });

  it('flags cpts projects with every missing kind', () => {
    expect(brief(issuesOf(example('cpts'), 'triangulation'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Projets',
        cell: 'Y3',
        params: { key: 'Réseau addictologie', missing: ['témoignage'] },
      },
      {
        severity: 'warning',
        sheet: 'Projets',
        cell: 'Y4',
        params: { key: 'Ateliers santé des aidants', missing: ['chiffre', 'livrable'] },
      },
    ]);
  });
});
