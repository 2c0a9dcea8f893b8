import { TEMPLATE_CATALOGUE } from './catalogue';
import type { ColumnDef, ListDef, SummaryDef, TableDef, TemplateDef, Text } from './types';
import {
  ANSWERS,
  COLLECTIVE_ITEMS,
  COLLECTIVE_SCORE_ROWS,
  CONTINUUM,
  IMPACT_ITEMS,
  IMPACT_SCORE_ROWS,
  type GridItem,
} from './evaluation-items';

/**
 * Template `evaluation` — Auto-évaluation de la démarche (WORKBOOKS.md): the IMPACT grid (seed
 * 001) and the Impacts collectifs grid (seed 004), each item answered at two assessments side by
 * side (Réponse 1, Réponse 2), dated on the Évaluations sheet, scored per dimension or condition.
 */

export const EVALUATION_SHEETS = {
  evaluations: 'Évaluations',
  impact: 'Grille IMPACT',
  impactScores: 'Scores IMPACT',
  collective: 'Impacts collectifs',
  collectiveScores: 'Scores Impacts collectifs',
} as const;
const S = { ...EVALUATION_SHEETS, synthese: 'Synthèse', listes: 'Listes' } as const;

export const EVALUATION_LISTS = { answers: 'ReponsesEvaluation', continuum: 'Continuum' } as const;
/** The two assessments compared, as the Évaluations table names them. */
export const ASSESSMENTS = ['Évaluation 1', 'Évaluation 2'] as const;

const answerHelp: Text = {
  fr: 'OUI : acquis ; En cours : engagé, pas encore acquis ; NON : pas encore ; Non concerné : ne compte pas dans le score.',
  en: 'OUI: achieved; En cours: under way; NON: not yet; Non concerné: left out of the score.',
};

/** The columns of one assessment in a grid: the answer, a comment, the evidence. */
const assessmentColumns = (n: 1 | 2): ColumnDef[] => [
  {
    id: `answer${n}`,
    header: `Réponse ${n}`,
    kind: 'choice',
    list: EVALUATION_LISTS.answers,
    width: 13,
    help: answerHelp,
    highlight: { equals: ANSWERS.no, tone: 'red' },
  },
  { id: `comment${n}`, header: `Commentaire ${n}`, kind: 'longtext', width: 30 },
  {
    id: `evidence${n}`,
    header: `Preuve ${n}`,
    kind: 'longtext',
    width: 30,
    help: {
      fr: 'Ce qui étaye la réponse : un chiffre, un témoignage, un document (compte rendu, convention…).',
      en: 'What supports the answer: a figure, a testimony, a document.',
    },
  },
];

const gridColumns = (): ColumnDef[] => [
  { id: 'code', header: 'Code', kind: 'id', required: true, width: 8 },
  { id: 'dimension', header: 'Dimension', kind: 'text', required: true, width: 22 },
  { id: 'repere', header: 'Repère', kind: 'text', width: 24 },
  { id: 'item', header: 'Élément', kind: 'longtext', required: true, width: 60 },
  ...assessmentColumns(1),
  ...assessmentColumns(2),
];

const prefill = (items: GridItem[]) =>
  items.map((i) => ({ code: i.code, dimension: i.dimension, repere: i.repere, item: i.text }));

const count = (id: string, header: string, grid: string, answer: string, value: string) =>
  ({
    id,
    header,
    kind: 'integer',
    width: 9,
    computed: {
      kind: 'countRelated',
      key: 'dimension',
      table: grid,
      column: 'dimension',
      filter: [answer, value],
    },
  }) satisfies ColumnDef;

/** One assessment's counts and score in a scores table. */
const scoreColumns = (grid: string, n: 1 | 2): ColumnDef[] => [
  count(`yes${n}`, `OUI ${n}`, grid, `answer${n}`, ANSWERS.yes),
  count(`partial${n}`, `En cours ${n}`, grid, `answer${n}`, ANSWERS.partial),
  count(`no${n}`, `NON ${n}`, grid, `answer${n}`, ANSWERS.no),
  {
    id: `score${n}`,
    header: `Score ${n}`,
    kind: 'percent',
    width: 11,
    computed: { kind: 'score', yes: `yes${n}`, partial: `partial${n}`, no: `no${n}` },
    help: {
      fr: '(OUI + la moitié des En cours) / (OUI + En cours + NON) : les Non concerné et les éléments sans réponse ne comptent pas.',
      en: '(OUI + half the En cours) / (OUI + En cours + NON): Non concerné and unanswered items do not count.',
    },
  },
];

function scoresTable(name: string, sheet: string, grid: string, rows: string[]): TableDef {
  return {
    name,
    merge: 'shared',
    sheet,
    key: 'dimension',
    columns: [
      { id: 'dimension', header: 'Dimension', kind: 'text', required: true, width: 34 },
      ...scoreColumns(grid, 1),
      ...scoreColumns(grid, 2),
      {
        id: 'change',
        header: 'Évolution',
        kind: 'percent',
        width: 11,
        computed: { kind: 'difference', a: 'score2', b: 'score1' },
      },
    ],
    prefill: rows.map((dimension) => ({ dimension })),
    spareRows: 0,
  };
}

const LEVELS = CONTINUUM.map((c) => c.level);

