import type { ColumnDef, SummaryDef, TemplateDef } from './types';
import { L, PROOF_KINDS, commonLists, evidenceColumns, proofColumns } from './shared';
import {
  PARTNERS_HELP,
  PRESENTED_HELP,
  determinantColumns,
  engagementColumns,
  partnerSummaries,
  phaseSummaries,
  populationSummaries,
  proofCountColumns,
  usagersLists,
  usagersTable,
} from './cpts-usagers';

/** Template `cpts` — Implication des usagers dans la CPTS (WORKBOOKS.md). */

const S = {
  cpts: 'CPTS',
  gestion: 'Gestion de projets',
  projets: 'Projets',
  usagers: 'Usagers partenaires',
  population: 'Population',
  preuves: 'Preuves',
  aci: 'ACI',
  synthese: 'Synthèse',
  listes: 'Listes',
} as const;

export const CPTS_FIELDS = [
  'Nom de la CPTS',
  'Taille',
  'Population couverte',
  'Année',
  'Référent·e usagers',
  'Année contractuelle (début)',
] as const;

export const GESTION_INDICATORS = [
  'Comité ou commission des usagers créé (OUI/NON)',
  "Charte de partenariat ou cadre d'intervention avec les usagers (OUI/NON)",
  "Nombre d'usagers partenaires impliqués (projets, actions, instances de gouvernance)",
  "Nombre d'actions de montée en compétence (formations, congrès, sensibilisations)",
  'Satisfaction des professionnels vis-à-vis de la collaboration avec les usagers (%)',
  // Each satisfaction with the share of those asked who answered (seed 003, issue 18).
  'Taux de réponse des professionnels interrogés (%)',
  'Satisfaction des usagers partenaires quant à leur rôle et leur influence (%)',
  'Taux de réponse des usagers partenaires interrogés (%)',
];

/** ACI CPTS of 20/06/2019 and avenant 2 of 20/12/2021: socle missions first, then optional ones. */
export const ACI_MISSIONS = [
  'Accès aux soins',
  'Parcours pluriprofessionnels',
  'Prévention',
  'Réponse aux crises sanitaires graves',
  'Qualité et pertinence',
  'Accompagnement des professionnels de santé',
];

/** Annual "fonctionnement" funding by taille (ACI CPTS 2019, arrêté of 21/08/2019). */
export const ACI_FONCTIONNEMENT: Record<number, number> = {
  1: 50000,
  2: 60000,
  3: 75000,
  4: 90000,
};
export const ACI_FONCTIONNEMENT_ROW = 'Fonctionnement de la CPTS';

/** Size class by population covered (ACI CPTS 2019). */
export function cptsSize(population: number): 1 | 2 | 3 | 4 {
  if (population < 40000) return 1;
  if (population < 80000) return 2;
  if (population <= 175000) return 3;
  return 4;
}

const P = 'Projets';
const count = (id: string, header: string): ColumnDef => ({
  id,
  header,
  kind: 'integer',
  width: 12,
});
const rate = (id: string, header: string, num: string, den: string): ColumnDef => ({
  id,
  header,
  kind: 'percent',
  width: 12,
  computed: { kind: 'ratio', num, den },
});

