import { brief, example, issuesOf, rowWith, spareRow } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('unsupported-impact', () => {
  it('flags the impact the invented A4 claims without a deliverable', () => {
    expect(brief(issuesOf(example('ca'), 'unsupported-impact'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Chaîne de valeur',
        cell: 'G5',
        params: { key: 'A4', missing: ['livrable'] },
      },
    ]);
  });

  it('says nothing when no impact is claimed', () => {
    const input = example('ca');
    setCell(input, 'ChaineValeur', rowWith(input, 'ChaineValeur', 'A4'), 'Impact', null);
    expect(issuesOf(input, 'unsupported-impact')).toEqual([]);
  });

  it('says nothing once the evidence is complete', () => {
    const input = example('ca');
    const row = spareRow(input, 'Preuves');
    setCell(input, 'Preuves', row, 'N° action', 'A4');
    setCell(input, 'Preuves', row, 'Type de preuve', 'Observable (documents, livrables)');
    setCell(input, 'Preuves', row, 'Preuve', 'Planning de la permanence affiché');
    setCell(input, 'Preuves', row, 'Source', 'Affichage au CSAPA');
    expect(issuesOf(input, 'unsupported-impact')).toEqual([]);
  });
});
