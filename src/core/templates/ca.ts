import { TEMPLATE_CATALOGUE } from './catalogue';
import type { ColumnDef, SummaryDef, SummaryExpr, TemplateDef, Text } from './types';
import {
  DIRECTION,
  DIRECTIONS_LIST,
  L,
  PROOF_KINDS,
  PROOF_LINKS_LIST,
  STATUS_LABELS,
  commonLists,
  evidenceColumns,
  proofColumns,
  proofCountColumns,
} from './shared';
import { copil } from './ca-copil';

export { DIRECTION } from './shared';

/** Template `ca` — Coopérative d'acteurs : suivi des actions (WORKBOOKS.md). */

const S = {
  programme: 'Programme',
  objectifs: 'Objectifs',
  partenaires: 'Partenaires',
  actions: 'Actions',
  indicateurs: 'Indicateurs',
  preuves: 'Preuves',
  chaine: 'Chaîne de valeur',
  contribution: 'Contribution',
  instances: 'Instances',
  calendrier: 'Calendrier',
  synthese: 'Synthèse',
  copil: copil.sheet,
  listes: 'Listes',
} as const;

const yesNoPart = (id: string, header: string, list: string): ColumnDef => ({
  id,
  header,
  kind: 'choice',
  list,
  width: 18,
  highlight: { equals: 'NON', tone: 'red' },
});
/** An answer's reasons: wrapped, narrow enough for the Contribution sheet to print one page across. */
const why = (id: string, header: string): ColumnDef => ({
  id,
  header,
  kind: 'longtext',
  width: 28,
});
const chain = (id: string, header: string): ColumnDef => ({
  id,
  header,
  kind: 'longtext',
  width: 30,
});
/** The five characteristics of an impact, as seed 000 defines them (« Les bases de l'impact »). */
const impactTrait = (id: string, header: string, help: Text): ColumnDef => ({
  id,
  header,
  kind: 'choice',
  list: 'OuiNonAVerifier',
  width: 13,
  help,
});
const participation = (id: string, header: string): ColumnDef => ({
  id,
  header,
  kind: 'choice',
  list: 'NiveauxParticipation',
  width: 18,
  help: {
    fr: 'Information, concertation, collaboration, partenariat (du moins au plus engagé) ; Aucune si les habitants ne participent pas.',
    en: 'Information, concertation, collaboration, partnership (least to most involved); Aucune if inhabitants take no part.',
  },
});
const lever = (id: string, header: string): ColumnDef => ({
  id,
  header,
  kind: 'choice',
  list: L.ouiNon,
  width: 14,
});
const contribQ = (id: string, header: string): ColumnDef => ({
  id,
  header,
  kind: 'choice',
  list: 'OuiNonPartiel',
  width: 16,
});

