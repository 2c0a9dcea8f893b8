import { DIRECTION, DIRECTIONS_LIST, PROOF_KINDS } from './shared';
import type { ColumnDef, Computed, ListDef, SummaryDef, TableDef, Text } from './types';

/**
 * The ACI part of template `cpts` (Accord conventionnel interprofessionnel CPTS): the ACI
 * sheet, its tables, lists and summary names. Sources: docs/aci.md.
 */

export const ACI_SHEETS = {
  aci: 'ACI',
  indicateurs: 'Indicateurs ACI',
  paliers: 'Paliers ACI',
  depenses: 'Dépenses ACI',
} as const;

/** The share of the fixed part paid in advance at each anniversary date (ACI CPTS; docs/aci.md). */
export const ACI_ADVANCE_SHARE = 0.75;
/** The header of the indicator an upgrade makes of a rate typed in version 1. */
export const ACI_TYPED_RATE_INDICATOR = "Taux d'atteinte saisi (version 1)";
export const ACI_INDICATOR_KINDS = ['Moyens', 'Action', 'Résultat'];

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
/** The typed balance of year n-1 (next year's workbook fills it from this year's Reste à verser). */
export const PREVIOUS_BALANCE_HEADER = "Solde de l'année précédente dû (€)";

/** Size class by population covered (ACI CPTS 2019). */
export function cptsSize(population: number): 1 | 2 | 3 | 4 {
  if (population < 40000) return 1;
  if (population < 80000) return 2;
  if (population <= 175000) return 3;
  return 4;
}

/**
 * The sizes the ACI CPTS 2019 gives a population covered: « moins de 40 000 », « entre 40 000 et
 * 80 000 », « entre 80 000 et 175 000 », « plus de 175 000 » habitants. One size, or two at
 * exactly 80 000, which both middle classes name (docs/aci.md).
 */
export function cptsSizes(population: number): (1 | 2 | 3 | 4)[] {
  return population === 80000 ? [2, 3] : [cptsSize(population)];
}

const money = (id: string, header: string, help?: string, en?: string): ColumnDef => ({
  id,
  header,
  kind: 'money',
  width: 15,
  ...(help ? { help: { fr: help, en: en ?? help } } : {}),
});
const computedMoney = (id: string, header: string, computed: Computed): ColumnDef => ({
  ...money(id, header),
  computed,
});
/** The anniversary date `years` after `Année contractuelle (début)` (feuille CPTS). */
const anniversary = (id: string, header: string, years: number): ColumnDef => ({
  id,
  header,
  kind: 'date',
  width: 12,
  computed: {
    kind: 'anniversary',
    key: 'mission',
    table: 'CPTS',
    fieldColumn: 'field',
    valueColumn: 'value',
    field: 'Année contractuelle (début)',
    years,
  },
});
const mission: ColumnDef = {
  id: 'mission',
  header: 'Mission',
  kind: 'choice',
  list: 'MissionsACI',
  required: true,
  width: 40,
};

