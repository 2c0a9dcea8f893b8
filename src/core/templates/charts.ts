import type { TemplateId, Text } from './types';

/*
 * The native charts of each template's summary sheet. They read the workbook's own cells (summary
 * cells by their defined names, or table columns by id), so they update as a recipient types,
 * with no add-in. Rendered as DrawingML chart parts (file) and with Office.js (Excel mode).
 */

export type ChartType = 'column' | 'bar' | 'doughnut';

interface ChartBase {
  id: string;
  type: ChartType;
  title: Text;
  /** Values are rates: axis from 0 % to 100 %. */
  percent?: boolean;
  /** Series stacked (parts of a whole) rather than side by side. */
  stacked?: boolean;
  /** ARGB fill of each series (or, for a doughnut, of each slice), in order. */
  colors: string[];
}

/** One series over adjacent summary cells: their labels as categories, their figures as values. */
export interface SummaryChartDef extends ChartBase {
  from: 'summaries';
  /** Defined names of the summary cells, adjacent on the summary sheet. */
  names: string[];
}

/** One series per column of a table, one category per row (the key column). */
export interface TableChartDef extends ChartBase {
  from: 'table';
  table: string;
  /** Column ids: the category labels, then one series each. */
  category: string;
  series: string[];
}

export type ChartDef = SummaryChartDef | TableChartDef;

const BLUE = 'FF4472C4';
const ORANGE = 'FFED7D31';
const GREEN = 'FF70AD47';
const AMBER = 'FFFFC000';
const RED = 'FFC00000';
const GREY = 'FFA5A5A5';

/** A proof of each kind: quantitative, qualitative, observable (the three feet of the tripod). */
const PROOFS: Pick<TableChartDef, 'series' | 'colors' | 'stacked'> = {
  series: ['proofsQuant', 'proofsQual', 'proofsObs'],
  colors: [BLUE, ORANGE, GREY],
  stacked: true,
};

/** The scores of the two assessments side by side, per dimension or condition (evaluation). */
const scores = (id: string, table: string, title: Text): TableChartDef => ({
  id,
  type: 'bar',
  title,
  from: 'table',
  table,
  category: 'dimension',
  series: ['score1', 'score2'],
  percent: true,
  colors: [GREY, BLUE],
});

export const CHARTS: Record<TemplateId, ChartDef[]> = {
  ca: [
    {
      id: 'attainmentByAction',
      type: 'column',
      title: {
        fr: "Taux d'atteinte par action et type d'indicateur",
        en: 'Attainment by action and indicator type',
      },
      from: 'table',
      table: 'Actions',
      category: 'id',
      series: ['meanActivity', 'meanResult'],
      percent: true,
      colors: [BLUE, GREEN],
    },
    {
      id: 'beneficiaries',
      type: 'column',
      title: {
        fr: 'Bénéficiaires : prévus et atteints, par action',
        en: 'Beneficiaries: planned and reached, by action',
      },
      from: 'table',
      table: 'Actions',
      category: 'id',
      series: ['beneficiariesTarget', 'beneficiariesReached'],
      colors: [GREY, BLUE],
    },
    {
      id: 'proofs',
      type: 'bar',
      title: {
        fr: 'Triangulation : preuves de chaque type, par action',
        en: 'Triangulation: proofs of each kind, by action',
      },
      from: 'table',
      table: 'Actions',
      category: 'id',
      ...PROOFS,
    },
    {
      id: 'objectives',
      type: 'doughnut',
      title: { fr: 'Objectifs cibles atteints', en: 'Target objectives reached' },
      from: 'summaries',
      names: ['CA_NbObjectifsAtteints', 'CA_NbObjectifsPartiels', 'CA_NbObjectifsNonAtteints'],
      colors: [GREEN, AMBER, RED],
    },
  ],
  cpts: [
    {
      id: 'engagement',
      type: 'column',
      title: {
        fr: 'Usagers engagés par phase des projets',
        en: 'Users engaged by project phase',
      },
      from: 'summaries',
      names: [
        'CPTS_UsagersInformation',
        'CPTS_UsagersConcertation',
        'CPTS_UsagersCollaboration',
        'CPTS_UsagersPartenariat',
      ],
      colors: [BLUE],
    },
    {
      id: 'experience',
      type: 'bar',
      title: { fr: 'Expérience des usagers', en: 'User experience' },
      from: 'summaries',
      names: [
        'CPTS_TauxSatisfaction',
        'CPTS_TauxRecommandation',
        'CPTS_TauxEcoute',
        'CPTS_TauxComprehension',
      ],
      percent: true,
      colors: [GREEN],
    },
  ],
  evaluation: [
    scores('impactScores', 'ScoresImpact', {
      fr: 'Grille IMPACT : score par dimension, évaluations 1 et 2',
      en: 'IMPACT grid: score by dimension, assessments 1 and 2',
    }),
    scores('collectiveScores', 'ScoresImpactsCollectifs', {
      fr: 'Impacts collectifs : score par condition, évaluations 1 et 2',
      en: 'Collective impact: score by condition, assessments 1 and 2',
    }),
    {
      id: 'cooperation',
      type: 'column',
      title: {
        fr: 'Niveau de coopération (1 Concurrence … 7 Intégration)',
        en: 'Level of cooperation (1 Concurrence … 7 Intégration)',
      },
      from: 'summaries',
      names: ['EVAL_NiveauCooperation1', 'EVAL_NiveauCooperation2'],
      colors: [BLUE],
    },
  ],
};