const actionColumns: ColumnDef[] = [
  { id: 'id', header: 'N° action', kind: 'id', required: true, width: 11 },
  {
    id: 'objective',
    header: 'Objectif opérationnel',
    kind: 'reference',
    list: 'ListeObjectifs',
    width: 16,
  },
  { id: 'title', header: "Intitulé de l'action", kind: 'text', required: true, width: 34 },
  { id: 'owner', header: 'Porteur', kind: 'reference', list: 'ListePartenaires', width: 22 },
  {
    id: 'associatedPartners',
    header: 'Partenaires associés',
    kind: 'text',
    width: 28,
  },
  { id: 'aims', header: 'Objectifs poursuivis', kind: 'longtext', width: 30 },
  { id: 'expected', header: 'Résultats attendus', kind: 'longtext', width: 30 },
  { id: 'public1', header: 'Public cible 1', kind: 'choice', list: 'PublicsCibles', width: 20 },
  { id: 'public2', header: 'Public cible 2', kind: 'choice', list: 'PublicsCibles', width: 20 },
  { id: 'public3', header: 'Public cible 3', kind: 'choice', list: 'PublicsCibles', width: 20 },
  { id: 'publicOther', header: 'Si autre public cible, précisez', kind: 'text', width: 24 },
  {
    id: 'beneficiariesTarget',
    header: 'Nombre de bénéficiaires ciblés',
    kind: 'integer',
    width: 14,
  },
  {
    id: 'beneficiariesReached',
    header: 'Nombre de bénéficiaires atteints',
    kind: 'integer',
    width: 14,
  },
  {
    id: 'territory',
    header: "Territoire d'intervention",
    kind: 'choice',
    list: 'Territoires',
    width: 20,
  },
  { id: 'start', header: 'Date de début', kind: 'date', width: 12 },
  { id: 'end', header: 'Date de fin', kind: 'date', width: 12 },
  { id: 'budget', header: 'Budget prévu (€)', kind: 'money', width: 14 },
  { id: 'arsFunding', header: 'Financement ARS (€)', kind: 'money', width: 14 },
  { id: 'fte', header: 'ETP mobilisés', kind: 'number', width: 10 },
  yesNoPart('resourcesOk', 'Les ressources ont été mobilisées comme prévu', L.ouiNonEnPartie),
  why('resourcesWhy', 'Ressources : si non ou partiellement, pourquoi ?'),
  yesNoPart('groupsOk', 'Les groupes cibles ont été atteints comme prévu', L.ouiNonEnPartie),
  why('groupsWhy', 'Groupes cibles : si non ou partiellement, pourquoi ?'),
  yesNoPart(
    'conformity',
    'Les actions ont été réalisées et sont conformes à la programmation',
    L.ouiNonEnPartie,
  ),
  why('conformityWhy', 'Réalisation : si non ou partiellement, pourquoi ?'),
  yesNoPart('objectivesMet', 'Les objectifs cibles ont été atteints', L.ouiNonPartiellement),
  why('objectivesWhy', 'Objectifs : justification, éléments clés'),
  // The fiche-action of the convention de partenariat (seed 002, article 2).
  why('content', "Contenu de l'action"),
  why('modes', "Modes d'intervention"),
  why('places', "Lieux précis de réalisation de l'action"),
  // « Niveaux de participation attendus … suivi et évaluation de la participation » (seed 002).
  participation('participationExpected', 'Participation des habitants : niveau attendu'),
  participation('participationObserved', 'Participation des habitants : niveau observé'),
  // « Il servira [...] à déterminer la reconduction ou non d'une action engagée » (seed 002, 4.4).
  {
    id: 'renewed',
    header: "Action reconduite l'année suivante",
    kind: 'choice',
    list: L.ouiNon,
    width: 14,
    help: {
      fr: 'Décidé au bilan annuel. OUI : l’action et ses indicateurs (cibles gardées) sont repris dans le classeur de l’année suivante (trepied new --from). Si aucune action n’est marquée, toutes sont reprises.',
      en: 'Decided at the annual review. OUI: the action and its indicators (targets kept) are carried into next year’s workbook (trepied new --from). When no action is marked, all are carried.',
    },
  },
  ...(['Processus', 'Activité', 'Résultat'] as const).map((type, i): ColumnDef => ({
    id: ['indProcess', 'indActivity', 'indResult'][i] as string,
    // Counts, named so they do not read as the COPIL dashboard's lists of indicators (seed 002).
    header: [
      "Nombre d'indicateurs de processus",
      "Nombre d'indicateurs d'activité",
      "Nombre d'indicateurs de résultats",
    ][i] as string,
    kind: 'integer',
    width: 13,
    computed: {
      kind: 'countRelated',
      key: 'id',
      table: 'Indicateurs',
      column: 'action',
      filter: ['type', type],
    },
  })),
  {
    id: 'meanActivity',
    header: "Taux d'atteinte moyen (activité)",
    kind: 'percent',
    width: 14,
    computed: {
      kind: 'averageRelated',
      key: 'id',
      table: 'Indicateurs',
      column: 'action',
      value: 'retained',
      filter: ['type', 'Activité'],
    },
  },
  {
    id: 'meanResult',
    header: "Taux d'atteinte moyen (résultats)",
    kind: 'percent',
    width: 14,
    computed: {
      kind: 'averageRelated',
      key: 'id',
      table: 'Indicateurs',
      column: 'action',
      value: 'retained',
      filter: ['type', 'Résultat'],
    },
  },
  ...evidenceColumns('id', 'Preuves', 'key', 'counted'),
];

/**
 * Preuves, as seed 000 asks for each proof: its source and its limits and biases, and the link of
 * the value chain it supports (a deliverable « ne garantit pas leur usage effectif »).
 */
const proofs: ColumnDef[] = [
  ...proofColumns('N° action', 'ListeActions', 'Lien ou emplacement de la preuve'),
  ...proofCountColumns,
];

export const NATURE = {
  column: 'nature',
  cumulative: 'Cumul sur la période',
  level: 'Niveau ou taux',
} as const;