const aciColumns: ColumnDef[] = [
  mission,
  money('fixed', 'Part fixe (€)', 'Montant du contrat tripartite pour cette mission.'),
  money(
    'variableMax',
    'Part variable maximale (€)',
    'Montant du contrat si tous les objectifs sont atteints.',
  ),
  {
    id: 'missionRate',
    header: "Taux d'atteinte des objectifs",
    kind: 'percent',
    width: 13,
    computed: {
      kind: 'weightedRelated',
      key: 'mission',
      table: 'IndicateursACI',
      column: 'mission',
      value: 'weighted',
      weight: 'weight',
    },
  },
  computedMoney('variableDue', 'Part variable due (€)', {
    kind: 'product',
    a: 'variableMax',
    b: 'missionRate',
  }),
  computedMoney('totalDue', 'Total dû (€)', { kind: 'sum', terms: ['fixed', 'variableDue'] }),
  computedMoney('advanceDue', 'Avance attendue (75 % de la part fixe) (€)', {
    kind: 'scaled',
    a: 'fixed',
    factor: ACI_ADVANCE_SHARE,
  }),
  anniversary('advanceDate', "Échéance de l'avance", 0),
  money('advance', 'Avance versée (€)', 'Versée à la date anniversaire du contrat.'),
  computedMoney('advanceRemaining', "Reste à verser sur l'avance (€)", {
    kind: 'clampedBalance',
    total: 'advanceDue',
    minus: ['advance', 'paid'],
  }),
  money(
    'prevDue',
    PREVIOUS_BALANCE_HEADER,
    "Solde de l'année contractuelle précédente, dû à la date anniversaire de cette année avec l'avance : le « Reste à verser » de la mission l'an dernier.",
    "Last contract year's balance, due on this year's anniversary with the advance: the mission's « Reste à verser » last year.",
  ),
  money(
    'prevPaid',
    "Solde de l'année précédente versé (€)",
    "Versé au titre du solde de l'année précédente.",
    "Paid towards last year's balance.",
  ),
  computedMoney('prevRemaining', "Solde de l'année précédente restant (€)", {
    kind: 'clampedBalance',
    total: 'prevDue',
    minus: ['prevPaid'],
  }),
  computedMoney('prevExcess', "Trop-perçu sur le solde de l'année précédente (€)", {
    kind: 'clampedBalance',
    total: 'prevDue',
    minus: ['prevPaid'],
    excess: true,
  }),
  computedMoney('balanceDue', "Solde attendu à l'anniversaire suivant (€)", {
    kind: 'difference',
    a: 'totalDue',
    b: 'advanceDue',
  }),
  anniversary('balanceDate', 'Échéance du solde', 1),
  money('paid', 'Versé (€)', "Versé en plus de l'avance : solde de l'année, part variable."),
  // Σ of both « Reste à verser sur … » = Reste à verser (the advance is never above the total).
  computedMoney('balanceRemaining', 'Reste à verser sur le solde (€)', {
    kind: 'clampedBalance',
    total: 'totalDue',
    minus: ['advance', 'paid', 'advanceRemaining'],
  }),
  computedMoney('remaining', 'Reste à verser (€)', {
    kind: 'clampedBalance',
    total: 'totalDue',
    minus: ['advance', 'paid'],
  }),
  computedMoney('excess', 'Trop-perçu (€)', {
    kind: 'clampedBalance',
    total: 'totalDue',
    minus: ['advance', 'paid'],
    excess: true,
  }),
  computedMoney('spent', 'Dépenses engagées (€)', {
    kind: 'sumRelated',
    key: 'mission',
    table: 'DepensesACI',
    column: 'mission',
    value: 'amount',
  }),
  {
    id: 'consumption',
    header: 'Taux de consommation',
    kind: 'percent',
    width: 13,
    computed: { kind: 'ratio', num: 'spent', den: 'totalDue' },
  },
  computedMoney('unspent', 'Reste à consommer (€)', {
    kind: 'balance',
    total: 'totalDue',
    minus: ['spent'],
  }),
];

const percent = (id: string, header: string, help: string): ColumnDef => ({
  id,
  header,
  kind: 'percent',
  width: 12,
  help: { fr: help, en: help },
});
const proofCount = (id: string, header: string, kind: string): ColumnDef => ({
  id,
  header,
  kind: 'integer',
  width: 12,
  computed: {
    kind: 'countRelated',
    key: 'id',
    table: 'Preuves',
    column: 'aciIndicator',
    filter: ['type', kind],
  },
});

