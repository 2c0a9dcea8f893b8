import { ASSESSMENTS } from '../templates/evaluation';
import { DIRECTION } from '../templates/shared';
import type { TemplateDef } from '../templates/types';
import type { Severity } from './issue';

/**
 * What each rule needs to know about a template, as data keyed by template id, table name and
 * column id (never headers: those live once, in core/templates). Shared check code reads these
 * and never asks which template it runs on.
 */
/** Where the ACI figures of a CPTS are (tables and column ids): rule `aci`. */
export interface AciRules {
  indicators: {
    table: string;
    mission: string;
    key: string;
    weight: string;
    target: string;
    achieved: string;
    baseline: string;
    cap: string;
    /** The wanted direction: `down` means lower is better; anything else, higher. */
    direction: string;
    down: string;
    /** The computed « Preuve déclarative seulement » (OUI: no figure and no deliverable). */
    declarative: string;
  };
  /** Levels (paliers): a threshold and the attainment it grants, per indicator. */
  levels: { table: string; indicator: string; threshold: string; granted: string };
  missions: {
    table: string;
    key: string;
    totalDue: string;
    advance: string;
    paid: string;
    spent: string;
    /** Last year's balance: typed due and paid (never netted with this year's). */
    previousDue: string;
    previousPaid: string;
  };
  spending: { table: string; label: string; date: string; mission: string };
  /** The key/value table holding the contract's start date and the year followed. */
  contract: {
    table: string;
    key: string;
    value: string;
    start: string;
    year: string;
    /** The size class typed (1 to 4) and the population covered it follows (ACI CPTS 2019). */
    size: string;
    population: string;
  };
}

export interface TemplateRules {
  /** An answer in `when` needs its "pourquoi" / justification column filled. */
  reasons: { table: string; answer: string; reason: string; when: string[] }[];
  /** "Autre" in any of `columns` needs `detail` filled. */
  otherPublic: { table: string; columns: string[]; value: string; detail: string }[];
  /** A numerator must not exceed its denominator. */
  ratios: { table: string; num: string; den: string; severity: Severity }[];
  /** The end date must not come before the start date. */
  dateOrder: { table: string; start: string; end: string }[];
  /** The programme period, read from a key/value table; absent → dates are not compared. */
  period?: {
    table: string;
    field: string;
    value: string;
    start: string;
    end: string;
    /** Date columns that must fall inside the period. */
    columns: { table: string; columns: string[] }[];
  };
  /** References that may legitimately point outside their list (a warning, not an error). */
  softReferences: { table: string; column: string }[];
  /** A reference must also point at a row of a given level (Objectif opérationnel). */
  referenceLevels: {
    table: string;
    column: string;
    target: string;
    key: string;
    levelColumn: string;
    level: string;
  }[];
  /** Computed counts (countRelated) that must each be at least 1 for every record. */
  coverage?: { table: string; key: string; counts: string[] };
  /** The realised value must not exceed `factor` × the target. */
  outlier?: {
    table: string;
    key: string;
    label: string;
    realised: string;
    target: string;
    factor: number;
  };
  /**
   * How an indicator is defined: its wanted direction must agree with baseline → target, and a
   * level or rate is never summed over quarters (seed 002: increases and decreases alike).
   */
  indicatorDefinition?: {
    table: string;
    key: string;
    label: string;
    direction: string;
    up: string;
    down: string;
    nature: string;
    level: string;
    mode: string;
    sum: string;
    baseline: string;
    target: string;
  };
  /**
   * Dated assessments compared side by side (evaluation): row `labels[i]` of `table` dates the
   * answers of column `answers[i]` of each grid.
   */
  assessments?: {
    table: string;
    key: string;
    date: string;
    labels: string[];
    grids: { table: string; item: string; answers: string[] }[];
  };
  /** Objectives form a tree: each level's parent is of the level above. */
  objectiveTree?: { table: string; code: string; level: string; parent: string; levels: string[] };
  /**
   * Above the threshold a year, an organisation's subsidy needs a convention (loi 2000-321 art. 10,
   * décret 2001-495 art. 1): amounts add up per `owner` and per year of `start` (else `end`).
   */
  subsidy?: {
    table: string;
    key: string;
    amount: string;
    threshold: number;
    owner: string;
    start: string;
    end: string;
  };
  /** The ACI funding of a CPTS: weights, targets, payments, spending, contract year. */
  aci?: AciRules;
  /**
   * Columns holding a percentage when another column says so (Unité = Pourcentage): the checker
   * looks at the typed ones, the workbook, the dashboard and the texts show all of them as « 50 % ».
   */
  percentWhen?: { table: string; column: string; equals: string; columns: string[] }[];
  /**
   * A proof counts in the chair when described and sourced and supporting more than an output;
   * its limits and biases are asked for (seed 000).
   */
  proofs?: {
    table: string;
    key: string;
    type: string;
    proof: string;
    source: string;
    limits: string;
    supports: string;
    outputOnly: string;
  };
  /**
   * The usagers partenaires a project counts, against the distinct codes listed for it on the
   * usagers partenaires table (seed 003: the CPTS counts people, not participations).
   */
  partnerCodes?: {
    table: string;
    key: string;
    count: string;
    codes: string;
    code: string;
    project: string;
  };
  /** Where an impact is claimed for a record (the value chain). */
  impact?: { table: string; key: string; column: string };
}

