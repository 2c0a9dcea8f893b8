import { MIGRATIONS, migrationsFrom } from '../../../src/core/restore/migrations';
import { knownVersions, templateAt } from '../../../src/core/restore/template-at';
import { TEMPLATES } from '../../../src/core/templates';
import { ca } from '../../../src/core/templates/ca';

/** Version 1 of `ca`, copied by hand from WORKBOOKS.md: the frozen contract of old workbooks. */
const V1_ACTIONS = [
  'N° action',
  'Objectif opérationnel',
  "Intitulé de l'action",
  'Porteur',
  'Objectifs poursuivis',
  'Résultats attendus',
  'Public cible 1',
  'Public cible 2',
  'Public cible 3',
  'Si autre public cible, précisez',
  'Nombre de bénéficiaires ciblés',
  'Nombre de bénéficiaires atteints',
  "Territoire d'intervention",
  'Date de début',
  'Date de fin',
  'Budget prévu (€)',
  'Financement ARS (€)',
  'ETP mobilisés',
  'Les ressources ont été mobilisées comme prévu',
  'Ressources : si non ou partiellement, pourquoi ?',
  'Les groupes cibles ont été atteints comme prévu',
  'Groupes cibles : si non ou partiellement, pourquoi ?',
  'Les actions ont été réalisées et sont conformes à la programmation',
  'Réalisation : si non ou partiellement, pourquoi ?',
  'Les objectifs cibles ont été atteints',
  'Objectifs : justification, éléments clés',
  'Indicateurs de processus',
  "Indicateurs d'activité",
  'Indicateurs de résultats',
  "Taux d'atteinte moyen (activité)",
  "Taux d'atteinte moyen (résultats)",
  'Preuves quantitatives',
  'Preuves qualitatives',
  'Preuves observables',
  'Triangulation',
  'Preuves manquantes',
];
/** Indicateurs of versions 1 and 2, copied by hand from WORKBOOKS.md. */
const V2_INDICATEURS = [
  'N° action',
  'Type',
  'Indicateur',
  'Unité',
  'Mode de calcul',
  'Valeur initiale',
  'Valeur cible',
  'T1',
  'T2',
  'T3',
  'T4',
  'Source et méthode de recueil',
  'Commentaire',
  'Valeur réalisée',
  "Taux d'atteinte",
  'Statut',
];
const V1_PREUVES = [
  'N° action',
  'Type de preuve',
  'Preuve',
  'Source',
  'Date',
  'Lien ou référence',
  'Limites et biais',
];

const headers = (t: typeof ca, table: string) =>
  t.tables.find((x) => x.name === table)!.columns.map((c) => c.header);

describe('migrations', () => {
  it('derive version 1 of ca exactly as it was published', () => {
    const v1 = templateAt(ca, 1)!;
    expect(v1.version).toBe(1);
    expect(headers(v1, 'Actions')).toEqual(V1_ACTIONS);
    expect(headers(v1, 'Preuves')).toEqual(V1_PREUVES);
    expect(headers(v1, 'Indicateurs')).toEqual(V2_INDICATEURS);
    // Everything else is unchanged.
    expect(headers(v1, 'Partenaires')).toEqual([
      'Partenaire',
      'Secteur',
      'Contact',
      'Signataire de la convention',
    ]);
    expect(headers(v1, 'Instances')).not.toContain('Habitants présents');
    expect(headers(v1, 'Contribution').filter((h) => h.startsWith('Levier ISTS :'))).toEqual([]);
    const changed = [
      'Actions',
      'Preuves',
      'Indicateurs',
      'Partenaires',
      'Instances',
      'Contribution',
    ];
    for (const table of ca.tables.filter((x) => !changed.includes(x.name)))
      expect(headers(v1, table.name)).toEqual(headers(ca, table.name));
  });

  it('derive version 2 of ca with its formulas: a blank Mode de calcul was Somme', () => {
    const v2 = templateAt(ca, 2)!;
    expect(headers(v2, 'Indicateurs')).toEqual(V2_INDICATEURS);
    const realised = v2.tables
      .find((x) => x.name === 'Indicateurs')!
      .columns.find((c) => c.id === 'realised')!.computed!;
    expect(realised).toEqual({
      kind: 'realised',
      quarters: ['t1', 't2', 't3', 't4'],
      mode: 'mode',
      modes: { sum: 'Somme', last: 'Dernière valeur', mean: 'Moyenne' },
    });
    const mean = v2.tables
      .find((x) => x.name === 'Actions')!
      .columns.find((c) => c.id === 'meanResult');
    expect(mean?.computed).toMatchObject({ kind: 'averageRelated', value: 'rate' });
    expect(v2.summaries.find((x) => x.name === 'CA_TauxAtteinteResultats')?.expr).toMatchObject({
      op: 'averageIf',
      value: 'rate',
    });
  });

  it('give version 3 of ca: direction and nature after Unité, the retained rate last', () => {
    const h = headers(ca, 'Indicateurs');
    expect(h.slice(h.indexOf('Unité'), h.indexOf('Unité') + 4)).toEqual([
      'Unité',
      'Évolution souhaitée',
      "Nature de l'indicateur",
      'Mode de calcul',
    ]);
    expect(h.at(-1)).toBe("Taux d'atteinte retenu (0 à 100 %)");
  });

  it('give version 2 of ca: Partenaires associés after Porteur, the proof link renamed', () => {
    const actions = headers(ca, 'Actions');
    expect(actions[actions.indexOf('Porteur') + 1]).toBe('Partenaires associés');
    expect(headers(ca, 'Preuves')[5]).toBe('Lien ou emplacement de la preuve');
    expect(ca.tables.find((x) => x.name === 'Preuves')!.columns[5]!.id).toBe('link');
  });

  it.each(Object.values(TEMPLATES).map((t) => [t.id, t] as const))(
    '%s: every step says where it leads (renamed `to` is the next version’s header)',
    (_id, t) => {
      for (const v of knownVersions(t).slice(0, -1)) {
        const m = MIGRATIONS[t.id][v]!;
        const next = templateAt(t, v + 1)!;
        for (const [table, renames] of Object.entries(m.renamed)) {
          for (const r of renames) {
            const c = next.tables.find((x) => x.name === table)!.columns.find((x) => x.id === r.id);
            expect(c?.header).toBe(r.to);
          }
        }
        for (const [table, ids] of Object.entries(m.added)) {
          const before = templateAt(t, v)!.tables.find((x) => x.name === table)!.columns;
          for (const id of ids) expect(before.some((c) => c.id === id)).toBe(false);
        }
      }
    },
  );

  it('lists the steps from an old version, and knows no version 0 nor 4', () => {
    expect(migrationsFrom(ca, 1).map((m) => m.from)).toEqual([1, 2]);
    expect(migrationsFrom(ca, 2).map((m) => m.from)).toEqual([2]);
    expect(migrationsFrom(ca, 3)).toEqual([]);
    expect([templateAt(ca, 0), templateAt(ca, 4), templateAt(ca, 1.5)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(templateAt(ca, 3)).toBe(ca);
  });
});
