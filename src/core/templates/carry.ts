import { DETERMINANT_FAMILIES, ENGAGEMENT_PHASES } from './cpts-usagers';
import { DIRECTION, NATURE } from './ca';
import type { TemplateDef } from './types';

/**
 * Which rows of a table next year's workbook starts with (`trepied new --from`): every row, the
 * renewed records of the main table, the rows referring to a renewed record (by `column`), or
 * the rows whose `column` does not hold `value` (tasks not done).
 */
export type CarryRows =
  | { rows: 'all' }
  | { rows: 'renewed' }
  | { rows: 'ofRenewed'; column: string }
  | { rows: 'unless'; column: string; value: string };

/** What a table keeps: its rows (CarryRows), less the values of `clear`, dates of `shift` a year on. */
export type CarryTable = CarryRows & {
  /** Columns emptied: this year's answers, reasons, results (by column id). */
  clear?: string[];
  /** Date columns moved one year on (a renewed action's schedule). */
  shift?: string[];
};

/**
 * How a template's workbook starts the next year: seed 002 makes the CA pluriannual, the bilan
 * annuel deciding « la reconduction ou non d'une action engagée ». Tables left out are not carried
 * (proofs, the year's answers and meetings).
 */
export interface CarryDef {
  /** The records renewed or not (Actions, Projets), and the column saying so, when the template has one. */
  main: { table: string; renewal?: { column: string; yes: string } };
  tables: Record<string, CarryTable>;
  /** Fields of the key/value table moved one year on: dates a year later, a year number + 1. */
  fields: { table: string; names: string[] };
  /**
   * The indicator whose new baseline may be last year's realised value: `realised` is the
   * computed column, `nature` says which are cumulative.
   */
  baseline?: {
    table: string;
    column: string;
    realised: string;
    nature: { column: string; cumulative: string };
    /** What names an indicator in the report, and what tells whether its target is reached. */
    key: string;
    label: string;
    target: string;
    direction: { column: string; down: string };
  };
  /**
   * Money still owed at the end of the year, carried as next year's balance due (ACI: a mission's
   * Reste à verser becomes its « Solde de l'année précédente dû »): `into` = last year's computed
   * `from`, plus its `also` (a balance of the year before, still owed); `excess` is told, not
   * carried (an overpayment is settled with the payer, not netted).
   */
  balance?: {
    table: string;
    key: string;
    from: string;
    also: string;
    into: string;
    excess: string[];
  };
  /**
   * Required columns a version before `below` did not have, filled in the carried rows as that
   * version read them (told in the report, to check): a fixed value, or one derived from another
   * column (a blank or « Somme » mode was a cumul).
   */
  older?: {
    below: number;
    table: string;
    fill: { column: string; value: string }[];
    derive: { column: string; from: string; values: string[]; then: string; otherwise: string }[];
  };
}

const CA_ANSWERS = [
  'beneficiariesReached',
  'resourcesOk',
  'resourcesWhy',
  'groupsOk',
  'groupsWhy',
  'conformity',
  'conformityWhy',
  'objectivesMet',
  'objectivesWhy',
  'participationObserved',
  'renewed',
];

/** By template id (as MIGRATIONS): a template without an entry cannot start a year from another. */
export const CARRY: Partial<Record<TemplateDef['id'], CarryDef>> = {
  ca: {
    main: { table: 'Actions', renewal: { column: 'renewed', yes: 'OUI' } },
    fields: { table: 'Programme', names: ['Début de période', 'Fin de période'] },
    tables: {
      Programme: { rows: 'all' },
      Objectifs: { rows: 'all' },
      Partenaires: { rows: 'all' },
      Actions: { rows: 'renewed', clear: CA_ANSWERS, shift: ['start', 'end'] },
      Indicateurs: {
        rows: 'ofRenewed',
        column: 'action',
        clear: ['t1', 't2', 't3', 't4', 'comment'],
      },
      Calendrier: {
        rows: 'unless',
        column: 'status',
        value: 'Fait',
        clear: ['status'],
        shift: ['start', 'end'],
      },
    },
    baseline: {
      table: 'Indicateurs',
      column: 'baseline',
      realised: 'realised',
      nature: { column: NATURE.column, cumulative: NATURE.cumulative },
      key: 'action',
      label: 'name',
      target: 'target',
      direction: { column: DIRECTION.column, down: DIRECTION.down },
    },
    // Versions 1–2 read every indicator as an increase and a blank Mode de calcul as Somme.
    older: {
      below: 3,
      table: 'Indicateurs',
      fill: [{ column: DIRECTION.column, value: DIRECTION.up }],
      derive: [
        {
          column: NATURE.column,
          from: 'mode',
          values: ['', 'Somme'],
          then: NATURE.cumulative,
          otherwise: NATURE.level,
        },
      ],
    },
  },
  cpts: {
    main: { table: 'Projets' },
    fields: { table: 'CPTS', names: ['Année', 'Année contractuelle (début)'] },
    // ACI CPTS 2019: the balance of year n-1 is paid at the next anniversary (docs/aci.md).
    balance: {
      table: 'ACI',
      key: 'mission',
      from: 'remaining',
      also: 'prevRemaining',
      into: 'prevDue',
      excess: ['excess', 'prevExcess'],
    },
    tables: {
      CPTS: { rows: 'all' },
      GestionProjets: { rows: 'all', clear: ['value', 'comment'] },
      Projets: {
        rows: 'renewed',
        clear: [
          'partners',
          'direct',
          'participants',
          'respondents',
          'satisfied',
          'recommend',
          'heard',
          'understood',
          ...ENGAGEMENT_PHASES.map((p) => p.id),
        ],
      },
      Population: {
        rows: 'ofRenewed',
        column: 'project',
        clear: [
          'surveyed',
          'betterUnderstanding',
          'scoreBefore',
          'scoreAfter',
          'ambassadors',
          'referred',
          'used',
          'difficultiesBefore',
          'difficultiesAfter',
          'partnerships',
          'presented',
          ...DETERMINANT_FAMILIES.map((d) => d.id),
        ],
      },
      // The contract's amounts and indicators (targets, weights) go on; the year's payments and
      // achievements do not, nor its expenses (DepensesACI) and the usagers' participation.
      ACI: { rows: 'all', clear: ['advance', 'paid', 'prevPaid'] },
      IndicateursACI: { rows: 'all', clear: ['achieved'] },
      PaliersACI: { rows: 'all', clear: [] },
    },
  },
};
