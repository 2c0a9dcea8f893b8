import { compute } from '../../../src/core/indicators/compute';
import { buildMergedPlan } from '../../../src/core/merge/build-merged';
import { cpts } from '../../../src/core/templates/cpts';
import { CPTS_V1_DATA, cptsV1 } from '../../support/cpts-v1';
import { describeUpgrade } from '../../../src/core/upgrade/describe';
import { planUpgrade, upgradeToData } from '../../../src/core/upgrade/upgrade';
import { enteredValues, inputOf, NOW, restored } from '../../merge/support/workbooks';
import { planInput } from '../support/plan-input';

describe('issue 18: cpts evolutions that handle 0', () => {
  it.each([
    [0, 5, '', 5], // 0 → 5: no relative change, the gap shows the rise
    [10, 5, -0.5, -5], // (5 − 10) / 10
    [4, 4, 0, 0],
  ])('difficulties %d → %d: change %j, gap %d', (before, after, change, gap) => {
    const row = compute(cpts, {
      Population: [{ project: 'P', difficultiesBefore: before, difficultiesAfter: after }],
    }).tables['Population']![0]!;
    expect([row['difficultiesChange'], row['difficultiesGap']]).toEqual([change, gap]);
  });

  it('satisfaction comes with its response rate: 34 satisfied of 40 respondents among 50 participants', () => {
    const c = compute(cpts, {
      Projets: [{ id: 'P', participants: 50, respondents: 40, satisfied: 34 }],
    });
    expect(c.tables['Projets']![0]!['responseRate']).toBe(0.8); // 40 / 50
    expect(c.figures['CPTS_TauxReponse']).toBe(0.8);
    expect(c.figures['CPTS_TauxSatisfaction']).toBe(34 / 40);
  });

  it('a version 1 workbook upgrades to version 2 with every typed value', () => {
    const v1 = cptsV1;
    const data = CPTS_V1_DATA;
    const input = inputOf(v1, data);
    expect(v1.sheets).not.toContain('Usagers partenaires');
    const r = restored(input, 'usagers.xlsx');
    const upgrade = planUpgrade(r);
    expect(upgrade.added).toContainEqual({
      table: 'Projets',
      column: 'Usagers engagés en information',
    });
    expect(upgrade.addedSheets[0]).toBe('Usagers partenaires');
    expect(upgrade.added).toContainEqual({ table: 'Preuves', column: 'Indicateur ACI' });
    expect(upgrade.removed.map((x) => x.column)).toEqual([
      "Niveau d'engagement des usagers",
      'Déterminants visés',
    ]);
    // Where the single level goes is said in the report.
    const report = describeUpgrade(upgrade).join('\n');
    expect(report).toContain(
      "Projets : « Niveau d'engagement des usagers » : la version 2 compte les usagers engagés dans chaque phase",
    );
    expect(report).toContain('Feuilles ajoutées (vides) :\n  « Usagers partenaires »');
    // The level and the determinants are carried to Autres données, row by row.
    expect(r.others.map((o) => [o.header, o.row, o.value])).toEqual([
      ["Niveau d'engagement des usagers", 'Campagne formulaire de sollicitation', 'Information'],
      ["Niveau d'engagement des usagers", 'Réseau addictologie', 'Collaboration'],
      ["Niveau d'engagement des usagers", 'Ateliers santé des aidants', 'Partenariat'],
      ['Déterminants visés', 'Réseau addictologie', 'Organisationnels'],
      ['Déterminants visés', 'Ateliers santé des aidants', 'Sociaux'],
    ]);
    const plan = buildMergedPlan(upgradeToData(r), { now: NOW });
    expect(plan.version).toBe(2);
    const tables = v1.tables.map((t) => t.name);
    const carried = (v: string) =>
      !/^(Projets|Population):string:(Information|Collaboration|Partenariat|Organisationnels|Sociaux)$/.test(
        v,
      );
    expect(enteredValues(cpts, planInput(cpts, plan), tables)).toEqual(
      enteredValues(v1, input, tables).filter(carried),
    );
    expect(plan.sheets.map((s) => s.name)).toContain('Autres données');
  });
});
