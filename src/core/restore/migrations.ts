import { PROOF_KINDS, STATUS_LABELS } from '../templates/shared';
import { ACI_SCHEDULE, ACI_TYPED_RATE_INDICATOR } from '../templates/cpts-aci';
import {
  CPTS_FAMILIES,
  CPTS_PHASES,
  CPTS_V1_DETERMINANTS,
  CPTS_V1_DETERMINANTS_LIST,
  CPTS_V1_DETERMINANTS_WHY,
  CPTS_V1_LEVEL,
  CPTS_V1_LEVEL_WHY,
  CPTS_V1_SUMMARIES,
  CPTS_V2_SUMMARIES,
} from './migrations-cpts';
import type { ColumnDef, ListDef, SummaryDef, TemplateDef, Text } from '../templates/types';
import { isBlank, type CellValue, type Row } from '../values/cell';
import { percentSlip } from '../checks/percent-slip';

/** A header that changed between two versions; the column keeps its id. */
export interface HeaderRename {
  id: string;
  from: string;
  to: string;
}

/** A column of version `from` that the next version no longer has: its values are carried. */
export interface RemovedColumn {
  column: ColumnDef;
  /** Id of the column it followed in version `from`, or null when it came first. */
  after: string | null;
  /** Why it went and where its meaning now lives, for the upgrade report. */
  why?: Text;
}

/**
 * What changed from version `from` to `from + 1` of a template, by table name and column id.
 * Reading an old workbook applies these steps backwards to know its headers; upgrading applies
 * them forwards. Sheets and tables keep their names across versions.
 */
export interface Migration {
  from: number;
  renamed: Record<string, HeaderRename[]>;
  /** Ids of the columns new in `from + 1`. */
  added: Record<string, string[]>;
  removed: Record<string, RemovedColumn[]>;
  /** Tables (each on its own sheet) new in `from + 1`. */
  addedTables?: string[];
  /** Answer lists of version `from` that `from + 1` no longer has. */
  removedLists?: ListDef[];
  /**
   * Columns of version `from` whose definition (formula, help) changed in `from + 1`, as they
   * were, by table name then column id: a workbook of version `from` is checked with its own
   * formulas.
   */
  redefined?: Record<string, Record<string, Partial<ColumnDef>>>;
  /** Named summary cells new in `from + 1`, and those of `from` whose definition changed. */
  summaries?: { added: string[]; redefined: SummaryDef[] };
  /** Removed columns whose values become rows of another table (not Autres données). */
  carried?: CarriedColumn[];
}

/** A removed column whose typed values each become a row of `into`, built from its row. */
export interface CarriedColumn {
  table: string;
  column: string;
  into: string;
  /** The new row, from the old row's entered values and the carried value. */
  row: (values: Row, value: CellValue) => Row;
  /** The value the new row holds when it is not the typed one (said by the upgrade report). */
  rescaled?: (value: CellValue) => number | undefined;
}

/** A mean of the Indicateurs' rates per action, as `ca` v1–2 computed it. */
const meanOfRates = (type: string): Partial<ColumnDef> => ({
  computed: {
    kind: 'averageRelated',
    key: 'id',
    table: 'Indicateurs',
    column: 'action',
    value: 'rate',
    filter: ['type', type],
  },
});
const proofsOfType = (kind: string): Partial<ColumnDef> => ({
  computed: {
    kind: 'countRelated',
    key: 'id',
    table: 'Preuves',
    column: 'key',
    filter: ['type', kind],
  },
});
const meanRateSummary = (name: string, type: string, fr: string, en: string): SummaryDef => ({
  name,
  label: { fr, en },
  format: 'percent',
  section: { fr: 'Indicateurs', en: 'Indicators' },
  expr: { op: 'averageIf', table: 'Indicateurs', value: 'rate', column: 'type', equals: type },
});

/**
 * A rate typed in cpts v1 as a whole number (85 for 85 %), as version 1's percent check read its
 * « Taux d'atteinte des objectifs » (a rate that may exceed 100 %: 10 to 1 000): the rate it
 * meant, else undefined. 1,3 stays 130 %.
 */
export function typedRateRescaled(value: CellValue): number | undefined {
  return typeof value === 'number' && percentSlip(value, true) ? value / 100 : undefined;
}

/**
 * A rate typed by hand in cpts v1 (« Taux d'atteinte des objectifs ») becomes the mission's one
 * contract indicator, weighing 100 %, target 1, achieved = the typed rate, as typed, except a
 * percentage typed as a whole number (85): achieved 0,85, the typed 85 kept in its Source (and
 * said by the upgrade report).
 */