const projectColumns: ColumnDef[] = [
  { id: 'id', header: 'Projet ou action', kind: 'id', required: true, width: 32 },
  { id: 'mission', header: 'Mission ACI', kind: 'choice', list: 'MissionsACI', width: 26 },
  // Seed 003 counts the users engaged in each phase, not one level per project (issue 18).
  ...engagementColumns,
  { ...count('partners', 'Usagers partenaires impliqués'), help: PARTNERS_HELP },
  {
    id: 'direct',
    header: "Participation directe d'usagers partenaires",
    kind: 'choice',
    list: L.ouiNon,
    width: 14,
  },
  count('invited', 'Personnes invitées ou ciblées'),
  count('participants', 'Participants'),
  count('respondents', 'Répondants'),
  count('satisfied', 'Satisfaits'),
  count('recommend', "Recommandent l'action"),
  count('heard', 'Se sentent écoutés et pris en compte'),
  count('understood', 'Ont compris les informations'),
  rate('participationRate', 'Taux de participation', 'participants', 'invited'),
  // The denominator of the experience rates: how many of the participants answered (issue 18).
  rate('responseRate', 'Taux de réponse', 'respondents', 'participants'),
  rate('satisfactionRate', 'Taux de satisfaction', 'satisfied', 'respondents'),
  rate('recommendationRate', 'Taux de recommandation', 'recommend', 'respondents'),
  rate('heardRate', "Sentiment d'écoute", 'heard', 'respondents'),
  rate('understandingRate', 'Taux de compréhension', 'understood', 'respondents'),
  ...evidenceColumns('id', 'Preuves', 'key', 'counted'),
];

const populationColumns: ColumnDef[] = [
  {
    id: 'project',
    header: 'Projet ou action',
    kind: 'reference',
    list: 'ListeProjets',
    required: true,
    width: 32,
  },
  count('surveyed', 'Participants interrogés'),
  count('betterUnderstanding', 'Déclarent mieux comprendre leur santé'),
  { id: 'scoreBefore', header: 'Score de connaissances avant', kind: 'number', width: 12 },
  { id: 'scoreAfter', header: 'Score de connaissances après', kind: 'number', width: 12 },
  count('ambassadors', 'Usagers devenus ambassadeurs ou relais'),
  count('referred', 'Personnes orientées vers une ressource adaptée'),
  // The population the « Taux de recours aux dispositifs présentés » is over (seed 003, issue 18).
  {
    ...count('presented', 'Personnes à qui le dispositif a été présenté'),
    help: PRESENTED_HELP,
  },
  count('used', 'Personnes ayant eu recours au dispositif présenté'),
  count('difficultiesBefore', "Difficultés d'accès signalées avant"),
  count('difficultiesAfter', "Difficultés d'accès signalées après"),
  count('partnerships', 'Partenariats avec associations ou collectifs'),
  ...determinantColumns,
  rate('understandingShare', 'Part déclarant mieux comprendre', 'betterUnderstanding', 'surveyed'),
  {
    id: 'knowledgeChange',
    header: 'Évolution des connaissances',
    kind: 'number',
    width: 12,
    computed: { kind: 'difference', a: 'scoreAfter', b: 'scoreBefore' },
  },
  rate('uptakeRate', 'Taux de recours aux dispositifs présentés', 'used', 'presented'),
  {
    id: 'difficultiesChange',
    header: 'Évolution des difficultés signalées',
    kind: 'percent',
    width: 12,
    computed: { kind: 'relativeChange', before: 'difficultiesBefore', after: 'difficultiesAfter' },
  },
  {
    // The relative change is blank when « avant » is 0: the gap still shows 0 → 5 (issue 18).
    id: 'difficultiesGap',
    header: 'Écart des difficultés signalées (après − avant)',
    kind: 'number',
    width: 12,
    computed: { kind: 'difference', a: 'difficultiesAfter', b: 'difficultiesBefore' },
  },
];

const money = (id: string, header: string): ColumnDef => ({ id, header, kind: 'money', width: 15 });
const aciColumns: ColumnDef[] = [
  {
    id: 'mission',
    header: 'Mission',
    kind: 'choice',
    list: 'MissionsACI',
    required: true,
    width: 40,
  },
  money('fixed', 'Part fixe (€)'),
  money('variableMax', 'Part variable maximale (€)'),
  { id: 'attainment', header: "Taux d'atteinte des objectifs", kind: 'percent', width: 13 },
  {
    id: 'variableDue',
    header: 'Part variable due (€)',
    kind: 'money',
    width: 15,
    computed: { kind: 'product', a: 'variableMax', b: 'attainment' },
  },
  {
    id: 'totalDue',
    header: 'Total dû (€)',
    kind: 'money',
    width: 15,
    computed: { kind: 'sum', terms: ['fixed', 'variableDue'] },
  },
  money('advance', 'Avance versée (€)'),
  money('paid', 'Versé (€)'),
  {
    id: 'remaining',
    header: 'Reste à verser (€)',
    kind: 'money',
    width: 15,
    computed: { kind: 'balance', total: 'totalDue', minus: ['advance', 'paid'] },
  },
];