const indicatorColumns: ColumnDef[] = [
  mission,
  { id: 'id', header: 'Indicateur', kind: 'id', required: true, width: 40 },
  {
    id: 'kind',
    header: "Type d'indicateur",
    kind: 'choice',
    list: 'TypesIndicateurACI',
    width: 14,
  },
  percent(
    'weight',
    'Pondération',
    "Poids de l'indicateur dans la mission (contrat) ; 100 % par mission.",
  ),
  {
    id: DIRECTION.column,
    header: 'Évolution souhaitée',
    kind: 'choice',
    list: DIRECTIONS_LIST.name,
    width: 13,
    help: {
      fr: 'Vide : hausse souhaitée. Baisse souhaitée : un délai, un taux à faire baisser.',
      en: 'Blank: increase wanted. Baisse souhaitée: a delay or a rate to bring down.',
    },
  },
  {
    id: 'baseline',
    header: 'Valeur initiale',
    kind: 'number',
    width: 11,
    help: {
      fr: "Facultative. Avec elle : (valeur atteinte − initiale) / (objectif − initiale). Sans elle, une baisse vaut 100 % si la valeur atteinte est au plus l'objectif, 0 % sinon.",
      en: 'Optional. With it: (achieved − initial) / (target − initial). Without it, a decrease counts 100 % when achieved is at most the target, else 0 %.',
    },
  },
  { id: 'target', header: 'Objectif annuel', kind: 'number', width: 11 },
  { id: 'achieved', header: 'Valeur atteinte', kind: 'number', width: 11 },
  {
    ...percent(
      'cap',
      "Plafond d'atteinte",
      'Vide : 100 %. Un autre plafond seulement si le contrat le prévoit.',
    ),
    above100: true,
  },
  {
    id: 'rate',
    header: 'Atteinte',
    kind: 'percent',
    width: 12,
    computed: {
      kind: 'contractAttainment',
      key: 'id',
      value: 'achieved',
      target: 'target',
      baseline: 'baseline',
      cap: 'cap',
      direction: { column: DIRECTION.column, down: DIRECTION.down },
      levels: {
        table: 'PaliersACI',
        column: 'indicator',
        threshold: 'threshold',
        granted: 'granted',
      },
    },
  },
  {
    id: 'weighted',
    header: 'Atteinte pondérée',
    kind: 'percent',
    width: 12,
    computed: { kind: 'product', a: 'weight', b: 'rate' },
  },
  { id: 'source', header: 'Source', kind: 'text', width: 26 },
  proofCount('proofsQuant', 'Preuves quantitatives', PROOF_KINDS[0]),
  proofCount('proofsQual', 'Preuves qualitatives', PROOF_KINDS[1]),
  proofCount('proofsObs', 'Preuves observables', PROOF_KINDS[2]),
  {
    id: 'declarative',
    header: 'Preuve déclarative seulement',
    kind: 'text',
    width: 14,
    computed: { kind: 'noneOf', key: 'id', counts: ['proofsQuant', 'proofsObs'] },
    highlight: { equals: 'OUI', tone: 'amber' },
  },
];

/** A contract that pays by levels: each row, a threshold and the attainment it grants. */
const levelColumns: ColumnDef[] = [
  {
    id: 'indicator',
    header: 'Indicateur',
    kind: 'reference',
    list: 'ListeIndicateursACI',
    required: true,
    width: 40,
  },
  {
    id: 'threshold',
    header: 'Seuil',
    kind: 'number',
    required: true,
    width: 12,
    help: {
      fr: 'Valeur à atteindre (au moins ; au plus pour une baisse souhaitée).',
      en: 'Value to reach (at least; at most for a decrease).',
    },
  },
  {
    id: 'granted',
    header: 'Atteinte accordée',
    kind: 'percent',
    required: true,
    width: 12,
    above100: true,
    help: {
      fr: "Atteinte retenue quand le seuil est atteint (contrat). L'indicateur prend le plus haut palier atteint, 0 % sous le premier.",
      en: 'Attainment granted when the threshold is reached (contract). The indicator takes the highest level reached, 0 % below the first.',
    },
  },
];

const spendingColumns: ColumnDef[] = [
  { id: 'date', header: 'Date', kind: 'date', width: 12 },
  mission,
  { id: 'label', header: 'Objet de la dépense', kind: 'text', required: true, width: 40 },
  { ...money('amount', 'Montant engagé (€)'), required: true },
  { id: 'voucher', header: 'Pièce justificative', kind: 'text', width: 28 },
];

