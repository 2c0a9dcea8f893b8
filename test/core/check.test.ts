import { checkWorkbook } from '../../src/core/check';
import type { WorkbookInput } from '../../src/core/read/types';
import type { WorkbookValues } from '../../src/workbook/xlsx/read';
import { RULE_ORDER, type Issue } from '../../src/core/checks/issue';
import { EXAMPLES } from '../../src/core/examples';
import { compute } from '../../src/core/indicators/compute';
import { ca } from '../../src/core/templates/ca';
import { example, rowWith } from './support/examples';
import { setCell, tableOf } from './support/plan-input';

const summary = (issues: Issue[]) =>
  issues.map((i) => `${i.severity} ${i.rule} ${i.sheet}!${i.cell}`);

describe('checkWorkbook on the ca example', () => {
  const result = checkWorkbook(example('ca'));

  it('recognises the template', () => {
    expect([result.template, result.version]).toEqual(['ca', 3]);
  });

  it('flags the invented A4 (no deliverable, an impact claimed), not the three worked cases', () => {
    expect(
      result.actions.map((a) => [a.id, a.row, a.flagged, a.missing, a.unsupportedImpact]),
    ).toEqual([
      ['A1', 2, false, [], false],
      ['A2', 3, false, [], false],
      ['A3', 4, false, [], false],
      ['A4', 5, true, ['livrable'], true],
    ]);
    expect(result.actions[3]).toEqual({
      id: 'A4',
      sheet: 'Actions',
      row: 5,
      counts: { quantitative: 1, qualitative: 1, observable: 0 },
      missing: ['livrable'],
      flagged: true,
      unsupportedImpact: true,
    });
  });

  it('reports only what the example shows on purpose', () => {
    expect(summary(result.issues)).toEqual([
      'warning triangulation Actions!AP5',
      'warning proof Preuves!C13', // A4's poster supports an output only: not counted
      'warning unsupported-impact Chaîne de valeur!G5',
    ]);
  });

  it('computes the figures of the workbook formulas', () => {
    expect(result.figures).toEqual(compute(ca, EXAMPLES.ca.data).figures);
    expect(result.figures).toMatchObject({
      CA_NbActions: 4,
      CA_NbActionsTriangulees: 3,
      CA_TauxTriangulation: 3 / 4,
      CA_BeneficiairesCibles: 285, // 120 + 80 + 25 + 60
      CA_BeneficiairesAtteints: 210, // 96 + 64 + 9 + 41
      CA_TauxPresencePartenaires: 23 / 27, // (7 + 5 + 5 + 6) / (8 + 5 + 8 + 6)
      CA_TauxCRDiffuses: 0.75, // 3 OUI of 4
      CA_BudgetTotal: 11900, // 400 + 2500 + 3000 + 6000
    });
  });

  it('returns the records of every table', () => {
    expect(result.records['Actions']!.map((r) => [r.row, r.values['id']])).toEqual([
      [2, 'A1'],
      [3, 'A2'],
      [4, 'A3'],
      [5, 'A4'],
    ]);
    expect(result.records['Indicateurs']).toHaveLength(17);
  });
});

describe('checkWorkbook on the cpts example', () => {
  it('computes the figures and the evidence of projects', () => {
    const result = checkWorkbook(example('cpts'));
    expect(result.template).toBe('cpts');
    expect(result.figures).toMatchObject({
      CPTS_NbProjets: 3,
      CPTS_ACI_DepensesEngagees: 67500,
    });
    const f = result.figures as Record<string, number>;
    // Weighted attainment: accès 0,6 × 50 % (118 patients: the 100 level, not yet the 150 one)
    // + 0,4 × (36 − 30) / (36 − 24) h = 0,5; parcours 0,5 × 2/3 + 0,5 × 1 (12 RCP for 10,
    // capped) = 0,8333…; prévention 0,5 × 1 + 0,5 × 240/300 = 0,9.
    // (30 000 + 20 000 × 0,5) + (25 000 + 25 000 × 0,8333…) + (10 000 + 10 000 × 0,9) + 60 000
    expect(f['CPTS_ACI_TotalDu']).toBeCloseTo(
      30000 + 10000 + 25000 + 25000 * (5 / 6) + 19000 + 60000,
      6,
    );
    // Minus the 75 % advances: 22 500, 18 750, 7 500 and 45 000 (Fonctionnement).
    expect(f['CPTS_ACI_ResteAVerser']).toBeCloseTo(
      40000 - 22500 + (25000 + 25000 * (5 / 6) - 18750) + 11500 + 15000,
      6,
    );
    // Last year's balances came with the advances; 2 500 € of Prévention's remain (issue 15).
    expect([f['CPTS_ACI_SoldePrecedentDu'], f['CPTS_ACI_ResteAnniversaire']]).toEqual([
      65250, 2500,
    ]);
    expect(f['CPTS_ACI_TauxAtteinte']).toBeCloseTo((10000 + 25000 * (5 / 6) + 9000) / 55000, 6);
    expect(result.figures['CPTS_TauxSatisfaction']).toBeCloseTo(78 / 92, 12); // (34 + 44) / (40 + 52 + 0)
    expect(result.actions.filter((a) => a.flagged).map((a) => a.id)).toEqual([
      'Réseau addictologie',
      'Ateliers santé des aidants',
    ]);
  });
});

