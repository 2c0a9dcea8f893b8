import { EXAMPLES } from '../../../src/core/examples';
import { compute } from '../../../src/core/indicators/compute';
import { buildMergedPlan } from '../../../src/core/merge/build-merged';
import { templateAt } from '../../../src/core/restore/template-at';
import { cpts } from '../../../src/core/templates/cpts';
import type { TemplateDef } from '../../../src/core/templates/types';
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
    const v1 = templateAt(cpts, 1) as TemplateDef;
    const input = inputOf(v1, EXAMPLES.cpts.data);
    const r = restored(input, 'usagers.xlsx');
    expect(planUpgrade(r).added.slice(0, 3)).toEqual([
      { table: 'Projets', column: 'Taux de réponse' },
      { table: 'Population', column: 'Écart des difficultés signalées (après − avant)' },
      { table: 'Preuves', column: 'Indicateur ACI' },
    ]);
    const plan = buildMergedPlan(upgradeToData(r), { now: NOW });
    expect(plan.version).toBe(2);
    const tables = cpts.tables.map((t) => t.name);
    expect(enteredValues(cpts, planInput(cpts, plan), tables)).toEqual(
      enteredValues(v1, input, tables),
    );
  });
});