const indicatorColumns: ColumnDef[] = [
  {
    id: 'action',
    header: 'N° action',
    kind: 'reference',
    list: 'ListeActions',
    required: true,
    width: 11,
  },
  {
    id: 'type',
    header: 'Type',
    kind: 'choice',
    list: 'TypesIndicateur',
    required: true,
    width: 12,
    help: {
      fr: 'Processus : comment l’action s’organise et est suivie (tâches, instances). Activité : la quantité produite (nombre de bénéficiaires, de réunions…). Résultat : l’atteinte de l’objectif, ou l’impact sur la santé.',
      en: 'Processus: how the action is organised and steered. Activité: what it produced (beneficiaries, meetings…). Résultat: whether the objective was met, or the impact on health.',
    },
  },
  { id: 'name', header: 'Indicateur', kind: 'text', required: true, width: 36 },
  { id: 'unit', header: 'Unité', kind: 'choice', list: 'Unites', width: 12 },
  {
    id: 'direction',
    header: 'Évolution souhaitée',
    kind: 'choice',
    list: 'EvolutionsSouhaitees',
    required: true,
    width: 16,
    help: {
      fr: 'Hausse souhaitée (plus de bénéficiaires…) ou baisse souhaitée (moins de nouveaux cas…).',
      en: 'Increase wanted (more beneficiaries…) or decrease wanted (fewer new cases…).',
    },
  },
  {
    id: 'nature',
    header: "Nature de l'indicateur",
    kind: 'choice',
    list: 'NaturesIndicateur',
    required: true,
    width: 18,
    help: {
      fr: 'Cumul : un nombre qui s’additionne sur la période (réunions, bénéficiaires). Niveau ou taux : une valeur lue à une date (taux, part, délai).',
      en: 'Cumulative: a count that adds up over the period. Level or rate: a value read at a date.',
    },
  },
  {
    id: 'mode',
    header: 'Mode de calcul',
    kind: 'choice',
    list: 'ModesCalcul',
    width: 15,
    help: {
      fr: 'Vide : déduit de la nature (cumul → Somme, niveau ou taux → Dernière valeur).',
      en: 'Blank: taken from the nature (cumulative → Somme, level or rate → Dernière valeur).',
    },
  },
  { id: 'baseline', header: 'Valeur initiale', kind: 'number', width: 11 },
  { id: 'target', header: 'Valeur cible', kind: 'number', required: true, width: 11 },
  { id: 't1', header: 'T1', kind: 'number', width: 9 },
  { id: 't2', header: 'T2', kind: 'number', width: 9 },
  { id: 't3', header: 'T3', kind: 'number', width: 9 },
  { id: 't4', header: 'T4', kind: 'number', width: 9 },
  { id: 'method', header: 'Source et méthode de recueil', kind: 'text', width: 28 },
  { id: 'comment', header: 'Commentaire', kind: 'longtext', width: 28 },
  {
    id: 'realised',
    header: 'Valeur réalisée',
    kind: 'number',
    width: 11,
    computed: {
      kind: 'realised',
      quarters: ['t1', 't2', 't3', 't4'],
      mode: 'mode',
      modes: { sum: 'Somme', last: 'Dernière valeur', mean: 'Moyenne' },
      nature: NATURE,
    },
  },
  {
    id: 'rate',
    header: "Taux d'atteinte",
    kind: 'percent',
    width: 11,
    computed: {
      kind: 'attainment',
      realised: 'realised',
      target: 'target',
      baseline: 'baseline',
      sense: { direction: DIRECTION, nature: NATURE },
    },
  },
  {
    id: 'status',
    header: 'Statut',
    kind: 'text',
    width: 20,
    computed: {
      kind: 'status',
      rate: 'rate',
      anyOf: ['action', 'name'],
      labels: STATUS_LABELS,
      decrease: {
        realised: 'realised',
        target: 'target',
        direction: DIRECTION,
        nature: NATURE,
        closing: 't4',
      },
    },
  },
  {
    id: 'retained',
    header: "Taux d'atteinte retenu (0 à 100 %)",
    kind: 'percent',
    width: 13,
    computed: { kind: 'retainedRate', rate: 'rate', status: 'status', labels: STATUS_LABELS },
  },
];

const section = {
  actions: { fr: 'Actions', en: 'Actions' },
  objectives: { fr: 'Objectifs et réalisation', en: 'Objectives and delivery' },
  indicators: { fr: 'Indicateurs', en: 'Indicators' },
  partners: { fr: 'Partenariat et gouvernance', en: 'Partnership and governance' },
  money: { fr: 'Budget', en: 'Budget' },
  contribution: {
    fr: 'Contribution des actions (questionnaire des acteurs)',
    en: 'What the actions contributed to (actors’ questionnaire)',
  },
  participation: { fr: 'Participation des habitants', en: 'Participation of inhabitants' },
};

/** The four contribution questions of seed 002, answered Oui / Non / Partiellement. */
const CONTRIBUTIONS = [
  ['Cooperation', 'cooperation', 'à la dynamique de coopération', 'cooperation'],
  ['Pratiques', 'practices', "à l'amélioration des pratiques", 'better practices'],
  ['ISTS', 'ists', 'à des leviers sur les ISTS', 'levers on health inequalities'],
  ['Parcours', 'pathway', 'au parcours de santé des bénéficiaires', 'care pathways'],
] as const;
const PARTICIPATING = ['Information', 'Concertation', 'Collaboration', 'Partenariat'];
const participating = (column: string): SummaryExpr => ({
  op: 'add',
  terms: PARTICIPATING.map((value) => ({ op: 'countIf' as const, table: A, column, value })),
});
const A = 'Actions';
const HABITANTS = 'Habitants / usagers';
/** Values of the version 2 Secteurs list that name a kind of body, not a sector. */
export const NOT_SECTORS = ['Association', 'Collectivité territoriale', HABITANTS];
const presence = (kind: string): SummaryExpr => ({
  op: 'ratio',
  num: { op: 'sumIf', table: 'Instances', value: 'present', column: 'kind', equals: kind },
  den: { op: 'sumIf', table: 'Instances', value: 'invited', column: 'kind', equals: kind },
});
const objMet = 'objectivesMet';