/** cpts' Preuves: a proof supports a project, an ACI indicator, or both. */
export function withAciIndicator(columns: ColumnDef[]): ColumnDef[] {
  return [
    ...columns.map((c) => (c.id === 'key' ? { ...c, required: false } : c)),
    {
      id: 'aciIndicator',
      header: 'Indicateur ACI',
      kind: 'reference',
      list: 'ListeIndicateursACI',
      width: 30,
    },
  ];
}

const section = { fr: 'ACI', en: 'ACI funding' };
const aciSum = (column: string): SummaryDef['expr'] => ({ op: 'sum', table: 'ACI', column });

export const ACI_SUMMARIES: SummaryDef[] = [
  {
    name: 'CPTS_ACI_TotalDu',
    label: { fr: 'ACI : total dû', en: 'ACI: total due' },
    format: 'money',
    section,
    expr: aciSum('totalDue'),
  },
  {
    name: 'CPTS_ACI_ResteAVerser',
    label: { fr: 'ACI : reste à verser', en: 'ACI: remaining to pay' },
    format: 'money',
    section,
    expr: aciSum('remaining'),
  },
  {
    name: 'CPTS_ACI_TropPercu',
    label: { fr: 'ACI : trop-perçu', en: 'ACI: overpaid' },
    format: 'money',
    section,
    expr: aciSum('excess'),
  },
  {
    name: 'CPTS_ACI_SoldePrecedentDu',
    label: {
      fr: "ACI : solde de l'année précédente dû",
      en: "ACI: last year's balance due",
    },
    format: 'money',
    section,
    expr: aciSum('prevDue'),
  },
  {
    name: 'CPTS_ACI_SoldePrecedentRestant',
    label: {
      fr: "ACI : solde de l'année précédente restant à verser",
      en: "ACI: last year's balance remaining to pay",
    },
    format: 'money',
    section,
    expr: aciSum('prevRemaining'),
  },
  {
    name: 'CPTS_ACI_TauxAtteinte',
    label: {
      fr: "ACI : taux d'atteinte (part variable due / maximale)",
      en: 'ACI: attainment (variable part due / maximum)',
    },
    format: 'percent',
    section,
    expr: { op: 'ratio', num: aciSum('variableDue'), den: aciSum('variableMax') },
  },
  {
    name: 'CPTS_ACI_DepensesEngagees',
    label: { fr: 'ACI : dépenses engagées', en: 'ACI: expenses committed' },
    format: 'money',
    section,
    expr: { op: 'sum', table: 'DepensesACI', column: 'amount' },
  },
  {
    name: 'CPTS_ACI_TauxConsommation',
    label: {
      fr: 'ACI : taux de consommation (dépenses / total dû)',
      en: 'ACI: consumption (expenses / total due)',
    },
    format: 'percent',
    section,
    expr: {
      op: 'ratio',
      num: { op: 'name', name: 'CPTS_ACI_DepensesEngagees' },
      den: { op: 'name', name: 'CPTS_ACI_TotalDu' },
    },
  },
];

const schedule = { fr: 'ACI : échéancier des versements', en: 'ACI: payment schedule' };
const aciAdd = (...columns: string[]): SummaryDef['expr'] => ({
  op: 'add',
  terms: columns.map(aciSum),
});

/** What each due date's expected, paid and remaining sum, by ACI column id. */
interface DueDate {
  when: Text;
  /** The column holding the date (ACI table). */
  date: string;
  /** What is expected then, said in the label. */
  what: Text;
  names: { expected: string; paid: string; remaining: string };
  columns: { expected: string[]; paid: string[]; remaining: string[] };
}

/**
 * The payments by due date (ACI CPTS 2019, modalités de versement; docs/aci.md): at this year's
 * anniversary the advance and last year's balance, at the next one this year's balance.
 */