const evaluationsTable: TableDef = {
  name: 'Evaluations',
  merge: 'shared',
  sheet: S.evaluations,
  key: 'id',
  description: {
    fr: 'Les deux évaluations comparées : la date de chacune, qui y a participé, le niveau de coopération atteint.',
    en: 'The two assessments compared: the date of each, who took part, the level of cooperation reached.',
  },
  columns: [
    { id: 'id', header: 'Évaluation', kind: 'id', required: true, width: 16 },
    { id: 'date', header: 'Date', kind: 'date', width: 12 },
    { id: 'participants', header: 'Participants', kind: 'longtext', width: 36 },
    {
      id: 'cooperation',
      header: 'Niveau de coopération',
      kind: 'choice',
      list: EVALUATION_LISTS.continuum,
      width: 18,
      help: {
        fr: `Continuum de la coopération (Approche Impacts Collectifs), de la rivalité à la confiance : ${LEVELS.join(', ')}.`,
        en: `Continuum of cooperation (collective impact), from rivalry to trust: ${LEVELS.join(', ')}.`,
      },
    },
    {
      id: 'cooperationRank',
      header: 'Rang de coopération',
      kind: 'integer',
      width: 12,
      computed: { kind: 'rank', value: 'cooperation', levels: LEVELS },
    },
    { id: 'comment', header: 'Commentaire', kind: 'longtext', width: 40 },
  ],
  prefill: ASSESSMENTS.map((id) => ({ id })),
  spareRows: 0,
};

export const EVALUATION_TABLES: TableDef[] = [
  evaluationsTable,
  {
    name: 'GrilleImpact',
    merge: 'shared',
    sheet: S.impact,
    key: 'code',
    columns: gridColumns(),
    prefill: prefill(IMPACT_ITEMS),
    spareRows: 0,
  },
  scoresTable('ScoresImpact', S.impactScores, 'GrilleImpact', IMPACT_SCORE_ROWS),
  {
    name: 'ImpactsCollectifs',
    merge: 'shared',
    sheet: S.collective,
    key: 'code',
    columns: gridColumns(),
    prefill: prefill(COLLECTIVE_ITEMS),
    spareRows: 0,
  },
  scoresTable(
    'ScoresImpactsCollectifs',
    S.collectiveScores,
    'ImpactsCollectifs',
    COLLECTIVE_SCORE_ROWS,
  ),
];

const section = {
  evaluations: { fr: 'Évaluations', en: 'Assessments' },
  impact: { fr: 'Grille IMPACT', en: 'IMPACT grid' },
  collective: { fr: 'Impacts collectifs', en: 'Collective impact' },
};

const rank = (n: 1 | 2): SummaryDef => ({
  name: `EVAL_NiveauCooperation${n}`,
  label: {
    fr: `Niveau de coopération, évaluation ${n} (1 Concurrence … 7 Intégration)`,
    en: `Level of cooperation, assessment ${n} (1 Concurrence … 7 Intégration)`,
  },
  format: 'integer',
  section: section.evaluations,
  expr: {
    op: 'averageIf',
    table: 'Evaluations',
    value: 'cooperationRank',
    column: 'id',
    equals: ASSESSMENTS[n - 1],
  },
});

const gridSummaries = (
  prefix: string,
  table: string,
  grid: string,
  s: { fr: string; en: string },
): SummaryDef[] => [
  ...([1, 2] as const).map((n): SummaryDef => ({
    name: `EVAL_Score${prefix}${n}`,
    label: {
      fr: `${s.fr} : score global, évaluation ${n}`,
      en: `${s.en}: overall score, assessment ${n}`,
    },
    format: 'percent',
    section: s,
    expr: { op: 'score', table, yes: `yes${n}`, partial: `partial${n}`, no: `no${n}` },
  })),
  ...([1, 2] as const).map((n): SummaryDef => ({
    name: `EVAL_Reponses${prefix}${n}`,
    label: {
      fr: `${s.fr} : éléments répondus, évaluation ${n}`,
      en: `${s.en}: items answered, assessment ${n}`,
    },
    format: 'integer',
    section: s,
    expr: { op: 'countNonBlank', table: grid, column: `answer${n}` },
  })),
  {
    name: `EVAL_Elements${prefix}`,
    label: { fr: `${s.fr} : éléments de la grille`, en: `${s.en}: items of the grid` },
    format: 'integer',
    section: s,
    expr: { op: 'countNonBlank', table: grid, column: 'item' },
  },
];

export const EVALUATION_SUMMARIES: SummaryDef[] = [
  rank(1),
  rank(2),
  ...gridSummaries('Impact', 'ScoresImpact', 'GrilleImpact', section.impact),
  ...gridSummaries(
    'ImpactsCollectifs',
    'ScoresImpactsCollectifs',
    'ImpactsCollectifs',
    section.collective,
  ),
];

export const EVALUATION_LIST_DEFS: ListDef[] = [
  {
    name: EVALUATION_LISTS.answers,
    title: 'Réponses',
    values: [ANSWERS.yes, ANSWERS.partial, ANSWERS.no, ANSWERS.notConcerned],
    extensible: false,
  },
  {
    name: EVALUATION_LISTS.continuum,
    title: 'Continuum de la coopération',
    values: LEVELS,
    extensible: false,
  },
];

export const evaluation: TemplateDef = {
  id: 'evaluation',
  version: 1,
  title: TEMPLATE_CATALOGUE.evaluation.title,
  sheets: Object.values(S),
  summarySheet: S.synthese,
  listSheet: S.listes,
  tables: EVALUATION_TABLES,
  lists: EVALUATION_LIST_DEFS,
  summaries: EVALUATION_SUMMARIES,
};
