import type { Row } from '../../src/core/values/cell';

/**
 * ACI contract indicators paid by levels (paliers) or to be brought down (issue 15), with awkward
 * entries, and the attainment each must show. Shared by the TypeScript test and the LibreOffice
 * parity test.
 */
export interface AciLevelCase {
  label: string;
  row: Row;
  rate: number | '';
}

const DOWN = 'Baisse souhaitée';

/** The levels of the contract, out of order, with ids typed as a number, with `*`, in another case. */
export const ACI_LEVELS: Row[] = [
  { indicator: 'Délai', threshold: 5, granted: 1 },
  { indicator: 'Délai', threshold: 10, granted: 0.5 },
  { indicator: 'Délai B', threshold: 10, granted: 0.5 },
  { indicator: 'Délai B', threshold: 5, granted: 1 },
  { indicator: 'taux MT', threshold: 0.8, granted: 1 },
  { indicator: 'Taux MT', threshold: 0.6, granted: 0.5 },
  // Text in a number cell: not a level (« 80 % » would otherwise grant 80 % at 0,7).
  { indicator: 'Taux MT', threshold: '0,7', granted: 0.9 },
  { indicator: 'Taux MT', threshold: 0.7, granted: '80 %' },
  { indicator: 2, threshold: 10, granted: 0.4 },
  { indicator: 'A*', threshold: 1, granted: 0.7 },
  { indicator: 'Sans seuil', threshold: null, granted: 0.5 },
  { indicator: 'Plafonné', threshold: 3, granted: 1.5 },
  { indicator: 'Plafond vide', threshold: 3, granted: 1.5 },
  { indicator: 'Jamais', threshold: 100, granted: 1 },
  { indicator: 'Texte', threshold: 1, granted: 1 },
  { indicator: null, threshold: 0, granted: 1 },
  {},
];

const ind = (id: Row['id'], extra: Row): Row => ({ mission: 'Accès aux soins', id, ...extra });

export const ACI_LEVEL_CASES: AciLevelCase[] = [
  // Decrease: reached at or below a threshold; 8 ≤ 10 only: 50 %.
  {
    label: 'decrease, levels 5 and 10, 8',
    row: ind('Délai', { direction: DOWN, target: 5, achieved: 8 }),
    rate: 0.5,
  },
  // 5 ≤ 5 and 5 ≤ 10: the highest granted, 100 %, levels typed in either order.
  {
    label: 'decrease, levels 10 and 5, 5',
    row: ind('Délai B', { direction: DOWN, target: 5, achieved: 5 }),
    rate: 1,
  },
  // 0,6 ≤ 0,75 (50 %); « taux MT » is the same id; the text levels do not count.
  {
    label: 'increase, levels, text ones skipped',
    row: ind('Taux MT', { target: 0.8, achieved: 0.75 }),
    rate: 0.5,
  },
  // The number 2 has a level (10 ≤ 12: 40 %); the text "2" has none: 12 / 20.
  { label: 'number id 2', row: ind(2, { target: 20, achieved: 12 }), rate: 0.4 },
  { label: 'text id "2"', row: ind('2', { target: 20, achieved: 12 }), rate: 0.6 },
  // `*` is no wildcard: A* has its level, AB is linear, 1 / 4.
  { label: 'id A*', row: ind('A*', { target: 2, achieved: 1 }), rate: 0.7 },
  { label: 'id AB', row: ind('AB', { target: 4, achieved: 1 }), rate: 0.25 },
  // A level without threshold is none: linear, 2 / 4.
  {
    label: 'level without threshold',
    row: ind('Sans seuil', { target: 4, achieved: 2 }),
    rate: 0.5,
  },
  // Granted 150 %, capped at the contract's 120 %, or at 100 % with a blank cap.
  {
    label: 'granted above the cap',
    row: ind('Plafonné', { target: 3, achieved: 3, cap: 1.2 }),
    rate: 1.2,
  },
  {
    label: 'granted above a blank cap',
    row: ind('Plafond vide', { target: 3, achieved: 4 }),
    rate: 1,
  },
  // Below the only threshold: 0, whatever 50 / 100 would give.
  { label: 'no level reached', row: ind('Jamais', { target: 100, achieved: 50 }), rate: 0 },
  { label: 'text value', row: ind('Texte', { target: 1, achieved: 'beaucoup' }), rate: '' },
  // (20 − 30) / (10 − 30) = 50 %; (5 − 30) / (10 − 30) = 125 % → 100 %; 35: −25 % → 0.
  {
    label: 'decrease from 30 to 10, 20',
    row: ind('Baisse initiale', { direction: DOWN, baseline: 30, target: 10, achieved: 20 }),
    rate: 0.5,
  },
  {
    label: 'decrease from 30 to 10, 5',
    row: ind('Baisse dépassée', { direction: DOWN, baseline: 30, target: 10, achieved: 5 }),
    rate: 1,
  },
  {
    label: 'decrease from 30 to 10, 35',
    row: ind('Baisse ratée', { direction: DOWN, baseline: 30, target: 10, achieved: 35 }),
    rate: 0,
  },
  // Without a starting value a decrease is reached (100 %) or not (0).
  {
    label: 'decrease to 10 without start, 12',
    row: ind('Baisse sans initiale', { direction: DOWN, target: 10, achieved: 12 }),
    rate: 0,
  },
  {
    label: 'decrease to 10 without start, 10, lower case',
    row: ind('Baisse tenue', { direction: 'baisse souhaitée', target: 10, achieved: 10 }),
    rate: 1,
  },
  {
    label: 'decrease, text target',
    row: ind('Baisse texte', { direction: DOWN, target: 'dix', achieved: 3 }),
    rate: '',
  },
  // (50 − 40) / (60 − 40) = 50 %.
  {
    label: 'increase from 40 to 60, 50',
    row: ind('Hausse initiale', { baseline: 40, target: 60, achieved: 50 }),
    rate: 0.5,
  },
  {
    label: 'direction outside the list: an increase',
    row: ind('Stable', { direction: 'Stable', target: 10, achieved: 5 }),
    rate: 0.5,
  },
  { label: 'target 0', row: ind('Cible nulle', { target: 0, achieved: 3 }), rate: '' },
  {
    label: 'start = target',
    row: ind('Initiale = cible', { baseline: 10, target: 10, achieved: 12 }),
    rate: '',
  },
  // A blank id never takes the levels of a blank Indicateur: 5 / 10.
  { label: 'blank id', row: ind(null, { target: 10, achieved: 5 }), rate: 0.5 },
];
