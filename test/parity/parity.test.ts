import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES } from '../../src/core/examples';
import { compute } from '../../src/core/indicators/compute';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import { ACI_FONCTIONNEMENT_ROW, ACI_MISSIONS } from '../../src/core/templates/cpts-aci';
import type { TemplateDef } from '../../src/core/templates/types';
import { contractYear } from '../../src/core/values/anniversary';
import type { CellValue, Row } from '../../src/core/values/cell';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import type { WorkbookValues } from '../../src/workbook/types';
import { readWorkbookValues } from '../support/exceljs-values';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { recalculate } from '../support/libreoffice';
import {
  checkDiffs,
  computedDiffs,
  dashboardDiffs,
  figureDiffs,
  rowsOf,
  same,
} from '../support/parity-compare';
import { caV2 } from '../merge/support/workbooks';
import { CPTS_V1_DATA, cptsV1 } from '../support/cpts-v1';
import { ACI_LEVELS, ACI_LEVEL_CASES } from '../support/aci-level-cases';
import { DIRECTION_CASES } from '../support/direction-cases';
import { caFixture, cptsFixture } from '../support/random-data';
import { writtenByStream } from '../support/raw-zip';

/**
 * Formula parity: generate, fill, recalculate in LibreOffice headless, and compare every computed
 * cell and every named summary cell with the TypeScript twin. Tolerance 1e-9 (relative to the
 * magnitude for large amounts).
 */
const NOW = new Date('2026-03-01T00:00:00Z');

interface Case {
  label: string;
  template: TemplateDef;
  data: Record<string, Row[]>;
  config?: (typeof EXAMPLES)['ca']['config'];
  /** Written by the streaming writer (render-stream.ts), which planToXlsx takes for large plans. */
  stream?: boolean;
}