export const ACI_DUE_DATES: DueDate[] = [
  {
    when: { fr: 'À la date anniversaire', en: 'On the anniversary' },
    date: 'advanceDate',
    what: { fr: "avance + solde de l'année précédente", en: "advance + last year's balance" },
    names: {
      expected: 'CPTS_ACI_AttenduAnniversaire',
      paid: 'CPTS_ACI_VerseAnniversaire',
      remaining: 'CPTS_ACI_ResteAnniversaire',
    },
    columns: {
      expected: ['advanceDue', 'prevDue'],
      paid: ['advance', 'prevPaid'],
      remaining: ['advanceRemaining', 'prevRemaining'],
    },
  },
  {
    when: { fr: "À l'anniversaire suivant", en: 'On the next anniversary' },
    date: 'balanceDate',
    what: { fr: "solde de l'année", en: "this year's balance" },
    names: {
      expected: 'CPTS_ACI_AttenduAnniversaireSuivant',
      paid: 'CPTS_ACI_VerseAnniversaireSuivant',
      remaining: 'CPTS_ACI_ResteAnniversaireSuivant',
    },
    columns: { expected: ['balanceDue'], paid: ['paid'], remaining: ['balanceRemaining'] },
  },
];

const FIGURES = {
  expected: { fr: 'attendu', en: 'expected' },
  paid: { fr: 'versé', en: 'paid' },
  remaining: { fr: 'reste à verser', en: 'remaining to pay' },
};

export const ACI_SCHEDULE: SummaryDef[] = ACI_DUE_DATES.flatMap((d) =>
  (['expected', 'paid', 'remaining'] as const).map((k): SummaryDef => {
    const what = k === 'expected' ? { fr: ` (${d.what.fr})`, en: ` (${d.what.en})` } : undefined;
    return {
      name: d.names[k],
      label: {
        fr: `${d.when.fr} : ${FIGURES[k].fr}${what?.fr ?? ''}`,
        en: `${d.when.en}: ${FIGURES[k].en}${what?.en ?? ''}`,
      },
      format: 'money',
      section: schedule,
      expr: aciAdd(...d.columns[k]),
    };
  }),
);

export const ACI_TABLES: TableDef[] = [
  {
    name: 'ACI',
    merge: 'shared',
    sheet: ACI_SHEETS.aci,
    key: 'mission',
    columns: aciColumns,
    prefill: [...ACI_MISSIONS, ACI_FONCTIONNEMENT_ROW].map((m) => ({ mission: m })),
    spareRows: 2,
  },
  {
    name: 'IndicateursACI',
    merge: 'shared',
    sheet: ACI_SHEETS.indicateurs,
    key: 'id',
    columns: indicatorColumns,
    spareRows: 20,
  },
  {
    name: 'PaliersACI',
    merge: 'shared',
    sheet: ACI_SHEETS.paliers,
    description: {
      fr: "Quand le contrat paie un indicateur par paliers : une ligne par seuil. L'indicateur prend la plus haute atteinte accordée parmi les seuils atteints (au moins le seuil ; au plus pour une baisse souhaitée), 0 % sous le premier, dans la limite de son plafond d'atteinte ; un indicateur sans palier reste linéaire.",
      en: 'When the contract pays an indicator by levels: one row per threshold. The indicator takes the highest attainment granted among the thresholds reached (at least the threshold; at most for a decrease), 0 % below the first, within its cap; an indicator without levels stays linear.',
    },
    columns: levelColumns,
    spareRows: 10,
  },
  {
    name: 'DepensesACI',
    merge: 'own',
    sheet: ACI_SHEETS.depenses,
    columns: spendingColumns,
    spareRows: 40,
  },
];

export const ACI_LISTS: ListDef[] = [
  {
    name: 'MissionsACI',
    title: 'Missions ACI',
    values: [...ACI_MISSIONS, ACI_FONCTIONNEMENT_ROW],
    extensible: true,
  },
  {
    name: 'TypesIndicateurACI',
    title: "Types d'indicateur ACI",
    values: ACI_INDICATOR_KINDS,
    extensible: false,
  },
  DIRECTIONS_LIST,
  {
    name: 'ListeIndicateursACI',
    title: 'Indicateurs ACI',
    from: { table: 'IndicateursACI', column: 'id' },
  },
];
