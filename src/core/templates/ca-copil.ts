import type { DashboardDef } from './types';

/**
 * The COPIL dashboard of seed 002 (« Au niveau du COPIL » : « Tableau de bord – Suivi général des
 * indicateurs retenus et résultats attendus »): per action, which indicators of processus,
 * d'activité and de résultats, with their target, achieved value and status, the résultats
 * attendus and the sources et méthodes à mobiliser. Every cell is a live formula on Actions and
 * Indicateurs (plan/dashboard.ts), twinned in indicators/dashboard.ts.
 */
export const copil: DashboardDef = {
  sheet: 'Tableau de bord COPIL',
  title: {
    fr: 'Tableau de bord – Suivi général des indicateurs retenus et résultats attendus',
    en: 'Dashboard – General follow-up of the chosen indicators and expected results',
  },
  note: {
    fr: 'Calculé à partir des feuilles Actions et Indicateurs : une ligne par indicateur, rangée sous son type, les actions dans leur ordre. Rien à saisir ici.',
    en: 'Computed from the Actions and Indicateurs sheets: one line per indicator, under its type, actions in their order. Nothing to type here.',
  },
  seed: {
    file: '002_b75d6778a9a5a8f3.txt',
    quote:
      'Tableau de bord – Suivi général des indicateurs retenus et résultats attendus (à adapter au regard des actions mises en œuvre)',
  },
  actions: { table: 'Actions', key: 'id' },
  indicators: { table: 'Indicateurs', key: 'action', type: 'type' },
  types: ['Processus', 'Activité', 'Résultat'],
  columns: [
    {
      header: { fr: 'N° action', en: 'Action no.' },
      from: 'action',
      column: 'id',
      width: 9,
      format: 'id',
    },
    {
      header: { fr: 'Intitulés des actions', en: 'Action titles' },
      from: 'action',
      column: 'title',
      width: 26,
    },
    {
      header: { fr: 'Indicateurs de processus', en: 'Process indicators' },
      from: 'indicator',
      column: 'name',
      type: 0,
      width: 24,
    },
    {
      header: { fr: "Indicateurs d'activité", en: 'Activity indicators' },
      from: 'indicator',
      column: 'name',
      type: 1,
      width: 24,
    },
    {
      header: { fr: 'Indicateurs de résultats', en: 'Result indicators' },
      from: 'indicator',
      column: 'name',
      type: 2,
      width: 24,
    },
    {
      header: { fr: 'Valeur cible', en: 'Target' },
      from: 'indicator',
      column: 'target',
      width: 9,
      format: 'number',
    },
    {
      header: { fr: 'Valeur réalisée', en: 'Achieved' },
      from: 'indicator',
      column: 'realised',
      width: 9,
      format: 'number',
    },
    { header: { fr: 'Statut', en: 'Status' }, from: 'indicator', column: 'status', width: 13 },
    {
      header: { fr: 'Résultats attendus', en: 'Expected results' },
      from: 'action',
      column: 'expected',
      width: 28,
    },
    {
      header: { fr: 'Sources et méthodes à mobiliser', en: 'Sources and methods to use' },
      from: 'indicator',
      column: 'method',
      width: 26,
    },
  ],
  helpers: {
    action: { fr: 'Ligne dans Actions', en: 'Row in Actions' },
    read: { fr: 'Indicateurs lus', en: 'Indicators read' },
    indicator: { fr: 'Ligne dans Indicateurs', en: 'Row in Indicateurs' },
    next: { fr: 'Prochain ordre', en: 'Next order' },
    first: { fr: 'Action en tête de ligne', en: 'Action first shown' },
    key: { fr: 'Ordre (par indicateur)', en: 'Order (per indicator)' },
  },
};