const summaries: SummaryDef[] = [
  {
    name: 'CA_NbActions',
    label: { fr: "Nombre d'actions", en: 'Number of actions' },
    format: 'integer',
    section: section.actions,
    expr: { op: 'countNonBlank', table: A, column: 'id' },
  },
  {
    name: 'CA_NbActionsTriangulees',
    label: { fr: 'Actions aux preuves triangulées', en: 'Actions with triangulated evidence' },
    format: 'integer',
    section: section.actions,
    expr: { op: 'countIf', table: A, column: 'triangulation', value: 'OUI' },
  },
  {
    name: 'CA_TauxTriangulation',
    label: { fr: 'Taux de triangulation', en: 'Triangulation rate' },
    format: 'percent',
    section: section.actions,
    expr: {
      op: 'ratio',
      num: { op: 'name', name: 'CA_NbActionsTriangulees' },
      den: { op: 'name', name: 'CA_NbActions' },
    },
  },
  {
    name: 'CA_NbActionsSansIndicateurResultat',
    label: { fr: 'Actions sans indicateur de résultat', en: 'Actions without a result indicator' },
    format: 'integer',
    section: section.actions,
    expr: { op: 'countIf', table: A, column: 'indResult', value: 0 },
  },
  {
    name: 'CA_NbObjectifsAtteints',
    label: { fr: 'Objectifs cibles atteints (OUI)', en: 'Target objectives met (OUI)' },
    format: 'integer',
    section: section.objectives,
    expr: { op: 'countIf', table: A, column: objMet, value: 'OUI' },
  },
  {
    name: 'CA_NbObjectifsPartiels',
    label: { fr: 'Objectifs partiellement atteints', en: 'Objectives partly met' },
    format: 'integer',
    section: section.objectives,
    expr: { op: 'countIf', table: A, column: objMet, value: 'Partiellement' },
  },
  {
    name: 'CA_NbObjectifsNonAtteints',
    label: { fr: 'Objectifs non atteints (NON)', en: 'Objectives not met (NON)' },
    format: 'integer',
    section: section.objectives,
    expr: { op: 'countIf', table: A, column: objMet, value: 'NON' },
  },
  ...(
    [
      [
        'CA_NbActionsConformes',
        'OUI',
        'Actions conformes à la programmation (OUI)',
        'Actions delivered as planned (OUI)',
      ],
      [
        'CA_NbActionsConformesEnPartie',
        'En partie',
        'Actions conformes en partie (En partie)',
        'Actions partly delivered as planned (En partie)',
      ],
      [
        'CA_NbActionsNonConformes',
        'NON',
        'Actions non conformes (NON)',
        'Actions not delivered as planned (NON)',
      ],
    ] as const
  ).map(([name, value, fr, en]): SummaryDef => ({
    name,
    label: { fr, en },
    format: 'integer',
    section: section.objectives,
    expr: { op: 'countIf', table: A, column: 'conformity', value },
  })),
  {
    name: 'CA_TauxConformite',
    label: {
      fr: 'Part des actions entièrement conformes (OUI parmi les réponses)',
      en: 'Share of actions fully delivered as planned (OUI among answers)',
    },
    format: 'percent',
    section: section.objectives,
    expr: {
      op: 'ratio',
      num: { op: 'countIf', table: A, column: 'conformity', value: 'OUI' },
      den: {
        op: 'add',
        terms: ['OUI', 'NON', 'En partie'].map((value) => ({
          op: 'countIf' as const,
          table: A,
          column: 'conformity',
          value,
        })),
      },
    },
  },
  {
    name: 'CA_BeneficiairesCibles',
    label: { fr: 'Bénéficiaires ciblés', en: 'Targeted beneficiaries' },
    format: 'integer',
    section: section.objectives,
    expr: { op: 'sum', table: A, column: 'beneficiariesTarget' },
  },
  {
    name: 'CA_BeneficiairesAtteints',
    label: { fr: 'Bénéficiaires atteints', en: 'Beneficiaries reached' },
    format: 'integer',
    section: section.objectives,
    expr: { op: 'sum', table: A, column: 'beneficiariesReached' },
  },
  {
    name: 'CA_TauxBeneficiaires',
    label: { fr: 'Taux de bénéficiaires atteints', en: 'Share of beneficiaries reached' },
    format: 'percent',
    section: section.objectives,
    expr: {
      op: 'ratio',
      num: { op: 'name', name: 'CA_BeneficiairesAtteints' },
      den: { op: 'name', name: 'CA_BeneficiairesCibles' },
    },
  },
  ...(
    [
      [
        'CA_NbIndicateursAtteints',
        STATUS_LABELS.reached,
        'Indicateurs atteints',
        'Indicators reached',
      ],
      [
        'CA_NbIndicateursPartiels',
        STATUS_LABELS.partial,
        'Indicateurs partiellement atteints',
        'Indicators partly reached',
      ],
      [
        'CA_NbIndicateursNonAtteints',
        STATUS_LABELS.notReached,
        'Indicateurs non atteints',
        'Indicators not reached',
      ],
      [
        'CA_NbIndicateursEnCours',
        STATUS_LABELS.inProgress,
        'Indicateurs en cours (baisse à confirmer en fin de période)',
        'Indicators in progress (a decrease to confirm)',
      ],
      [
        'CA_NbIndicateursNonRenseignes',
        STATUS_LABELS.unknown,
        'Indicateurs non renseignés',
        'Indicators not filled in',
      ],
    ] as const
  ).map(([name, value, fr, en]): SummaryDef => ({
    name,
    label: { fr, en },
    format: 'integer',
    section: section.indicators,
    expr: { op: 'countIf', table: 'Indicateurs', column: 'status', value },
  })),
  {
    name: 'CA_PartIndicateursAtteints',
    label: {
      fr: 'Part des indicateurs atteints (parmi les indicateurs jugés)',
      en: 'Share of indicators reached (among those judged)',
    },
    format: 'percent',
    section: section.indicators,
    expr: {
      op: 'ratio',
      num: { op: 'name', name: 'CA_NbIndicateursAtteints' },
      den: {
        op: 'add',
        terms: [
          'CA_NbIndicateursAtteints',
          'CA_NbIndicateursPartiels',
          'CA_NbIndicateursNonAtteints',
        ].map((name) => ({ op: 'name' as const, name })),
      },
    },
  },
  {
    name: 'CA_TauxAtteinteActivite',
    label: {
      fr: "Taux d'atteinte moyen des indicateurs d'activité (plafonné à 100 %)",
      en: 'Mean attainment, activity indicators (capped at 100 %)',
    },
    format: 'percent',
    section: section.indicators,
    expr: {
      op: 'averageIf',
      table: 'Indicateurs',
      value: 'retained',
      column: 'type',
      equals: 'Activité',
    },
  },
  {
    name: 'CA_TauxAtteinteResultats',
    label: {
      fr: "Taux d'atteinte moyen des indicateurs de résultats (plafonné à 100 %)",
      en: 'Mean attainment, result indicators (capped at 100 %)',
    },
    format: 'percent',
    section: section.indicators,
    expr: {
      op: 'averageIf',
      table: 'Indicateurs',
      value: 'retained',
      column: 'type',
      equals: 'Résultat',
    },
  },
  {
    name: 'CA_NbPartenaires',
    label: { fr: 'Partenaires', en: 'Partners' },
    format: 'integer',
    section: section.partners,
    expr: { op: 'countNonBlank', table: 'Partenaires', column: 'name' },
  },
  {
    name: 'CA_NbSecteurs',
    label: { fr: 'Secteurs représentés (intersectorialité)', en: 'Sectors represented' },
    format: 'integer',
    section: section.partners,
    // Kinds of body typed as a sector in version 2 are not sectors (issue 18).
    expr: { op: 'distinct', table: 'Partenaires', column: 'sector', except: NOT_SECTORS },
  },
  {
    name: 'CA_NbPartenairesHabitants',
    label: { fr: 'Partenaires habitants / usagers', en: 'Partners who are inhabitants / users' },
    format: 'integer',
    section: section.partners,
    expr: { op: 'countIf', table: 'Partenaires', column: 'orgType', value: HABITANTS },
  },
  {
    name: 'CA_NbReunionsCopil',
    label: { fr: 'Réunions du COPIL', en: 'Steering committee meetings' },
    format: 'integer',
    section: section.partners,
    expr: { op: 'countIf', table: 'Instances', column: 'kind', value: 'COPIL' },
  },
  {
    name: 'CA_TauxPresenceCopil',
    label: { fr: 'Taux de présence des partenaires au COPIL', en: 'Partner attendance, COPIL' },
    format: 'percent',
    section: section.partners,
    expr: presence('COPIL'),
  },
  {
    name: 'CA_TauxPresenceCotech',
    label: { fr: 'Taux de présence des partenaires au COTECH', en: 'Partner attendance, COTECH' },
    format: 'percent',
    section: section.partners,
    expr: presence('COTECH'),
  },
  {
    name: 'CA_TauxPresencePartenaires',
    label: {
      fr: 'Taux de présence des partenaires, toutes instances',
      en: 'Partner attendance rate, all meetings',
    },
    format: 'percent',
    section: section.partners,
    expr: {
      op: 'ratio',
      num: { op: 'sum', table: 'Instances', column: 'present' },
      den: { op: 'sum', table: 'Instances', column: 'invited' },
    },
  },
  {
    name: 'CA_TauxCRDiffuses',
    label: { fr: 'Comptes rendus diffusés', en: 'Minutes circulated' },
    format: 'percent',
    section: section.partners,
    expr: {
      op: 'ratio',
      num: { op: 'countIf', table: 'Instances', column: 'minutes', value: 'OUI' },
      den: {
        op: 'add',
        terms: ['OUI', 'NON'].map((value) => ({
          op: 'countIf' as const,
          table: 'Instances',
          column: 'minutes',
          value,
        })),
      },
    },
  },
  ...CONTRIBUTIONS.flatMap(([suffix, column, fr, en]): SummaryDef[] => [
    {
      name: `CA_NbContribution${suffix}`,
      label: {
        fr: `Actions ayant contribué ${fr} (Oui)`,
        en: `Actions that contributed to ${en} (Oui)`,
      },
      format: 'integer',
      section: section.contribution,
      expr: { op: 'countIf', table: 'Contribution', column, value: 'Oui' },
    },
    {
      name: `CA_NbContribution${suffix}Partielle`,
      label: {
        fr: `Actions ayant contribué ${fr} (Partiellement)`,
        en: `Actions that partly contributed to ${en} (Partiellement)`,
      },
      format: 'integer',
      section: section.contribution,
      expr: { op: 'countIf', table: 'Contribution', column, value: 'Partiellement' },
    },
  ]),
  ...(
    [
      [
        'CA_NbLevierIntersectorialite',
        'leverIntersectoral',
        'intersectorialité',
        'intersectoral work',
      ],
      [
        'CA_NbLevierDeterminants',
        'leverDeterminants',
        'prise en compte des déterminants sociaux',
        'social determinants',
      ],
      [
        'CA_NbLevierParticipation',
        'leverParticipation',
        'participation des habitants',
        'participation of inhabitants',
      ],
    ] as const
  ).map(([name, column, fr, en]): SummaryDef => ({
    name,
    label: { fr: `Actions activant le levier ISTS : ${fr}`, en: `Actions using the lever: ${en}` },
    format: 'integer',
    section: section.contribution,
    expr: { op: 'countIf', table: 'Contribution', column, value: 'OUI' },
  })),
  {
    name: 'CA_NbActionsParticipationAttendue',
    label: {
      fr: 'Actions où une participation des habitants est attendue',
      en: 'Actions expecting inhabitants to take part',
    },
    format: 'integer',
    section: section.participation,
    expr: participating('participationExpected'),
  },
  {
    name: 'CA_NbActionsParticipationObservee',
    label: {
      fr: 'Actions où une participation des habitants est observée',
      en: 'Actions where inhabitants took part',
    },
    format: 'integer',
    section: section.participation,
    expr: participating('participationObserved'),
  },
  {
    name: 'CA_HabitantsPresentsInstances',
    label: { fr: 'Habitants présents aux instances', en: 'Inhabitants at meetings' },
    format: 'integer',
    section: section.participation,
    expr: { op: 'sum', table: 'Instances', column: 'inhabitants' },
  },
  {
    name: 'CA_HabitantsPresentsCopil',
    label: { fr: 'Habitants présents au COPIL', en: 'Inhabitants at the COPIL' },
    format: 'integer',
    section: section.participation,
    expr: {
      op: 'sumIf',
      table: 'Instances',
      value: 'inhabitants',
      column: 'kind',
      equals: 'COPIL',
    },
  },
  {
    name: 'CA_BudgetTotal',
    label: { fr: 'Budget prévu total', en: 'Total planned budget' },
    format: 'money',
    section: section.money,
    expr: { op: 'sum', table: A, column: 'budget' },
  },
  {
    name: 'CA_FinancementARS',
    label: { fr: 'Financement ARS total', en: 'Total ARS funding' },
    format: 'money',
    section: section.money,
    expr: { op: 'sum', table: A, column: 'arsFunding' },
  },
];