function typedRateIndicator(values: Row, value: CellValue): Row {
  const mission = values['mission'] ?? null;
  const name = isBlank(mission)
    ? ACI_TYPED_RATE_INDICATOR
    : `${ACI_TYPED_RATE_INDICATOR} : ${String(mission)}`;
  const rescaled = typedRateRescaled(value);
  const typed = String(value).replace('.', ',');
  return {
    mission,
    id: name,
    weight: 1,
    target: 1,
    achieved: rescaled ?? value,
    source:
      rescaled === undefined
        ? 'Saisi dans la version 1 du classeur'
        : `Saisi dans la version 1 du classeur : ${typed}, lu comme ${typed} %`,
  };
}

/** Every template's migrations, by template id and by the version they upgrade from. */
export const MIGRATIONS: Record<TemplateDef['id'], Record<number, Migration>> = {
  evaluation: {},
  ca: {
    1: {
      from: 1,
      renamed: {
        Preuves: [
          { id: 'link', from: 'Lien ou référence', to: 'Lien ou emplacement de la preuve' },
        ],
      },
      added: { Actions: ['associatedPartners'] },
      removed: {},
    },
    // Version 3 (issue 18, figures faithful to the seeds): nothing typed changes place.
    2: {
      from: 2,
      renamed: {
        Actions: [
          {
            id: 'indProcess',
            from: 'Indicateurs de processus',
            to: "Nombre d'indicateurs de processus",
          },
          {
            id: 'indActivity',
            from: "Indicateurs d'activité",
            to: "Nombre d'indicateurs d'activité",
          },
          {
            id: 'indResult',
            from: 'Indicateurs de résultats',
            to: "Nombre d'indicateurs de résultats",
          },
        ],
      },
      added: {
        Actions: [
          'content',
          'modes',
          'places',
          'participationExpected',
          'participationObserved',
          'renewed',
        ],
        Contribution: ['leverIntersectoral', 'leverDeterminants', 'leverParticipation'],
        Instances: ['inhabitants'],
        Partenaires: ['orgType'],
        Indicateurs: ['direction', 'nature', 'retained'],
        Preuves: ['supports', 'counted'],
      },
      removed: {},
      // Version 2 read every indicator as an increase and a blank Mode de calcul as Somme.
      redefined: {
        Indicateurs: {
          realised: {
            computed: {
              kind: 'realised',
              quarters: ['t1', 't2', 't3', 't4'],
              mode: 'mode',
              modes: { sum: 'Somme', last: 'Dernière valeur', mean: 'Moyenne' },
            },
          },
          rate: {
            computed: {
              kind: 'attainment',
              realised: 'realised',
              target: 'target',
              baseline: 'baseline',
            },
          },
          status: {
            computed: {
              kind: 'status',
              rate: 'rate',
              anyOf: ['action', 'name'],
              labels: STATUS_LABELS,
            },
          },
        },
        Actions: {
          meanActivity: meanOfRates('Activité'),
          meanResult: meanOfRates('Résultat'),
          // Version 2 counted every proof row of a type, described or not.
          proofsQuant: proofsOfType(PROOF_KINDS[0]),
          proofsQual: proofsOfType(PROOF_KINDS[1]),
          proofsObs: proofsOfType(PROOF_KINDS[2]),
        },
      },
      summaries: {
        added: [
          'CA_NbActionsConformes',
          'CA_NbActionsConformesEnPartie',
          'CA_NbActionsNonConformes',
          'CA_NbIndicateursAtteints',
          'CA_NbIndicateursPartiels',
          'CA_NbIndicateursNonAtteints',
          'CA_NbIndicateursEnCours',
          'CA_NbIndicateursNonRenseignes',
          'CA_PartIndicateursAtteints',
          'CA_NbPartenairesHabitants',
          'CA_TauxPresenceCopil',
          'CA_TauxPresenceCotech',
          ...['Cooperation', 'Pratiques', 'ISTS', 'Parcours'].flatMap((x) => [
            `CA_NbContribution${x}`,
            `CA_NbContribution${x}Partielle`,
          ]),
          'CA_NbLevierIntersectorialite',
          'CA_NbLevierDeterminants',
          'CA_NbLevierParticipation',
          'CA_NbActionsParticipationAttendue',
          'CA_NbActionsParticipationObservee',
          'CA_HabitantsPresentsInstances',
          'CA_HabitantsPresentsCopil',
        ],
        redefined: [
          {
            name: 'CA_NbSecteurs',
            label: { fr: 'Secteurs représentés (intersectorialité)', en: 'Sectors represented' },
            format: 'integer',
            section: { fr: 'Partenariat et gouvernance', en: 'Partnership and governance' },
            expr: { op: 'distinct', table: 'Partenaires', column: 'sector' },
          },
          meanRateSummary(
            'CA_TauxAtteinteActivite',
            'Activité',
            "Taux d'atteinte moyen des indicateurs d'activité",
            'Mean attainment, activity indicators',
          ),
          meanRateSummary(
            'CA_TauxAtteinteResultats',
            'Résultat',
            "Taux d'atteinte moyen des indicateurs de résultats",
            'Mean attainment, result indicators',
          ),
        ],
      },
    },
  },
  cpts: {
    // Version 2 (issue 18, seed 003): users engaged per phase, usagers partenaires as distinct
    // people, each rate over its own population, the three families of determinants, proofs
    // counted as in ca; the change in access difficulties is seen when « avant » is 0.
    1: {
      from: 1,
      renamed: {
        Population: [
          {
            id: 'uptakeRate',
            from: 'Taux de recours',
            to: 'Taux de recours aux dispositifs présentés',
          },
        ],
      },
      // Issue 15: the ACI mission rate is the weighted attainment of the contract's indicators.
      added: {
        Projets: [...CPTS_PHASES.map((p) => p.id), 'responseRate'],
        Population: ['presented', ...CPTS_FAMILIES.map((d) => d.id), 'difficultiesGap'],
        Preuves: ['aciIndicator', 'supports', 'counted'],
        ACI: [
          'missionRate',
          'advanceDue',
          'advanceDate',
          'advanceRemaining',
          'prevDue',
          'prevPaid',
          'prevRemaining',
          'prevExcess',
          'balanceDue',
          'balanceDate',
          'balanceRemaining',
          'excess',
          'spent',
          'consumption',
          'unspent',
        ],
      },
      removed: {
        Projets: [{ column: CPTS_V1_LEVEL, after: 'mission', why: CPTS_V1_LEVEL_WHY }],
        Population: [
          { column: CPTS_V1_DETERMINANTS, after: 'partnerships', why: CPTS_V1_DETERMINANTS_WHY },
        ],
        ACI: [
          {
            column: {
              id: 'attainment',
              header: "Taux d'atteinte des objectifs",
              kind: 'percent',
              width: 13,
              above100: true,
            },
            after: 'variableMax',
          },
        ],
      },
      addedTables: ['UsagersPartenaires', 'IndicateursACI', 'PaliersACI', 'DepensesACI'],
      removedLists: [CPTS_V1_DETERMINANTS_LIST],
      carried: [
        {
          table: 'ACI',
          column: 'attainment',
          into: 'IndicateursACI',
          row: typedRateIndicator,
          rescaled: typedRateRescaled,
        },
      ],
      redefined: {
        Projets: {
          proofsQuant: proofsOfType(PROOF_KINDS[0]),
          proofsQual: proofsOfType(PROOF_KINDS[1]),
          proofsObs: proofsOfType(PROOF_KINDS[2]),
        },
        // Version 1 divided recourse by the people referred.
        Population: { uptakeRate: { computed: { kind: 'ratio', num: 'used', den: 'referred' } } },
        ACI: {
          variableDue: { computed: { kind: 'product', a: 'variableMax', b: 'attainment' } },
          remaining: {
            computed: { kind: 'balance', total: 'totalDue', minus: ['advance', 'paid'] },
          },
        },
        Preuves: { key: { required: true } },
      },
      summaries: {
        added: [
          ...CPTS_V2_SUMMARIES,
          'CPTS_ACI_TropPercu',
          'CPTS_ACI_TauxAtteinte',
          'CPTS_ACI_DepensesEngagees',
          'CPTS_ACI_TauxConsommation',
          ...ACI_SCHEDULE.map((d) => d.name),
          'CPTS_ACI_SoldePrecedentDu',
          'CPTS_ACI_SoldePrecedentRestant',
        ],
        redefined: CPTS_V1_SUMMARIES,
      },
    },
  },
};

/** The steps from `version` up to the template's current version, in order. */
export function migrationsFrom(t: TemplateDef, version: number): Migration[] {
  const steps: Migration[] = [];
  for (let v = version; v < t.version; v++) {
    const m = MIGRATIONS[t.id][v];
    if (!m) throw new Error(`template ${t.id}: no migration from version ${v}`);
    steps.push(m);
  }
  return steps;
}