const section = {
  projects: { fr: 'Projets et engagement des usagers', en: 'Projects and user engagement' },
  experience: { fr: 'Expérience des usagers', en: 'User experience' },
  evidence: { fr: 'Preuves', en: 'Evidence' },
  aci: { fr: 'ACI', en: 'ACI funding' },
};

const summaries: SummaryDef[] = [
  {
    name: 'CPTS_NbProjets',
    label: { fr: 'Projets ou actions', en: 'Projects or actions' },
    format: 'integer',
    section: section.projects,
    expr: { op: 'countNonBlank', table: P, column: 'id' },
  },
  {
    name: 'CPTS_PartProjetsParticipationDirecte',
    label: {
      fr: "Projets incluant la participation directe d'usagers partenaires",
      en: 'Projects with direct participation of partner users',
    },
    format: 'percent',
    section: section.projects,
    expr: {
      op: 'ratio',
      num: { op: 'countIf', table: P, column: 'direct', value: 'OUI' },
      den: { op: 'name', name: 'CPTS_NbProjets' },
    },
  },
  ...partnerSummaries,
  ...phaseSummaries,
  {
    name: 'CPTS_TauxReponse',
    label: {
      fr: 'Taux de réponse (répondants / participants)',
      en: 'Response rate (respondents / participants)',
    },
    format: 'percent',
    section: section.experience,
    expr: {
      op: 'ratio',
      num: { op: 'sum', table: P, column: 'respondents' },
      den: { op: 'sum', table: P, column: 'participants' },
    },
  },
  {
    name: 'CPTS_TauxSatisfaction',
    label: { fr: 'Taux de satisfaction', en: 'Satisfaction rate' },
    format: 'percent',
    section: section.experience,
    expr: {
      op: 'ratio',
      num: { op: 'sum', table: P, column: 'satisfied' },
      den: { op: 'sum', table: P, column: 'respondents' },
    },
  },
  {
    name: 'CPTS_TauxRecommandation',
    label: { fr: 'Taux de recommandation', en: 'Recommendation rate' },
    format: 'percent',
    section: section.experience,
    expr: {
      op: 'ratio',
      num: { op: 'sum', table: P, column: 'recommend' },
      den: { op: 'sum', table: P, column: 'respondents' },
    },
  },
  {
    name: 'CPTS_TauxEcoute',
    label: { fr: "Sentiment d'écoute et de prise en compte", en: 'Feeling listened to' },
    format: 'percent',
    section: section.experience,
    expr: {
      op: 'ratio',
      num: { op: 'sum', table: P, column: 'heard' },
      den: { op: 'sum', table: P, column: 'respondents' },
    },
  },
  {
    name: 'CPTS_TauxComprehension',
    label: { fr: 'Taux de compréhension des informations', en: 'Understanding rate' },
    format: 'percent',
    section: section.experience,
    expr: {
      op: 'ratio',
      num: { op: 'sum', table: P, column: 'understood' },
      den: { op: 'sum', table: P, column: 'respondents' },
    },
  },
  ...populationSummaries,
  {
    name: 'CPTS_NbProjetsTriangules',
    label: { fr: 'Projets aux preuves triangulées', en: 'Projects with triangulated evidence' },
    format: 'integer',
    section: section.evidence,
    expr: { op: 'countIf', table: P, column: 'triangulation', value: 'OUI' },
  },
  {
    name: 'CPTS_TauxTriangulation',
    label: { fr: 'Taux de triangulation', en: 'Triangulation rate' },
    format: 'percent',
    section: section.evidence,
    expr: {
      op: 'ratio',
      num: { op: 'name', name: 'CPTS_NbProjetsTriangules' },
      den: { op: 'name', name: 'CPTS_NbProjets' },
    },
  },
  {
    name: 'CPTS_ACI_TotalDu',
    label: { fr: 'ACI : total dû', en: 'ACI: total due' },
    format: 'money',
    section: section.aci,
    expr: { op: 'sum', table: 'ACI', column: 'totalDue' },
  },
  {
    name: 'CPTS_ACI_ResteAVerser',
    label: { fr: 'ACI : reste à verser', en: 'ACI: remaining to pay' },
    format: 'money',
    section: section.aci,
    expr: { op: 'sum', table: 'ACI', column: 'remaining' },
  },
];

