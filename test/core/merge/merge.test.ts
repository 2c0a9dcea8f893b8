import { EXAMPLES } from '../../../src/core/examples';
import { buildMergedPlan } from '../../../src/core/merge/build-merged';
import { describeMerge } from '../../../src/core/merge/describe';
import { unionLists } from '../../../src/core/merge/lists';
import { isRefusal, planMerge } from '../../../src/core/merge/plan-merge';
import { mergeToData } from '../../../src/core/merge/to-data';
import type { MergePlan } from '../../../src/core/merge/types';
import type { Restored } from '../../../src/core/restore/types';
import { ca } from '../../../src/core/templates/ca';
import { cpts, GESTION_INDICATORS as GESTION } from '../../../src/core/templates/cpts';
import type { Row } from '../../../src/core/values/cell';
import { caV1, inputOf, restored } from '../../merge/support/workbooks';
import { planInput } from '../support/plan-input';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/** A partner's small workbook: one action with an indicator, a proof, its chain and contribution. */
function partner(
  id: string,
  who: string,
  extra: Record<string, Row[]> = {},
): Record<string, Row[]> {
  return {
    Programme: [{ field: 'Coordinateur·rice', value: who }],
    Actions: [{ id, title: `Action de ${who}`, owner: who }],
    Indicateurs: [{ action: id, type: 'Activité', name: 'Ateliers', target: 10, t1: 4 }],
    Preuves: [{ key: id, type: 'Quantitatif (chiffres)', proof: `Feuille d'émargement ${who}` }],
    ChaineValeur: [{ action: id, impact: 'À vérifier' }],
    Contribution: [{ action: id, cooperation: 'Oui' }],
    ...extra,
  };
}

const plan = (rs: Restored[]) => {
  const p = planMerge(rs);
  if (isRefusal(p)) throw new Error('refused');
  return p;
};

describe('planMerge', () => {
  it('refuses workbooks of different templates', () => {
    const a = restored(inputOf(ca, partner('A1', 'CCAS')), 'a.xlsx');
    const b = restored(inputOf(cpts, {}), 'b.xlsx');
    expect(planMerge([a, b])).toEqual({
      refused: 'templates',
      files: [
        { file: 'a.xlsx', template: 'ca' },
        { file: 'b.xlsx', template: 'cpts' },
      ],
    });
  });

  it('counts rows per table and finds an N° action used by two partners', () => {
    const p = plan([
      restored(inputOf(ca, partner('A1', 'CCAS')), 'ccas.xlsx'),
      restored(inputOf(caV1, partner('A1', 'Mairie')), 'mairie.xlsx'),
      restored(inputOf(ca, partner('A2', 'MSP')), 'msp.xlsx'),
    ]);
    expect(p.counts['Actions']).toEqual({ inputs: 3, merged: 3 });
    expect(p.conflicts.filter((c) => c.kind === 'duplicate-key')).toEqual([
      {
        kind: 'duplicate-key',
        table: 'Actions',
        column: 'N° action',
        key: 'A1',
        sources: [1, 2],
        renamings: [
          {
            source: 2,
            table: 'Actions',
            column: 'id',
            list: 'ListeActions',
            from: 'A1',
            to: 'A1-2',
          },
        ],
      },
    ]);
    // Programme « Coordinateur·rice » differs: the first is kept, the others carried.
    expect(p.conflicts.filter((c) => c.kind === 'single-differs')).toHaveLength(2);
    expect(p.others).toBe(2);
  });
});