const ca: TemplateRules = {
  percentWhen: [
    {
      table: 'Indicateurs',
      column: 'unit',
      equals: 'Pourcentage',
      columns: ['baseline', 'target', 't1', 't2', 't3', 't4', 'realised'],
    },
  ],
  reasons: [
    { table: 'Actions', answer: 'resourcesOk', reason: 'resourcesWhy', when: ['NON', 'En partie'] },
    { table: 'Actions', answer: 'groupsOk', reason: 'groupsWhy', when: ['NON', 'En partie'] },
    { table: 'Actions', answer: 'conformity', reason: 'conformityWhy', when: ['NON', 'En partie'] },
    {
      table: 'Actions',
      answer: 'objectivesMet',
      reason: 'objectivesWhy',
      when: ['NON', 'Partiellement'],
    },
  ],
  otherPublic: [
    {
      table: 'Actions',
      columns: ['public1', 'public2', 'public3'],
      value: 'Autre',
      detail: 'publicOther',
    },
  ],
  // Bénéficiaires atteints above ciblés is a success, not an error: not a ratio.
  ratios: [{ table: 'Instances', num: 'present', den: 'invited', severity: 'warning' }],
  dateOrder: [
    { table: 'Actions', start: 'start', end: 'end' },
    { table: 'Calendrier', start: 'start', end: 'end' },
  ],
  period: {
    table: 'Programme',
    field: 'field',
    value: 'value',
    start: 'Début de période',
    end: 'Fin de période',
    columns: [
      { table: 'Actions', columns: ['start', 'end'] },
      { table: 'Instances', columns: ['date'] },
    ],
  },
  softReferences: [{ table: 'Actions', column: 'owner' }],
  referenceLevels: [
    {
      table: 'Actions',
      column: 'objective',
      target: 'Objectifs',
      key: 'code',
      levelColumn: 'level',
      level: 'Opérationnel',
    },
  ],
  coverage: { table: 'Actions', key: 'id', counts: ['indProcess', 'indActivity', 'indResult'] },
  outlier: {
    table: 'Indicateurs',
    key: 'action',
    label: 'name',
    realised: 'realised',
    target: 'target',
    factor: 3,
  },
  indicatorDefinition: {
    table: 'Indicateurs',
    key: 'action',
    label: 'name',
    direction: 'direction',
    up: 'Hausse souhaitée',
    down: 'Baisse souhaitée',
    nature: 'nature',
    level: 'Niveau ou taux',
    mode: 'mode',
    sum: 'Somme',
    baseline: 'baseline',
    target: 'target',
  },
  objectiveTree: {
    table: 'Objectifs',
    code: 'code',
    level: 'level',
    parent: 'parent',
    levels: ['Général', 'Spécifique', 'Opérationnel'],
  },
  subsidy: {
    table: 'Actions',
    key: 'id',
    amount: 'arsFunding',
    threshold: 23000,
    owner: 'owner',
    start: 'start',
    end: 'end',
  },
  impact: { table: 'ChaineValeur', key: 'action', column: 'impact' },
  proofs: {
    table: 'Preuves',
    key: 'key',
    type: 'type',
    proof: 'proof',
    source: 'source',
    limits: 'limits',
    supports: 'supports',
    outputOnly: 'Réalisations',
  },
};

