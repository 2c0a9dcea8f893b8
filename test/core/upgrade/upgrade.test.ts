import { EXAMPLES } from '../../../src/core/examples';
import { buildMergedPlan } from '../../../src/core/merge/build-merged';
import { describeUpgrade } from '../../../src/core/upgrade/describe';
import { planUpgrade, upgradeToData } from '../../../src/core/upgrade/upgrade';
import { ca } from '../../../src/core/templates/ca';
import { planInput } from '../support/plan-input';
import { caV1, caV2, enteredValues, inputOf, NOW, restored } from '../../merge/support/workbooks';

const RENAMED_IN_3 = [
  ['Indicateurs de processus', "Nombre d'indicateurs de processus"],
  ["Indicateurs d'activité", "Nombre d'indicateurs d'activité"],
  ['Indicateurs de résultats', "Nombre d'indicateurs de résultats"],
].map(([from, to]) => ({ table: 'Actions', from, to }));

const ADDED_IN_3 = [
  { table: 'Actions', column: "Contenu de l'action" },
  { table: 'Actions', column: "Modes d'intervention" },
  { table: 'Actions', column: "Lieux précis de réalisation de l'action" },
  { table: 'Actions', column: 'Participation des habitants : niveau attendu' },
  { table: 'Actions', column: 'Participation des habitants : niveau observé' },
  { table: 'Actions', column: "Action reconduite l'année suivante" },
  { table: 'Contribution', column: 'Levier ISTS : intersectorialité' },
  { table: 'Contribution', column: 'Levier ISTS : déterminants sociaux' },
  { table: 'Contribution', column: 'Levier ISTS : participation des habitants' },
  { table: 'Instances', column: 'Habitants présents' },
  { table: 'Partenaires', column: 'Type de structure' },
  { table: 'Indicateurs', column: 'Évolution souhaitée' },
  { table: 'Indicateurs', column: "Nature de l'indicateur" },
  { table: 'Indicateurs', column: "Taux d'atteinte retenu (0 à 100 %)" },
  { table: 'Preuves', column: 'Maillon de la chaîne étayé' },
  { table: 'Preuves', column: 'Preuve comptée' },
];

describe('upgrade', () => {
  const old = () => restored(inputOf(caV1, EXAMPLES.ca.data), 'suivi-2024.xlsx');

  it('says what moves from version 1 to 3', () => {
    const p = planUpgrade(old());
    expect([p.from, p.to]).toEqual([1, 3]);
    expect(p.renamed).toEqual([
      { table: 'Preuves', from: 'Lien ou référence', to: 'Lien ou emplacement de la preuve' },
      ...RENAMED_IN_3,
    ]);
    expect(p.added).toEqual([{ table: 'Actions', column: 'Partenaires associés' }, ...ADDED_IN_3]);
    expect(p.counts['Actions']).toEqual({ inputs: 4, merged: 4 });
    expect(describeUpgrade(p)).toEqual([
      'Mise à niveau de « suivi-2024.xlsx » : modèle ca, version 1 → 3.',
      'Colonnes renommées :',
      '  Preuves : « Lien ou référence » → « Lien ou emplacement de la preuve »',
      "  Actions : « Indicateurs de processus » → « Nombre d'indicateurs de processus »",
      "  Actions : « Indicateurs d'activité » → « Nombre d'indicateurs d'activité »",
      "  Actions : « Indicateurs de résultats » → « Nombre d'indicateurs de résultats »",
      'Colonnes ajoutées (vides) :',
      '  Actions : « Partenaires associés »',
      "  Actions : « Contenu de l'action »",
      "  Actions : « Modes d'intervention »",
      "  Actions : « Lieux précis de réalisation de l'action »",
      '  Actions : « Participation des habitants : niveau attendu »',
      '  Actions : « Participation des habitants : niveau observé »',
      "  Actions : « Action reconduite l'année suivante »",
      '  Contribution : « Levier ISTS : intersectorialité »',
      '  Contribution : « Levier ISTS : déterminants sociaux »',
      '  Contribution : « Levier ISTS : participation des habitants »',
      '  Instances : « Habitants présents »',
      '  Partenaires : « Type de structure »',
      '  Indicateurs : « Évolution souhaitée »',
      "  Indicateurs : « Nature de l'indicateur »",
      "  Indicateurs : « Taux d'atteinte retenu (0 à 100 %) »",
      '  Preuves : « Maillon de la chaîne étayé »',
      '  Preuves : « Preuve comptée »',
      'Lignes reprises par tableau :',
      '  Programme     8',
      '  Objectifs     6',
      '  Partenaires   4',
      '  Actions       4',
      '  Indicateurs   17',
      '  Preuves       12',
      '  ChaineValeur  4',
      '  Contribution  2',
      '  Instances     4',
      '  Calendrier    9',
      'Aucune valeur hors du modèle : pas de feuille Autres données.',
    ]);
  });

  it('writes every typed value into the version 3 workbook, with no Provenance column', () => {
    const input = inputOf(caV1, EXAMPLES.ca.data);
    const plan = buildMergedPlan(upgradeToData(restored(input, 'a.xlsx')), { now: NOW });
    expect(plan.version).toBe(3);
    const back = planInput(ca, plan);
    const tables = ca.tables.map((t) => t.name);
    expect(enteredValues(ca, back, tables)).toEqual(enteredValues(caV1, input, tables));
    expect(back.tables.every((t) => !t.headers.includes('Provenance'))).toBe(true);
  });
});

describe('upgrade from version 2 (issue 18: direction and nature of indicators)', () => {
  const input = () => inputOf(caV2, EXAMPLES.ca.data);

  it('adds the new columns empty and renames the count columns of Actions', () => {
    const p = planUpgrade(restored(input(), 'suivi-2025.xlsx'));
    expect([p.from, p.to]).toEqual([2, 3]);
    expect(p.renamed).toEqual(RENAMED_IN_3);
    expect(p.added).toEqual(ADDED_IN_3);
    expect(p.removed).toEqual([]);
    expect(p.others).toBe(0);
  });

  it('keeps every typed value, a blank Mode de calcul included (left blank, never made Somme)', () => {
    const before = input();
    const plan = buildMergedPlan(upgradeToData(restored(before, 'a.xlsx')), { now: NOW });
    expect(plan.version).toBe(3);
    const back = planInput(ca, plan);
    const tables = ca.tables.map((t) => t.name);
    expect(enteredValues(ca, back, tables)).toEqual(enteredValues(caV2, before, tables));
    const modes = (i: typeof before, t: typeof ca) =>
      i.tables
        .find((x) => x.name === 'Indicateurs')!
        .values.map(
          (r) =>
            r[
              i.tables
                .find((x) => x.name === 'Indicateurs')!
                .headers.indexOf(
                  t.tables
                    .find((x) => x.name === 'Indicateurs')!
                    .columns.find((c) => c.id === 'mode')!.header,
                )
            ] ?? null,
        );
    expect(modes(back, ca)).toEqual(modes(before, caV2));
  });
});
