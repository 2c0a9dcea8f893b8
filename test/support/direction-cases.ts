import type { Row } from '../../src/core/values/cell';

/**
 * Indicators the issue 18 review found upside down (seed 002: « diminution de nouveaux cas
 * annuels de tuberculose »), as rows of Indicateurs with what version 3 must show. Shared by the
 * TypeScript tests and the LibreOffice parity test.
 */
export interface DirectionCase {
  label: string;
  row: Row;
  realised: number | '';
  rate: number | '';
  status: string;
  retained: number | '';
}

const UP = 'Hausse souhaitée';
const DOWN = 'Baisse souhaitée';
const CUMUL = 'Cumul sur la période';
const LEVEL = 'Niveau ou taux';

const ind = (name: string, extra: Row): Row => ({
  action: 'A1',
  type: 'Résultat',
  name,
  unit: 'Nombre',
  ...extra,
});

export const DIRECTION_CASES: DirectionCase[] = [
  {
    // Was 10 / 12 = 83 % « Partiellement atteint » although 10 is better than 12.
    label: 'decrease without baseline, achieved 10 under target 12: reached',
    row: ind('Nouveaux cas de tuberculose', { direction: DOWN, nature: LEVEL, target: 12, t1: 10 }),
    realised: 10,
    rate: '',
    status: 'Atteint',
    retained: 1,
  },
  {
    // Was 20 / 12 = 167 % « Atteint » although 20 is worse than 12.
    label: 'decrease without baseline, achieved 20 over target 12: not reached',
    row: ind('Nouveaux cas de tuberculose', { direction: DOWN, nature: LEVEL, target: 12, t1: 20 }),
    realised: 20,
    rate: '',
    status: 'Non atteint',
    retained: 0,
  },
  {
    // Baseline 45 days, target 30, now 35: (35 − 45) / (30 − 45) = 2/3 of the way.
    label: 'decrease with baseline 45, target 30, achieved 35: two thirds of the way',
    row: ind('Délai de rendez-vous', {
      direction: DOWN,
      nature: LEVEL,
      baseline: 45,
      target: 30,
      t1: 40,
      t2: 35,
    }),
    realised: 35,
    rate: 2 / 3,
    status: 'Partiellement atteint',
    retained: 2 / 3,
  },
  {
    // Was (3 − 8) / (12 − 8) = −125 % « Non atteint » after the first quarter of a yearly count.
    label: 'cumulative increase with a baseline, first quarter 3 of 12: a quarter of the way',
    row: ind('Bénéficiaires', { direction: UP, nature: CUMUL, baseline: 8, target: 12, t1: 3 }),
    realised: 3,
    rate: 0.25, // 3 / 12
    status: 'Partiellement atteint',
    retained: 0.25,
  },
  {
    // Was 3 / 12 = 25 % while the year is not over: a yearly count of cases is judged at the end.
    label: 'cumulative decrease under its target before the last quarter: in progress',
    row: ind('Demandes sans réponse', { direction: DOWN, nature: CUMUL, target: 12, t1: 2, t2: 3 }),
    realised: 5,
    rate: '',
    status: 'En cours',
    retained: '',
  },
  {
    label: 'cumulative decrease, the four quarters in, 11 ≤ 12: reached',
    row: ind('Demandes sans réponse', {
      direction: DOWN,
      nature: CUMUL,
      target: 12,
      t1: 2,
      t2: 3,
      t3: 4,
      t4: 2,
    }),
    realised: 11,
    rate: '',
    status: 'Atteint',
    retained: 1,
  },
  {
    label: 'cumulative decrease already over its target before the year ends: not reached',
    row: ind('Demandes sans réponse', { direction: DOWN, nature: CUMUL, target: 12, t1: 7, t2: 6 }),
    realised: 13,
    rate: '',
    status: 'Non atteint',
    retained: 0,
  },
  {
    // Was 50 % + 60 % = 110 %: a blank Mode de calcul defaulted to Somme.
    label: 'a rate with a blank Mode de calcul: the last quarter, not the sum',
    row: ind('Taux de participation', {
      unit: 'Pourcentage',
      direction: UP,
      nature: LEVEL,
      target: 0.8,
      t1: 0.5,
      t2: 0.6,
    }),
    realised: 0.6,
    rate: 0.75, // 0.6 / 0.8
    status: 'Partiellement atteint',
    retained: 0.75,
  },
  {
    label: 'blank Mode de calcul and blank nature: nothing assumed',
    row: ind('Taux de participation', { direction: UP, target: 0.8, t1: 0.5, t2: 0.6 }),
    realised: '',
    rate: '',
    status: 'Non renseigné',
    retained: '',
  },
  {
    label: 'an increase without a direction and without a baseline: not judged',
    row: ind('Ateliers', { nature: CUMUL, target: 10, t1: 4 }),
    realised: 4,
    rate: '',
    status: 'Non renseigné',
    retained: '',
  },
  {
    label: 'an increase far above its target: the retained rate is capped at 100 %',
    row: ind('Ateliers', { direction: UP, nature: CUMUL, target: 10, t1: 9, t2: 7 }),
    realised: 16,
    rate: 1.6,
    status: 'Atteint',
    retained: 1,
  },
  {
    label: 'a level that fell from its baseline: the retained rate is floored at 0',
    row: ind('Part de volontaires', {
      unit: 'Pourcentage',
      direction: UP,
      nature: LEVEL,
      baseline: 0.2,
      target: 0.3,
      t1: 0.1,
    }),
    realised: 0.1,
    rate: -1, // (0.1 − 0.2) / (0.3 − 0.2)
    status: 'Non atteint',
    retained: 0,
  },
];
