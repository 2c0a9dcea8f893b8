import { EXAMPLES } from '../../../src/core/examples';
import { buildMergedPlan } from '../../../src/core/merge/build-merged';
import { describeUpgrade } from '../../../src/core/upgrade/describe';
import { planUpgrade, upgradeToData } from '../../../src/core/upgrade/upgrade';
import { ca } from '../../../src/core/templates/ca';
import { planInput } from '../support/plan-input';
import { caV1, enteredValues, inputOf, NOW, restored } from '../../merge/support/workbooks';

describe('upgrade', () => {
  const old = () => restored(inputOf(caV1, EXAMPLES.ca.data), 'suivi-2024.xlsx');

  it('says what moves from version 1 to 2', () => {
    const p = planUpgrade(old());
    expect([p.from, p.to]).toEqual([1, 2]);
    expect(p.renamed).toEqual([
      { table: 'Preuves', from: 'Lien ou référence', to: 'Lien ou emplacement de la preuve' },
    ]);
    expect(p.added).toEqual([{ table: 'Actions', column: 'Partenaires associés' }]);
    expect(p.counts['Actions']).toEqual({ inputs: 3, merged: 3 });
    expect(describeUpgrade(p)).toEqual([
      'Mise à niveau de « suivi-2024.xlsx » : modèle ca, version 1 → 2.',
      'Colonnes renommées :',
      '  Preuves : « Lien ou référence » → « Lien ou emplacement de la preuve »',
      'Colonnes ajoutées (vides) :',
      '  Actions : « Partenaires associés »',
      'Lignes reprises par tableau :',
      '  Programme     8',
      '  Objectifs     6',
      '  Partenaires   4',
      '  Actions       3',
      '  Indicateurs   11',
      '  Preuves       8',
      '  ChaineValeur  3',
      '  Contribution  2',
      '  Instances     4',
      '  Calendrier    9',
      'Aucune valeur hors du modèle : pas de feuille Autres données.',
    ]);
  });

  it('writes every typed value into the version 2 workbook, with no Provenance column', () => {
    const input = inputOf(caV1, EXAMPLES.ca.data);
    const plan = buildMergedPlan(upgradeToData(restored(input, 'a.xlsx')), { now: NOW });
    expect(plan.version).toBe(2);
    const back = planInput(ca, plan);
    const tables = ca.tables.map((t) => t.name);
    expect(enteredValues(ca, back, tables)).toEqual(enteredValues(caV1, input, tables));
    expect(back.tables.every((t) => !t.headers.includes('Provenance'))).toBe(true);
  });
});