export const CALENDAR_STEPS: [string, string][] = [
  ['Préfiguration du projet', 'Rencontres avec les acteurs concernés'],
  ['Préfiguration du projet', 'Échanges-concertation'],
  ['Préfiguration du projet', 'Mise en place des instances de gouvernance'],
  ['Préfiguration du projet', 'Validation des orientations-communication'],
  ['Diagnostic', ''],
  ["Élaboration du plan d'actions", ''],
  ["Mise en œuvre du plan d'actions", ''],
  ['Suivi-évaluation des activités', ''],
  ["Évaluation de la coopérative d'acteurs", ''],
];

export const PROGRAMME_FIELDS = [
  'Intitulé du programme',
  'Objectif général',
  'Territoire',
  'Délégation départementale',
  'Coordinateur·rice',
  'Date de signature de la convention',
  'Début de période',
  'Fin de période',
] as const;

export const DEFAULT_PUBLICS = [
  'Tout public',
  'Enfants',
  'Adolescents et jeunes',
  'Parents',
  'Femmes enceintes',
  'Adultes',
  'Personnes âgées',
  'Personnes en situation de handicap',
  'Personnes en situation de précarité',
  'Personnes migrantes',
  'Professionnels',
  'Autre',
];

export const ca: TemplateDef = {
  id: 'ca',
  version: 3,
  title: TEMPLATE_CATALOGUE.ca.title,
  sheets: Object.values(S),
  summarySheet: S.synthese,
  listSheet: S.listes,
  dashboard: copil,
  partner: {
    table: 'Programme',
    field: 'Coordinateur·rice',
    fallback: { table: 'Actions', column: 'owner' },
  },
  period: { table: 'Programme', start: 'Début de période', end: 'Fin de période' },
  evidence: { table: 'Preuves', key: 'key', typeColumn: 'type', kinds: PROOF_KINDS },
  tables: [
    {
      name: 'Programme',
      merge: 'single',
      sheet: S.programme,
      key: 'field',
      columns: [
        { id: 'field', header: 'Champ', kind: 'text', width: 36 },
        { id: 'value', header: 'Valeur', kind: 'text', width: 60 },
      ],
      prefill: PROGRAMME_FIELDS.map((field) => ({ field, value: null })),
      spareRows: 0,
    },
    {
      name: 'Objectifs',
      merge: 'shared',
      sheet: S.objectifs,
      key: 'code',
      columns: [
        { id: 'code', header: 'Code', kind: 'id', required: true, width: 10 },
        {
          id: 'level',
          header: 'Niveau',
          kind: 'choice',
          list: 'Niveaux',
          required: true,
          width: 14,
        },
        { id: 'title', header: 'Intitulé', kind: 'text', required: true, width: 60 },
        {
          id: 'parent',
          header: 'Objectif parent',
          kind: 'reference',
          list: 'ListeObjectifs',
          width: 16,
        },
      ],
      spareRows: 30,
    },
    {
      name: 'Partenaires',
      merge: 'shared',
      sheet: S.partenaires,
      key: 'name',
      columns: [
        { id: 'name', header: 'Partenaire', kind: 'id', required: true, width: 34 },
        { id: 'sector', header: 'Secteur', kind: 'choice', list: 'Secteurs', width: 24 },
        {
          id: 'orgType',
          header: 'Type de structure',
          kind: 'choice',
          list: 'TypesStructure',
          width: 24,
          help: {
            fr: 'La nature de la structure (association, collectivité…) ; le secteur dit son champ d’action (santé, social, éducation…).',
            en: 'The kind of body (association, local authority…); the sector says its field (health, social, education…).',
          },
        },
        { id: 'contact', header: 'Contact', kind: 'text', width: 30 },
        {
          id: 'signatory',
          header: 'Signataire de la convention',
          kind: 'choice',
          list: L.ouiNon,
          width: 16,
        },
      ],
      spareRows: 40,
    },
    {
      name: 'Actions',
      merge: 'own',
      sheet: S.actions,
      key: 'id',
      columns: actionColumns,
      spareRows: 30,
    },
    {
      name: 'Indicateurs',
      merge: 'own',
      sheet: S.indicateurs,
      columns: indicatorColumns,
      spareRows: 120,
    },
    {
      name: 'Preuves',
      merge: 'own',
      sheet: S.preuves,
      columns: proofs,
      spareRows: 120,
    },
    {
      name: 'ChaineValeur',
      merge: 'own',
      sheet: S.chaine,
      columns: [
        {
          id: 'action',
          header: 'N° action',
          kind: 'reference',
          list: 'ListeActions',
          required: true,
          width: 11,
        },
        chain('resources', 'Ressources'),
        chain('activities', 'Activités'),
        chain('outputs', 'Réalisations'),
        chain('result', 'Résultat'),
        chain('effect', 'Effet'),
        chain('impact', 'Impact'),
        impactTrait('durability', 'Durabilité', {
          fr: 'L’impact reste dans le temps (au-delà du projet).',
          en: 'The impact lasts (beyond the project).',
        }),
        impactTrait('utility', 'Utilité', {
          fr: 'L’impact est perçu comme bénéfique par les acteurs.',
          en: 'The impact is seen as beneficial by those concerned.',
        }),
        impactTrait('attribution', 'Attribution', {
          fr: 'L’impact est au moins partiellement lié à notre action.',
          en: 'The impact is at least partly due to our action.',
        }),
        impactTrait('transformation', 'Transformation', {
          fr: 'L’impact change les pratiques ou les façons de faire.',
          en: 'The impact changes practices or ways of working.',
        }),
        impactTrait('multiplicity', 'Multiplicité', {
          fr: 'L’impact agit à plusieurs niveaux (usager, professionnel, territoire…).',
          en: 'The impact works at several levels (user, professional, territory…).',
        }),
      ],
      spareRows: 30,
    },
    {
      name: 'Contribution',
      merge: 'own',
      sheet: S.contribution,
      columns: [
        {
          id: 'action',
          header: 'N° action',
          kind: 'reference',
          list: 'ListeActions',
          required: true,
          width: 11,
        },
        contribQ('cooperation', 'Dynamique de coopération'),
        why('cooperationWhat', 'Coopération : sur quels aspects ?'),
        contribQ('practices', 'Amélioration des pratiques'),
        why('practicesWhat', 'Pratiques : sur quels aspects ?'),
        contribQ('ists', 'Leviers ISTS'),
        // The levers seed 002 names: « Intersectorialité / Prise en compte des déterminants
        // sociaux / Participation des habitants / ... »; « lesquels ? » keeps the others.
        lever('leverIntersectoral', 'Levier ISTS : intersectorialité'),
        lever('leverDeterminants', 'Levier ISTS : déterminants sociaux'),
        lever('leverParticipation', 'Levier ISTS : participation des habitants'),
        why('istsWhich', 'Leviers ISTS : lesquels ?'),
        contribQ('pathway', 'Parcours de santé des bénéficiaires'),
        why('pathwayWhat', 'Parcours : sur quels aspects ?'),
        why('barriers', 'Freins identifiés'),
        why('levers', 'Leviers identifiés'),
        why('improvements', "Pistes d'amélioration"),
      ],
      spareRows: 30,
    },
    {
      name: 'Instances',
      merge: 'shared',
      sheet: S.instances,
      columns: [
        { id: 'date', header: 'Date', kind: 'date', required: true, width: 12 },
        {
          id: 'kind',
          header: 'Instance',
          kind: 'choice',
          list: 'TypesInstance',
          required: true,
          width: 24,
        },
        { id: 'invited', header: 'Partenaires invités', kind: 'integer', width: 12 },
        { id: 'present', header: 'Partenaires présents', kind: 'integer', width: 12 },
        { id: 'inhabitants', header: 'Habitants présents', kind: 'integer', width: 12 },
        {
          id: 'minutes',
          header: 'Compte rendu diffusé',
          kind: 'choice',
          list: L.ouiNon,
          width: 14,
        },
      ],
      spareRows: 40,
    },
    {
      name: 'Calendrier',
      merge: 'shared',
      sheet: S.calendrier,
      columns: [
        { id: 'step', header: 'Étape', kind: 'text', width: 30 },
        { id: 'task', header: 'Tâche', kind: 'text', width: 36 },
        { id: 'who', header: 'Qui ?', kind: 'text', width: 16 },
        { id: 'start', header: 'Date de début', kind: 'date', width: 12 },
        { id: 'end', header: 'Date de fin', kind: 'date', width: 12 },
        { id: 'deliverables', header: 'Livrables', kind: 'text', width: 24 },
        { id: 'status', header: 'Statut', kind: 'choice', list: 'StatutsTache', width: 11 },
      ],
      prefill: CALENDAR_STEPS.map(([step, task]) => ({ step, task: task || null })),
      months: { start: 'start', end: 'end' },
      spareRows: 12,
    },
  ],
  lists: [
    ...commonLists,
    {
      name: 'Niveaux',
      title: 'Niveaux',
      values: ['Général', 'Spécifique', 'Opérationnel'],
      extensible: false,
    },
    {
      name: 'Secteurs',
      title: 'Secteurs',
      values: [
        'Santé',
        'Social',
        'Médico-social',
        'Éducation',
        'Logement',
        'Insertion',
        'Environnement et cadre de vie',
        'Autre',
      ],
      extensible: true,
    },
    {
      name: 'NiveauxParticipation',
      title: 'Niveaux de participation des habitants',
      values: ['Aucune', 'Information', 'Concertation', 'Collaboration', 'Partenariat'],
      extensible: false,
    },
    PROOF_LINKS_LIST,
    {
      name: 'TypesStructure',
      title: 'Types de structure',
      values: [
        'Association',
        'Collectivité territoriale',
        'Service de l’État ou établissement public',
        'Établissement ou service de santé',
        'Professionnel·le de santé libéral·e',
        'Entreprise',
        HABITANTS,
        'Autre',
      ],
      extensible: true,
    },
    {
      name: L.ouiNonEnPartie,
      title: 'OUI / NON / En partie',
      values: ['OUI', 'NON', 'En partie'],
      extensible: false,
    },
    {
      name: L.ouiNonPartiellement,
      title: 'OUI / NON / Partiellement',
      values: ['OUI', 'NON', 'Partiellement'],
      extensible: false,
    },
    { name: 'PublicsCibles', title: 'Publics cibles', values: DEFAULT_PUBLICS, extensible: true },
    { name: 'Territoires', title: 'Territoires', values: [], extensible: true },
    {
      name: 'TypesIndicateur',
      title: "Types d'indicateur",
      values: ['Processus', 'Activité', 'Résultat'],
      extensible: false,
    },
    {
      name: 'Unites',
      title: 'Unités',
      values: ['Nombre', 'Pourcentage', 'Oui-Non'],
      extensible: false,
    },
    DIRECTIONS_LIST,
    {
      name: 'NaturesIndicateur',
      title: "Natures d'indicateur",
      values: [NATURE.cumulative, NATURE.level],
      extensible: false,
    },
    {
      name: 'ModesCalcul',
      title: 'Modes de calcul',
      values: ['Somme', 'Dernière valeur', 'Moyenne'],
      extensible: false,
    },
    {
      name: 'OuiNonAVerifier',
      title: 'OUI / NON / À vérifier',
      values: ['OUI', 'NON', 'À vérifier'],
      extensible: false,
    },
    {
      name: 'OuiNonPartiel',
      title: 'Oui / Non / Partiellement',
      values: ['Oui', 'Non', 'Partiellement'],
      extensible: false,
    },
    {
      name: 'TypesInstance',
      title: "Types d'instance",
      values: ['COPIL', 'COTECH', 'Réunion opérationnelle', 'Bilan trimestriel', 'Bilan annuel'],
      extensible: true,
    },
    {
      name: 'StatutsTache',
      title: 'Statuts de tâche',
      values: ['À faire', 'En cours', 'Fait'],
      extensible: false,
    },
    { name: 'ListeActions', title: 'N° action', from: { table: 'Actions', column: 'id' } },
    { name: 'ListeObjectifs', title: 'Objectifs', from: { table: 'Objectifs', column: 'code' } },
    {
      name: 'ListePartenaires',
      title: 'Partenaires',
      from: { table: 'Partenaires', column: 'name' },
    },
  ],
  summaries,
};