const cases: Case[] = [
  { label: 'ca-random-40', template: ca, data: caFixture(7, 40) },
  { label: 'ca-random-200', template: ca, data: caFixture(11, 200) },
  { label: 'ca-example', template: ca, data: EXAMPLES.ca.data, config: EXAMPLES.ca.config },
  { label: 'ca-empty', template: ca, data: {} },
  {
    label: 'ca-directions',
    template: ca,
    data: {
      Actions: [{ id: 'A1', title: 'Indicateurs en baisse, niveaux et cumuls' }],
      Indicateurs: DIRECTION_CASES.map((c) => c.row),
    },
  },
  { label: 'ca-v2-example', template: caV2, data: EXAMPLES.ca.data },
  {
    label: 'ca-dashboard-edges',
    template: ca,
    data: {
      Actions: [
        { id: 1, title: 'Nombre' },
        { id: 'A*', title: 'Joker', expected: 'Attendu' },
        {},
        { id: 'AB', title: 'Sans joker' },
        { id: 'c1', title: 'Sans indicateur' },
        { id: 'D1', title: 'Dernière' },
      ],
      Indicateurs: [
        { action: 'ab', type: 'Résultat', name: 'R de AB', target: 10, t1: 4 },
        { action: 'AB', type: 'Processus', name: 'P de AB', method: 'CR' },
        { action: 'A*', type: 'Activité', name: 'A de A*', target: 'dix' },
        { action: '1', type: 'Activité', name: 'texte 1 (non compté)' },
        { action: 1, type: 'Résultat', name: 'R de 1', target: 0 },
        { action: 'zz', type: 'Processus', name: 'action inconnue' },
        { action: 'D1', type: null, name: 'sans type' },
        { action: 'D1', type: 'Autre', name: 'type hors liste' },
        { action: 'AB', type: 'Résultat', name: 'R2 de AB' },
        { action: 'd1', type: 'Activité', name: 42 },
      ],
    },
  },
  { label: 'cpts-random-60', template: cpts, data: cptsFixture(3, 60) },
  { label: 'cpts-example', template: cpts, data: EXAMPLES.cpts.data, config: EXAMPLES.cpts.config },
  { label: 'cpts-empty', template: cpts, data: {} },
  { label: 'cpts-v1-example', template: cptsV1, data: CPTS_V1_DATA },
  {
    label: 'cpts-seed-003',
    template: cpts,
    data: {
      Projets: [
        { id: 'P1', engagedInformation: 40, engagedPartnership: 2, partners: 2 },
        { id: 'P2', engagedInformation: 0, engagedCollaboration: 5, partners: 2 },
      ],
      // UP-01 on both projects (case differs) and on the committee: one person; 7 ≠ "7".
      UsagersPartenaires: [
        { code: 'UP-01', project: 'P1' },
        { code: 'up-01', project: 'P2' },
        { code: 'UP-01', body: 'Comité des usagers' },
        { code: 7, project: 'P1' },
        { code: '7', project: 'P2' },
      ],
      Population: [
        // More recourse than referrals, over the 18 it was presented to; difficulties 0 → 5.
        {
          project: 'P1',
          referred: 10,
          presented: 18,
          used: 12,
          difficultiesBefore: 0,
          difficultiesAfter: 5,
        },
      ],
    },
  },
  {
    // Issue 15: the payments by due date — an advance short, one caught up by the later payment,
    // one above its due, last year's balance paid in part, above it, or typed as text.
    label: 'cpts-aci-payments',
    template: cpts,
    data: {
      CPTS: [{ field: 'Année contractuelle (début)', value: new Date(Date.UTC(2025, 6, 1)) }],
      ACI: [
        { mission: 'Accès aux soins', fixed: 30000, variableMax: 20000, advance: 10000 },
        { mission: 'Prévention', fixed: 10000, advance: 0, paid: 10000, prevDue: 7500 },
        {
          mission: 'Parcours pluriprofessionnels',
          fixed: 20000,
          advance: 16000,
          prevDue: 3000,
          prevPaid: 1000,
        },
        {
          mission: 'Qualité et pertinence',
          fixed: 8000,
          advance: 6000,
          prevDue: 2000,
          prevPaid: 2600,
        },
        { mission: 'Fonctionnement de la CPTS', fixed: 60000, advance: 45000, prevDue: 'solde' },
      ],
    },
  },
  {
    // Regression (issue 15): a contract year starting on 29/02 has its next anniversary on 28/02
    // (EDATE), the day the next year starts; the TypeScript twin (addMonths) agrees.
    label: 'cpts-aci-29-february',
    template: cpts,
    data: {
      CPTS: [{ field: 'Année contractuelle (début)', value: new Date(Date.UTC(2024, 1, 29)) }],
      ACI: [{ mission: 'Prévention', fixed: 10000, advance: 7500 }],
    },
  },
  {
    label: 'cpts-aci-levels',
    template: cpts,
    data: { IndicateursACI: ACI_LEVEL_CASES.map((c) => c.row), PaliersACI: ACI_LEVELS },
  },
  { label: 'ca-random-200-streamed', template: ca, data: caFixture(11, 200), stream: true },
  {
    label: 'cpts-example-streamed',
    template: cpts,
    data: EXAMPLES.cpts.data,
    config: EXAMPLES.cpts.config,
    stream: true,
  },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-parity-'));
const recalculated = new Map<string, WorkbookValues>();
/** Whether each file written came from the streaming writer (its zip has data descriptors). */
const streamed = new Map<string, boolean>();

beforeAll(async () => {
  const files: string[] = [];
  for (const c of cases) {
    const plan = buildPlan(c.template, {
      data: c.data,
      now: NOW,
      ...(c.config ? { config: c.config } : {}),
    });
    const file = path.join(dir, `${c.label}.xlsx`);
    const bytes = await planToXlsx(plan, c.stream ? { stream: true } : {});
    streamed.set(c.label, writtenByStream(bytes));
    fs.writeFileSync(file, bytes);
    files.push(file);
  }
  const outputs = recalculate(files, path.join(dir, 'out'));
  for (let i = 0; i < cases.length; i++) {
    const wb = await loadXlsx(fs.readFileSync(outputs[i] as string));
    recalculated.set((cases[i] as Case).label, readWorkbookValues(wb, { everything: true }));
  }
}, 300000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(cases)('LibreOffice parity: $label', (c) => {
  it('every computed column cell equals the TypeScript twin', () => {
    const { diffs, compared } = computedDiffs(c.template, recalculated.get(c.label)!);
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });

  it('every named summary cell equals the TypeScript figure', () => {
    expect(figureDiffs(c.template, recalculated.get(c.label)!)).toEqual([]);
  });

  it('every cell of the COPIL dashboard equals the TypeScript twin', () => {
    const { diffs, compared } = dashboardDiffs(c.template, recalculated.get(c.label)!);
    expect(diffs.slice(0, 20)).toEqual([]);
    if (c.template.dashboard) expect(compared).toBeGreaterThan(100);
  });
});

describe.each(cases)('the checker reports the workbook’s own figures: $label', (c) => {
  it('every figure and every triangulation of trepied check equals LibreOffice', () => {
    expect(checkDiffs(c.template, recalculated.get(c.label)!)).toEqual([]);
  });
});

describe('issue 18: LibreOffice shows what a decreasing indicator means', () => {
  it('realised value, rate, status and retained rate of each case, as the seeds read them', () => {
    const wb = recalculated.get('ca-directions')!;
    const rows = rowsOf(ca, wb)['Indicateurs']!;
    const shown = (v: CellValue | undefined) =>
      typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : (v ?? '');
    expect(
      DIRECTION_CASES.map((c, i) => {
        const r = rows[i]!;
        return [c.label, shown(r['realised']), shown(r['rate']), r['status'], shown(r['retained'])];
      }),
    ).toEqual(
      DIRECTION_CASES.map((c) => [
        c.label,
        shown(c.realised),
        shown(c.rate),
        c.status,
        shown(c.retained),
      ]),
    );
  });
});

describe('issue 18: LibreOffice shows the cpts figures as seed 003 reads them', () => {
  it('distinct usagers partenaires, users per phase, recourse over those presented, 0 → 5', () => {
    const wb = recalculated.get('cpts-seed-003')!;
    const names = [
      'CPTS_UsagersPartenaires',
      'CPTS_UsagersPartenairesParProjet',
      'CPTS_NbInformation',
      'CPTS_UsagersInformation',
      'CPTS_NbCollaboration',
      'CPTS_TauxRecours',
      'CPTS_EcartDifficultes',
    ];
    // LibreOffice writes 15 significant digits.
    const shown = (v: CellValue | undefined) =>
      typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : (v ?? '');
    const third = Math.round((12 / 18) * 1e9) / 1e9;
    expect(names.map((n) => shown(wb.names[n]))).toEqual([3, 4, 1, 40, 1, third, 5]);
    const row = rowsOf(cpts, wb)['Population']![0]!;
    const rates = [row['uptakeRate'], row['difficultiesChange'], row['difficultiesGap']];
    expect(rates.map(shown)).toEqual([third, '', 5]);
  });
});

describe('issue 15: LibreOffice shows the ACI payments by due date', () => {
  it("this year's anniversary: advances and last year's balances; the next one: this year's balance", () => {
    const wb = recalculated.get('cpts-aci-payments')!;
    const names = [
      'CPTS_ACI_AttenduAnniversaire',
      'CPTS_ACI_VerseAnniversaire',
      'CPTS_ACI_ResteAnniversaire',
      'CPTS_ACI_AttenduAnniversaireSuivant',
      'CPTS_ACI_VerseAnniversaireSuivant',
      'CPTS_ACI_ResteAnniversaireSuivant',
      'CPTS_ACI_SoldePrecedentDu',
      'CPTS_ACI_SoldePrecedentRestant',
      'CPTS_ACI_ResteAVerser',
    ];
    // Advances due 22 500 + 7 500 + 15 000 + 6 000 + 45 000, balances n-1 7 500 + 3 000 + 2 000
    // (text is no amount); paid 10 000 + 16 000 + 6 000 + 45 000 and 1 000 + 2 600. Short: 12 500
    // of the first advance (the second caught up by the later payment), 7 500 + 2 000 of the
    // balances n-1 (the 600 paid above one is no payment of another). Next anniversary: balances
    // 7 500 + 2 500 + 5 000 + 2 000 + 15 000, of which 7 500 + 4 000 + 2 000 + 15 000 remain.
    expect(names.map((n) => wb.names[n])).toEqual([
      108500, 80600, 22000, 32000, 10000, 28500, 12500, 9500, 41000,
    ]);
    const rows = rowsOf(cpts, wb)['ACI']!;
    const cols = ['advanceRemaining', 'prevRemaining', 'prevExcess', 'balanceRemaining'];
    const of = (m: string) => rows.find((r) => r['mission'] === m)!;
    const missions = [...ACI_MISSIONS.slice(0, 3), ACI_MISSIONS[4]!, ACI_FONCTIONNEMENT_ROW];
    expect(missions.map((m) => cols.map((c) => of(m)[c]))).toEqual([
      [12500, '', '', 7500],
      [0, 2000, 0, 4000],
      [0, 7500, 0, 0],
      [0, 0, 600, 2000],
      [0, '', '', 15000],
    ]);
  });
});

describe('issue 15: a contract year from 29/02, as LibreOffice dates it', () => {
  it('the advance on 29/02/2024, the balance on 28/02/2025 (EDATE), as the checks and the carry', () => {
    const row = rowsOf(cpts, recalculated.get('cpts-aci-29-february')!)['ACI']![0]!;
    // Read back as dates (the columns' date format); their serials are compared above.
    expect([row['advanceDate'], row['balanceDate']]).toEqual([
      new Date(Date.UTC(2024, 1, 29)),
      new Date(Date.UTC(2025, 1, 28)),
    ]);
    expect(contractYear(new Date(Date.UTC(2024, 1, 29))).next).toEqual(
      new Date(Date.UTC(2025, 1, 28)),
    );
  });
});

describe('issue 15: LibreOffice pays ACI indicators by levels and counts decreases down', () => {
  it('the attainment of each case, as the contract reads it', () => {
    const rows = rowsOf(cpts, recalculated.get('cpts-aci-levels')!)['IndicateursACI']!;
    const shown = (v: CellValue | undefined) =>
      typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : (v ?? '');
    expect(ACI_LEVEL_CASES.map((c, i) => [c.label, shown(rows[i]?.['rate'])])).toEqual(
      ACI_LEVEL_CASES.map((c) => [c.label, c.rate]),
    );
  });
});

describe('the streamed cases', () => {
  it('were written by the streaming writer, the others by the in-memory one', () => {
    expect(cases.map((c) => [c.label, streamed.get(c.label)])).toEqual(
      cases.map((c) => [c.label, c.stream === true]),
    );
    expect(cases.filter((c) => c.stream).length).toBeGreaterThan(0);
  });
});

describe('issue 18: the COPIL dashboard of seed 002, as LibreOffice shows it', () => {
  const line = (label: string, row: number) => {
    const wb = recalculated.get(label) as WorkbookValues & {
      loose: { sheet: string; ref: string; value: unknown }[];
    };
    const at = (c: string) =>
      wb.loose.find((x) => x.sheet === ca.dashboard!.sheet && x.ref === `${c}${row}`)?.value ?? '';
    return ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map(at);
  };

  it('lists each action of the example with its indicators under their type', () => {
    expect(line('ca-example', 3)).toEqual([
      'N° action',
      'Intitulés des actions',
      'Indicateurs de processus',
      "Indicateurs d'activité",
      'Indicateurs de résultats',
      'Valeur cible',
      'Valeur réalisée',
      'Statut',
      'Résultats attendus',
      'Sources et méthodes à mobiliser',
    ]);
    // Action A2: its process indicator first, with the action's title and résultats attendus.
    expect(line('ca-example', 8).slice(0, 3)).toEqual([
      'A2',
      'Thématique addictologie : cartographie, infographie, journée thématique',
      'Cartographie actualisée chaque semestre',
    ]);
    expect(line('ca-example', 8)[8]).toBe('+20 sollicitations addictologie en 6 mois');
    // Its last result indicator: target 20, 16 achieved, partially reached, and its source.
    expect(line('ca-example', 12)).toEqual([
      '',
      '',
      '',
      '',
      'Sollicitations addictologie supplémentaires',
      20,
      16,
      'Partiellement atteint',
      '',
      'Données DAC (suivi des sollicitations)',
    ]);
  });

  it('orders by action then type, matches ids as = does, and keeps actions without indicators', () => {
    const names = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((r) => line('ca-dashboard-edges', r));
    expect(names.map((l) => [l[0], l[2] || l[3] || l[4]])).toEqual([
      [1, 'R de 1'],
      ['A*', 'A de A*'],
      ['', ''], // the blank row of Actions
      ['AB', 'P de AB'],
      ['', 'R de AB'],
      ['', 'R2 de AB'],
      ['c1', ''],
      ['D1', ''], // a number typed as a name: text columns show texts only (T)
      ['', ''],
    ]);
    expect(names[1]?.[5]).toBe('dix');
    expect(names[1]?.[8]).toBe('Attendu');
  });
});

describe('the parity test can fail', () => {
  it('a wrong TypeScript figure is caught', () => {
    const wb = recalculated.get('ca-example')!;
    const ts = compute(ca, rowsOf(ca, wb));
    const nb = ts.figures['CA_NbActions'] as number;
    // 3 worked cases and an invented one: CA_NbActions is 4, and 4 + 1 must not pass as equal.
    expect(same(wb.names['CA_NbActions'] ?? null, nb)).toBe(true);
    expect(same(wb.names['CA_NbActions'] ?? null, nb + 1)).toBe(false);
    expect(nb).toBe(4);
  });

  it('a dashboard cell LibreOffice shows differently is caught', () => {
    const wb = recalculated.get('ca-example')!;
    const loose = (wb as typeof wb & { loose: { sheet: string; ref: string; value: unknown }[] })
      .loose;
    const sheet = ca.dashboard!.sheet;
    // The example's first line: action A1 and its process indicator, target 1.
    const g4 = loose.find((c) => c.sheet === sheet && c.ref === 'G4')!;
    expect(g4.value).toBe(1);
    expect(dashboardDiffs(ca, wb).diffs).toEqual([]);
    g4.value = 2;
    try {
      expect(dashboardDiffs(ca, wb).diffs).toEqual([`${sheet}!G4: LibreOffice 2 ≠ TS 1`]);
    } finally {
      g4.value = 1;
    }
  });
});
