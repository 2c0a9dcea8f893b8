import { TEMPLATE_CATALOGUE } from './catalogue';
import type { ColumnDef, SummaryDef, TemplateDef, Text } from './types';
import {
  ACI_LISTS,
  ACI_SCHEDULE,
  ACI_SHEETS,
  ACI_SUMMARIES,
  ACI_TABLES,
  withAciIndicator,
} from './cpts-aci';
import {
  L,
  PROOF_KINDS,
  commonLists,
  evidenceColumns,
  proofColumns,
  proofCountColumns,
} from './shared';
import {
  PARTNERS_HELP,
  PRESENTED_HELP,
  determinantColumns,
  engagementColumns,
  partnerSummaries,
  phaseSummaries,
  populationSummaries,
  usagersLists,
  usagersTable,
} from './cpts-usagers';

export { ACI_FONCTIONNEMENT, ACI_FONCTIONNEMENT_ROW, ACI_MISSIONS, cptsSize } from './cpts-aci';

/** Template `cpts` — Implication des usagers dans la CPTS (WORKBOOKS.md). */

const S = {
  cpts: 'CPTS',
  gestion: 'Gestion de projets',
  projets: 'Projets',
  usagers: 'Usagers partenaires',
  population: 'Population',
  preuves: 'Preuves',
  ...ACI_SHEETS,
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

const section = {
  projects: { fr: 'Projets et engagement des usagers', en: 'Projects and user engagement' },
  experience: { fr: 'Expérience des usagers', en: 'User experience' },
  evidence: { fr: 'Preuves', en: 'Evidence' },
};

/** A share of the respondents (seed 003's experience rates, each over those who answered). */
const overRespondents = (name: string, label: Text, column: string): SummaryDef => ({
  name,
  label,
  format: 'percent',
  section: section.experience,
  expr: {
    op: 'ratio',
    num: { op: 'sum', table: P, column },
    den: { op: 'sum', table: P, column: 'respondents' },
  },
});

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
  overRespondents(
    'CPTS_TauxSatisfaction',
    { fr: 'Taux de satisfaction', en: 'Satisfaction rate' },
    'satisfied',
  ),
  overRespondents(
    'CPTS_TauxRecommandation',
    { fr: 'Taux de recommandation', en: 'Recommendation rate' },
    'recommend',
  ),
  overRespondents(
    'CPTS_TauxEcoute',
    { fr: "Sentiment d'écoute et de prise en compte", en: 'Feeling listened to' },
    'heard',
  ),
  overRespondents(
    'CPTS_TauxComprehension',
    { fr: 'Taux de compréhension des informations', en: 'Understanding rate' },
    'understood',
  ),
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
];

export const cpts: TemplateDef = {
  id: 'cpts',
  version: 2,
  title: TEMPLATE_CATALOGUE.cpts.title,
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
      columns: [
        ...withAciIndicator(proofColumns('Projet ou action', 'ListeProjets')),
        ...proofCountColumns,
      ],
      spareRows: 120,
    },
    ...ACI_TABLES,
  ],
  lists: [
    ...commonLists,
    ...ACI_LISTS,
    {
      name: 'NiveauxEngagement',
      title: "Niveaux d'engagement",
      values: ['Information', 'Concertation', 'Collaboration', 'Partenariat'],
      extensible: false,
    },
    ...usagersLists,
    { name: 'ListeProjets', title: 'Projets', from: { table: 'Projets', column: 'id' } },
  ],
  summaries: [...summaries, ...ACI_SUMMARIES, ...ACI_SCHEDULE],
  year: { table: 'CPTS', field: 'Année' },
};