describe('figures follow the workbook, issues offer the fixes', () => {
  it('leaves a number typed as text out of the sums, as SUM does, and offers the number', () => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), 'Budget prévu (€)', '400');
    const result = checkWorkbook(input);
    expect(result.figures['CA_BudgetTotal']).toBe(11500); // 2500 + 3000 + 6000: the text "400" is not summed
    expect(result.records['Actions']![0]!.values['budget']).toBe(400);
    expect(result.issues.find((i) => i.rule === 'number')).toMatchObject({
      cell: 'Q2',
      fix: { cell: 'Q2', value: 400 },
    });
  });
});

describe('a damaged structure is reported precisely, and the rest still checked', () => {
  it('a renamed header', () => {
    const input = example('ca');
    const t = tableOf(input, 'Indicateurs');
    t.headers[t.headers.indexOf('Valeur cible')] = 'Valeur ciblée';
    const result = checkWorkbook(input);
    expect(result.issues.find((i) => i.rule === 'structure')).toMatchObject({
      rule: 'structure',
      severity: 'error',
      sheet: 'Indicateurs',
      cell: 'I1',
      params: { problem: 'missing-column', column: 'Valeur cible', suggestion: 'Valeur ciblée' },
      fix: { cell: 'I1', value: 'Valeur cible' },
    });
    expect(result.issues.filter((i) => i.rule === 'required')).toEqual([]); // no cascade on the lost column
    expect(result.actions.find((a) => a.id === 'A4')?.flagged).toBe(true);
    expect(result.figures['CA_NbActions']).toBe(4);
  });

  it('a missing table', () => {
    const input = example('ca');
    input.tables = input.tables.filter((t) => t.name !== 'Preuves');
    setCell(
      input,
      'Actions',
      rowWith(input, 'Actions', 'A1'),
      'Les ressources ont été mobilisées comme prévu',
      'oui',
    );
    // Without Preuves every count is 0: triangulation cannot be judged, so it says nothing.
    expect(summary(checkWorkbook(input).issues)).toEqual([
      'info choice Actions!T2',
      'error structure Preuves!',
    ]);
  });

  it('an unknown workbook', () => {
    expect(checkWorkbook({ sheets: ['Feuil1'], tables: [], meta: {} })).toEqual({
      template: null,
      version: null,
      issues: [
        {
          rule: 'structure',
          severity: 'error',
          sheet: '',
          cell: '',
          params: { problem: 'template-unknown' },
        },
      ],
      figures: {},
      actions: [],
      records: {},
    });
  });
});

describe('issue order', () => {
  it('is by sheet order of the template, then row, column and rule, and deterministic', () => {
    const spoil = () => {
      const input = example('ca');
      setCell(input, 'Preuves', 0, 'Type de preuve', 'quantitatif (chiffres)'); // Preuves!B2
      setCell(input, 'Actions', rowWith(input, 'Actions', 'A2'), "Intitulé de l'action", null); // Actions!C3
      setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), 'Date de fin', 'bientôt'); // Actions!P2
      setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), 'Budget prévu (€)', -5); // Actions!Q2
      setCell(input, 'Objectifs', rowWith(input, 'Objectifs', 'O1'), 'Niveau', 'Spécifique'); // Objectifs!B5
      input.sheets = input.sheets.filter((s) => s !== 'Listes');
      input.meta = {};
      return input;
    };
    const issues = checkWorkbook(spoil()).issues;
    expect(summary(issues)).toEqual([
      'info structure !', // template guessed: _meta emptied
      'error objective-tree Objectifs!D5', // O1, now Spécifique, hangs from S1 (Spécifique)
      'warning unknown-reference Actions!B2', // A1's objective O1 is no longer opérationnel
      'error date Actions!P2',
      'error number Actions!Q2',
      'error required Actions!C3',
      'warning triangulation Actions!AP5',
      'info choice Preuves!B2',
      'warning proof Preuves!C13',
      'warning unsupported-impact Chaîne de valeur!G5',
      'warning structure Listes!',
    ]);
    expect(checkWorkbook(spoil()).issues).toEqual(issues);
  });

  it('lists every rule code once in RULE_ORDER', () => {
    expect(new Set(RULE_ORDER).size).toBe(RULE_ORDER.length);
  });
});

describe('input', () => {
  it('accepts what the xlsx adapter reads (WorkbookValues), without core importing it', () => {
    const values: WorkbookValues = { sheets: [], tables: [], names: {}, meta: {} };
    const input: WorkbookInput = values;
    expect(checkWorkbook(input).template).toBeNull();
  });
});