describe('mergeToData', () => {
  const three = (): MergePlan =>
    plan([
      restored(inputOf(ca, partner('A1', 'CCAS')), 'ccas.xlsx'),
      restored(inputOf(ca, partner('A1', 'Mairie')), 'mairie.xlsx'),
      restored(inputOf(ca, partner('a1', 'MSP')), 'msp.xlsx'), // same key for formulas (case)
    ]);

  it('keeps both rows of a duplicate N° action without --renumber', () => {
    const m = mergeToData(three(), { renumber: false });
    expect(m.data['Actions']!.map((r) => r['id'])).toEqual(['A1', 'A1', 'a1']);
    expect(m.renamed).toEqual([]);
  });

  it('renumbers with --renumber, with the references of that file only', () => {
    const m = mergeToData(three(), { renumber: true });
    expect(m.data['Actions']!.map((r) => r['id'])).toEqual(['A1', 'A1-2', 'a1-3']);
    for (const [table, column] of [
      ['Indicateurs', 'action'],
      ['Preuves', 'key'],
      ['ChaineValeur', 'action'],
      ['Contribution', 'action'],
    ] as const)
      expect(m.data[table]!.map((r) => r[column])).toEqual(['A1', 'A1-2', 'a1-3']);
    expect(m.data['Preuves']!.map((r) => r['proof'])).toEqual([
      "Feuille d'émargement CCAS",
      "Feuille d'émargement Mairie",
      "Feuille d'émargement MSP",
    ]);
  });

  it('records each row’s provenance: the file and its partner', () => {
    const m = mergeToData(three(), { renumber: false });
    expect(m.extras['Actions']).toEqual([{ id: 'provenance', header: 'Provenance', width: 30 }]);
    expect(m.data['Actions']!.map((r) => r['provenance'])).toEqual([
      'ccas.xlsx — CCAS',
      'mairie.xlsx — Mairie',
      'msp.xlsx — MSP',
    ]);
    // Programme fields too: each says the workbook its value was taken from.
    expect(m.extras['Programme']).toEqual([{ id: 'provenance', header: 'Provenance', width: 30 }]);
    const programme = m.data['Programme']!.filter((r) => r['provenance'] !== null);
    expect(programme.length).toBeGreaterThan(0);
    for (const r of programme) expect(r['provenance']).toBe('ccas.xlsx — CCAS');
  });

  it('keeps identical shared rows once, and every version of a shared row that differs', () => {
    const shared = (sector: string) => ({
      Partenaires: [
        { name: 'DAC du Tarn', sector: 'Santé' },
        { name: 'CCAS', sector },
      ],
      Objectifs: [{ code: 'G1', level: 'Général', title: 'Coordonner' }],
    });
    const p = plan([
      restored(inputOf(ca, partner('A1', 'X', shared('Social'))), 'x.xlsx'),
      restored(inputOf(ca, partner('A2', 'X', shared('Collectivité territoriale'))), 'y.xlsx'),
    ]);
    expect(p.conflicts.filter((c) => c.kind === 'shared-differs')).toEqual([
      {
        kind: 'shared-differs',
        table: 'Partenaires',
        column: 'Partenaire',
        key: 'CCAS',
        sources: [1, 2],
      },
    ]);
    const m = mergeToData(p, { renumber: false });
    expect(m.data['Partenaires']!.map((r) => [r['name'], r['sector'], r['provenance']])).toEqual([
      ['DAC du Tarn', 'Santé', 'x.xlsx — X ; y.xlsx — X'],
      ['CCAS', 'Social', 'x.xlsx — X'],
      ['CCAS', 'Collectivité territoriale', 'y.xlsx — X'],
    ]);
    expect(m.data['Objectifs']).toHaveLength(1);
  });

  it('keeps an untouched prefilled row once, inside the filled one (cpts Gestion de projets)', () => {
    const filled = {
      GestionProjets: [{ indicator: GESTION[0], value: 'OUI', source: 'CR du 12/03' }],
    };
    const p = plan([
      restored(inputOf(cpts, {}), 'vide.xlsx'),
      restored(inputOf(cpts, filled), 'rempli.xlsx'),
    ]);
    expect(p.conflicts.filter((c) => c.kind === 'shared-differs')).toEqual([]);
    const m = mergeToData(p, { renumber: false });
    const rows = m.data['GestionProjets']!;
    expect(rows).toHaveLength(GESTION.length);
    expect(rows[0]).toMatchObject({
      indicator: GESTION[0],
      value: 'OUI',
      source: 'CR du 12/03',
      provenance: 'vide.xlsx ; rempli.xlsx',
    });
  });

  it('keeps the first value of a Programme field, fills its blanks, carries the others', () => {
    const prog = (rows: Row[]) => ({ ...partner('A1', 'X'), Programme: rows });
    const p = plan([
      restored(inputOf(ca, prog([{ field: 'Territoire', value: 'Albigeois' }])), 'a.xlsx'),
      restored(
        inputOf(
          ca,
          prog([
            { field: 'Territoire', value: 'Tarn' },
            { field: 'Délégation départementale', value: 'DD 81' },
          ]),
        ),
        'b.xlsx',
      ),
    ]);
    const m = mergeToData(p, { renumber: true });
    const programme = Object.fromEntries(m.data['Programme']!.map((r) => [r['field'], r['value']]));
    expect(programme).toMatchObject({
      Territoire: 'Albigeois',
      'Délégation départementale': 'DD 81',
    });
    expect(m.others).toEqual([
      expect.objectContaining({
        file: 'b.xlsx',
        sheet: 'Programme',
        cell: 'B4',
        row: 'Territoire',
        value: 'Tarn',
        reason: 'conflict',
        detail: 'Albigeois (a.xlsx)',
      }),
    ]);
  });

  it('sets the Gantt’s months from the merged programme period', () => {
    const p = plan([
      restored(
        inputOf(ca, {
          Programme: [
            { field: 'Début de période', value: d('2025-07-01') },
            { field: 'Fin de période', value: d('2026-06-30') },
          ],
        }),
        'a.xlsx',
      ),
    ]);
    const m = mergeToData(p, { renumber: false });
    expect(m.config).toEqual({ periode: { debut: '2025-07-01', fin: '2026-06-30' } });
    const plan2 = buildMergedPlan(m, { now: d('2026-01-15') });
    const cal = plan2.sheets.find((s) => s.name === 'Calendrier')!.table!;
    expect(cal.columns.filter((c) => /\d{4}$/.test(c.header))).toHaveLength(12);
  });

  it('unions the answer lists, the workbooks’ values first, then the template’s', () => {
    const lists = unionLists(ca, [
      { Territoires: ['Albigeois', 'Carmausin'], Secteurs: ['Sport'] },
      { Territoires: [' Albigeois', 'Gaillacois'], TypesInstance: ['Comité des usagers'] },
    ]);
    expect(lists['Territoires']).toEqual(['Albigeois', 'Carmausin', 'Gaillacois']);
    expect(lists['Secteurs']![0]).toBe('Sport');
    expect(lists['Secteurs']).toContain('Santé');
    expect(lists['TypesInstance']).toEqual([
      'Comité des usagers',
      'COPIL',
      'COTECH',
      'Réunion opérationnelle',
      'Bilan trimestriel',
      'Bilan annuel',
    ]);
  });

  it('puts the carried values on an Autres données sheet before _meta, and links on their cells', () => {
    const input = inputOf(ca, EXAMPLES.ca.data);
    const t = input.tables.find((x) => x.name === 'Preuves')!;
    t.links = t.values.map((row, i) =>
      row.map((_, j) => (i === 0 && j === 5 ? 'https://example.org' : null)),
    );
    t.values[0]![5] = 'compte rendu';
    t.headers.push('Remarques');
    t.values.forEach((row, i) => row.push(i === 0 ? 'voir le compte rendu' : null));
    t.formulas.forEach((row) => row.push(null));
    const m = mergeToData(plan([restored(input, 'a.xlsx')]), {
      renumber: false,
      provenance: false,
    });
    const wp = buildMergedPlan(m, { now: d('2026-01-15') });
    expect(wp.sheets.slice(-3).map((s) => s.name)).toEqual(['Listes', 'Autres données', '_meta']);
    const others = wp.sheets.find((s) => s.name === 'Autres données')!.table!;
    expect(others.columns.map((c) => c.header)).toEqual([
      'Fichier',
      'Partenaire',
      'Feuille',
      'Tableau',
      'Cellule',
      'Repère de la ligne',
      'En-tête',
      'Valeur',
      'Remarque',
    ]);
    expect(others.rows).toEqual([
      [
        'a.xlsx',
        'Coordinatrice du DAC',
        'Preuves',
        'Preuves',
        'J2',
        'A1',
        'Remarques',
        'voir le compte rendu',
        'colonne inconnue du modèle',
      ],
    ]);
    expect(wp.sheets.find((s) => s.name === 'Preuves')!.table!.links).toEqual([
      { row: 0, column: 5, target: 'https://example.org' },
    ]);
  });

  it('merges a merged workbook again: provenance and Autres données carried as they were', () => {
    const first = mergeToData(three(), { renumber: true });
    const merged = planInput(ca, buildMergedPlan(first, { now: d('2026-01-15') }));
    const again = mergeToData(
      plan([
        restored(merged, 'programme.xlsx'),
        restored(inputOf(ca, partner('A9', 'CCAS')), 'ccas-2.xlsx'),
      ]),
      { renumber: true },
    );
    expect(again.data['Actions']!.map((r) => r['provenance'])).toEqual([
      'ccas.xlsx — CCAS',
      'mairie.xlsx — Mairie',
      'msp.xlsx — MSP',
      'ccas-2.xlsx — CCAS',
    ]);
    expect(
      again.others.filter((o) => o.reason === 'carried').map((o) => [o.file, o.value]),
    ).toEqual(first.others.map((o) => [o.file, o.value]));
  });

  it('says what it would do, in French', () => {
    const lines = describeMerge(three(), false);
    expect(lines[0]).toBe(
      "Fusion de 3 classeurs — Coopérative d'acteurs : suivi des actions (modèle ca, version 3)",
    );
    expect(lines).toContain('  Actions       3 → 3');
    expect(lines.join('\n')).toContain(
      'Actions : 1 N° action est à la fois dans ccas.xlsx, mairie.xlsx, msp.xlsx (A1) : toutes les lignes sont gardées',
    );
  });
});
