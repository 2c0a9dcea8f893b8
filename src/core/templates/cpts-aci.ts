import type { ColumnDef, ListDef, SummaryDef, TableDef } from './types';

/**
 * The ACI part of template `cpts` (Accord conventionnel interprofessionnel CPTS): the ACI
 * sheet, its tables, lists and summary names. Sources: docs/aci.md.
 */

export const ACI_SHEETS = { aci: 'ACI' } as const;

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

const section = { fr: 'ACI', en: 'ACI funding' };

export const ACI_SUMMARIES: SummaryDef[] = [
  {
    name: 'CPTS_ACI_TotalDu',
    label: { fr: 'ACI : total dû', en: 'ACI: total due' },
    format: 'money',
    section,
    expr: { op: 'sum', table: 'ACI', column: 'totalDue' },
  },
  {
    name: 'CPTS_ACI_ResteAVerser',
    label: { fr: 'ACI : reste à verser', en: 'ACI: remaining to pay' },
    format: 'money',
    section,
    expr: { op: 'sum', table: 'ACI', column: 'remaining' },
  },
];

export const ACI_TABLES: TableDef[] = [
  {
    name: 'ACI',
    merge: 'shared',
    sheet: ACI_SHEETS.aci,
    key: 'mission',
    columns: aciColumns,
    prefill: [...ACI_MISSIONS, ACI_FONCTIONNEMENT_ROW].map((mission) => ({ mission })),
    spareRows: 2,
  },
];

export const ACI_LISTS: ListDef[] = [
  {
    name: 'MissionsACI',
    title: 'Missions ACI',
    values: [...ACI_MISSIONS, ACI_FONCTIONNEMENT_ROW],
    extensible: true,
  },
];
