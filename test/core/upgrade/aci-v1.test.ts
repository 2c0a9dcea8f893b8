import { compute } from '../../../src/core/indicators/compute';
import { buildMergedPlan } from '../../../src/core/merge/build-merged';
import { templateAt } from '../../../src/core/restore/template-at';
import { ACI_TYPED_RATE_INDICATOR } from '../../../src/core/templates/cpts-aci';
import { cpts } from '../../../src/core/templates/cpts';
import type { TemplateDef } from '../../../src/core/templates/types';
import { describeUpgrade } from '../../../src/core/upgrade/describe';
import { planUpgrade, upgradeToData } from '../../../src/core/upgrade/upgrade';
import { checkWorkbook } from '../../../src/core/check';
import { inputOf, NOW, restored } from '../../merge/support/workbooks';
import { planInput } from '../support/plan-input';

/** A cpts v1 ACI sheet as finance officers filled it: rates typed by hand, one of them 1,3. */
const V1_ACI = [
  { mission: 'Accès aux soins', fixed: 30000, variableMax: 20000, attainment: 1.3, advance: 22500 },
  { mission: 'Parcours pluriprofessionnels', fixed: 25000, variableMax: 25000, attainment: 0.6 },
  // Overpaid by 5 000 €: never netted against the balances owed on the other missions.
  { mission: 'Prévention', fixed: 10000, variableMax: 10000, attainment: 1, advance: 25000 },
];

describe('issue 15: a cpts v1 workbook with typed ACI rates upgrades without losing one', () => {
  const v1 = templateAt(cpts, 1) as TemplateDef;
  const input = inputOf(v1, { ACI: V1_ACI });
  const r = restored(input, 'aci-v1.xlsx');
  const plan = buildMergedPlan(upgradeToData(r), { now: NOW });
  const back = planInput(cpts, plan);
  const rows = (table: string) => {
    const t = back.tables.find((x) => x.name === table)!;
    return t.values
      .map((cells) => Object.fromEntries(t.headers.map((h, i) => [h, cells[i] ?? null])))
      .filter((x) => Object.values(x).some((v) => v !== null && v !== ''));
  };

  it('each typed rate becomes its mission’s one indicator, the rate kept exactly as typed', () => {
    const indicators = rows('IndicateursACI');
    expect(
      indicators.map((x) => [
        x['Mission'],
        x['Pondération'],
        x['Objectif annuel'],
        x['Valeur atteinte'],
      ]),
    ).toEqual([
      ['Accès aux soins', 1, 1, 1.3],
      ['Parcours pluriprofessionnels', 1, 1, 0.6],
      ['Prévention', 1, 1, 1],
    ]);
    expect(indicators[0]!['Indicateur']).toBe(`${ACI_TYPED_RATE_INDICATOR} : Accès aux soins`);
  });

  it('a typed 1,3 gives the 20 000 € maximum, not 26 000 €', () => {
    const aci = rows('ACI');
    expect(aci[0]!["Taux d'atteinte des objectifs"]).toBe(1);
    expect(aci[0]!['Part variable due (€)']).toBe(20000);
  });

  it('an overpayment on one mission is not netted against another mission’s balance', () => {
    const data = Object.fromEntries(
      cpts.tables.map((t) => [
        t.name,
        rows(t.name).map((x) =>
          Object.fromEntries(t.columns.map((c) => [c.id, x[c.header] ?? null])),
        ),
      ]),
    );
    const f = compute(cpts, data).figures;
    // 30 000 + 20 000 − 22 500 = 27 500 and 25 000 + 15 000 = 40 000; Prévention owes nothing.
    expect(f['CPTS_ACI_ResteAVerser']).toBe(67500);
    expect(f['CPTS_ACI_TropPercu']).toBe(5000);
  });

  it('the report says where the typed rates went', () => {
    const text = describeUpgrade(planUpgrade(r)).join('\n');
    expect(text).toContain(
      '3 valeurs saisies devenues chacune l’indicateur unique de sa mission dans la feuille « Indicateurs ACI »',
    );
    expect(text).not.toContain('Tableau « IndicateursACI » absent');
    // The typed rates went to IndicateursACI, not to Autres données (issue 18's v2 columns do).
    expect(planUpgrade(r).removed.filter((x) => x.table === 'ACI')).toEqual([]);
    expect(text).not.toContain('Autres données »');
  });

  it('the checker never offers « 1,3 % » for the typed rate', () => {
    const issues = checkWorkbook(back).issues;
    expect(issues.filter((i) => i.rule === 'percent-scale')).toEqual([]);
  });
});