const cpts: TemplateRules = {
  reasons: [],
  otherPublic: [],
  ratios: [
    { table: 'Projets', num: 'participants', den: 'invited', severity: 'warning' },
    { table: 'Projets', num: 'satisfied', den: 'respondents', severity: 'error' },
    { table: 'Projets', num: 'recommend', den: 'respondents', severity: 'error' },
    { table: 'Projets', num: 'heard', den: 'respondents', severity: 'error' },
    { table: 'Projets', num: 'understood', den: 'respondents', severity: 'error' },
    { table: 'Population', num: 'betterUnderstanding', den: 'surveyed', severity: 'error' },
    // Recourse is over the people the service was presented to, not those referred (seed 003):
    // more recourse than referrals is no error (issue 18).
    { table: 'Population', num: 'used', den: 'presented', severity: 'warning' },
  ],
  dateOrder: [],
  softReferences: [],
  referenceLevels: [],
  aci: {
    indicators: {
      table: 'IndicateursACI',
      mission: 'mission',
      key: 'id',
      weight: 'weight',
      target: 'target',
      achieved: 'achieved',
      baseline: 'baseline',
      cap: 'cap',
      direction: DIRECTION.column,
      down: DIRECTION.down,
      declarative: 'declarative',
    },
    levels: {
      table: 'PaliersACI',
      indicator: 'indicator',
      threshold: 'threshold',
      granted: 'granted',
    },
    missions: {
      table: 'ACI',
      key: 'mission',
      totalDue: 'totalDue',
      advance: 'advance',
      paid: 'paid',
      spent: 'spent',
      previousDue: 'prevDue',
      previousPaid: 'prevPaid',
    },
    spending: { table: 'DepensesACI', label: 'label', date: 'date', mission: 'mission' },
    contract: {
      table: 'CPTS',
      key: 'field',
      value: 'value',
      start: 'Année contractuelle (début)',
      year: 'Année',
      size: 'Taille',
      population: 'Population couverte',
    },
  },
  proofs: {
    table: 'Preuves',
    key: 'key',
    type: 'type',
    proof: 'proof',
    source: 'source',
    limits: 'limits',
    supports: 'supports',
    outputOnly: 'Réalisations',
  },
  partnerCodes: {
    table: 'Projets',
    key: 'id',
    count: 'partners',
    codes: 'UsagersPartenaires',
    code: 'code',
    project: 'project',
  },
};

const evaluation: TemplateRules = {
  reasons: [],
  otherPublic: [],
  ratios: [],
  dateOrder: [],
  softReferences: [],
  referenceLevels: [],
  assessments: {
    table: 'Evaluations',
    key: 'id',
    date: 'date',
    labels: [...ASSESSMENTS],
    grids: ['GrilleImpact', 'ImpactsCollectifs'].map((table) => ({
      table,
      item: 'item',
      answers: ['answer1', 'answer2'],
    })),
  },
};

export const RULES: Record<string, TemplateRules> = { ca, cpts, evaluation };

const NONE: TemplateRules = {
  reasons: [],
  otherPublic: [],
  ratios: [],
  dateOrder: [],
  softReferences: [],
  referenceLevels: [],
};

export function rulesFor(templateId: string): TemplateRules {
  return Object.prototype.hasOwnProperty.call(RULES, templateId)
    ? (RULES[templateId] as TemplateRules)
    : NONE;
}

/**
 * The rules of a template with its added modules (templates/compose): the lists of rules put
 * together, a module's single rules (assessments…) where the template has none.
 */
export function rulesOf(t: Pick<TemplateDef, 'id' | 'modules'>): TemplateRules {
  let out = rulesFor(t.id);
  for (const id of t.modules ?? []) {
    const m = rulesFor(id);
    const merged: Record<string, unknown> = { ...out };
    for (const [k, v] of Object.entries(m)) {
      const mine = merged[k];
      if (Array.isArray(v)) merged[k] = [...((mine as unknown[] | undefined) ?? []), ...v];
      else if (mine === undefined) merged[k] = v;
    }
    out = merged as unknown as TemplateRules;
  }
  return out;
}