export const cpts: TemplateDef = {
  id: 'cpts',
  version: 2,
  title: { fr: 'Implication des usagers dans la CPTS', en: 'User involvement in the CPTS' },
  sheets: Object.values(S),
  summarySheet: S.synthese,
  listSheet: S.listes,
  partner: { table: 'CPTS', field: 'Nom de la CPTS' },
  evidence: { table: 'Preuves', key: 'key', typeColumn: 'type', kinds: PROOF_KINDS },
  tables: [
    {
      name: 'CPTS',
      merge: 'single',
      sheet: S.cpts,
      key: 'field',
      columns: [
        { id: 'field', header: 'Champ', kind: 'text', width: 32 },
        { id: 'value', header: 'Valeur', kind: 'text', width: 40 },
      ],
      prefill: CPTS_FIELDS.map((field) => ({ field, value: null })),
      spareRows: 0,
    },
    {
      name: 'GestionProjets',
      merge: 'shared',
      sheet: S.gestion,
      key: 'indicator',
      columns: [
        { id: 'indicator', header: 'Indicateur', kind: 'text', width: 70 },
        { id: 'value', header: 'Valeur', kind: 'text', width: 12 },
        { id: 'target', header: 'Cible', kind: 'text', width: 12 },
        { id: 'source', header: 'Source', kind: 'text', width: 26 },
        { id: 'comment', header: 'Commentaire', kind: 'longtext', width: 34 },
      ],
      prefill: GESTION_INDICATORS.map((indicator) => ({ indicator })),
      spareRows: 0,
    },
    {
      name: 'Projets',
      merge: 'own',
      sheet: S.projets,
      key: 'id',
      columns: projectColumns,
      spareRows: 30,
    },
    usagersTable(S.usagers),
    {
      name: 'Population',
      merge: 'own',
      sheet: S.population,
      columns: populationColumns,
      spareRows: 30,
    },
    {
      name: 'Preuves',
      merge: 'own',
      sheet: S.preuves,
      columns: [...proofColumns('Projet ou action', 'ListeProjets'), ...proofCountColumns],
      spareRows: 120,
    },
    {
      name: 'ACI',
      merge: 'shared',
      sheet: S.aci,
      key: 'mission',
      columns: aciColumns,
      prefill: [...ACI_MISSIONS, ACI_FONCTIONNEMENT_ROW].map((mission) => ({ mission })),
      spareRows: 2,
    },
  ],
  lists: [
    ...commonLists,
    {
      name: 'MissionsACI',
      title: 'Missions ACI',
      values: [...ACI_MISSIONS, ACI_FONCTIONNEMENT_ROW],
      extensible: true,
    },
    {
      name: 'NiveauxEngagement',
      title: "Niveaux d'engagement",
      values: ['Information', 'Concertation', 'Collaboration', 'Partenariat'],
      extensible: false,
    },
    ...usagersLists,
    { name: 'ListeProjets', title: 'Projets', from: { table: 'Projets', column: 'id' } },
  ],
  summaries,
};
