import type { Row } from '../../../src/core/values/cell';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const KINDS = [
  'Quantitatif (chiffres)',
  'Qualitatif (témoignages)',
  'Observable (documents, livrables)',
];

/**
 * The workbook partner n (1-based) sends: its own actions A1…Ak (so N° action collide between
 * partners), their indicators, proofs, value chain and contribution; the shared partners and
 * objectives everyone copies; a COPIL they all attended; their coordinator in the Programme.
 */
export function partnerData(n: number): Record<string, Row[]> {
  const who = `Structure ${n}`;
  const k = 1 + (n % 3);
  const ids = Array.from({ length: k }, (_, i) => `A${i + 1}`);
  return {
    Programme: [
      { field: 'Intitulé du programme', value: 'Coopérative du Ségala' },
      { field: 'Coordinateur·rice', value: `Coordination ${n}` },
      { field: 'Début de période', value: d('2025-01-01') },
      { field: 'Fin de période', value: d('2025-12-31') },
    ],
    Objectifs: [
      { code: 'G1', level: 'Général', title: 'Améliorer les parcours' },
      { code: `O${n}`, level: 'Opérationnel', title: `Objectif de ${who}`, parent: 'G1' },
    ],
    Partenaires: [
      { name: 'DAC du Tarn', sector: 'Santé', signatory: 'OUI' },
      { name: who, sector: n % 2 ? 'Social' : 'Association', contact: `contact${n}@example.org` },
    ],
    Actions: ids.map((id, i) => ({
      id,
      objective: `O${n}`,
      title: `${who} — action ${i + 1}`,
      owner: who,
      beneficiariesTarget: 10 * n + i,
      beneficiariesReached: i % 2 ? '12,5' : 5 * n,
      start: d(`2025-0${1 + (i % 9)}-15`),
      budget: 1000 * n + i,
      conformity: i % 2 ? 'En partie' : 'OUI',
      conformityWhy: i % 2 ? 'Retard du prestataire' : null,
      objectivesMet: ['OUI', 'Partiellement', 'NON'][i % 3] as string,
    })),
    Indicateurs: ids.flatMap((id, i) => [
      {
        action: id,
        type: 'Activité',
        name: `Ateliers ${n}.${i}`,
        mode: 'Somme',
        target: 10,
        t1: n,
        t2: i,
      },
      {
        action: id,
        type: 'Résultat',
        name: `Satisfaction ${n}.${i}`,
        unit: 'Pourcentage',
        target: 0.8,
        t4: 0.75,
      },
    ]),
    Preuves: ids.flatMap((id, i) =>
      KINDS.slice(0, 1 + ((n + i) % 3)).map((type) => ({
        key: id,
        type,
        proof: `${type.split(' ')[0]} de ${who}, action ${i + 1}`,
        date: d('2025-06-30'),
      })),
    ),
    ChaineValeur: ids.map((id) => ({
      action: id,
      resources: `Équipe de ${who}`,
      impact: n % 4 ? null : 'Moins de passages aux urgences',
    })),
    Contribution: ids.map((id) => ({
      action: id,
      cooperation: 'Oui',
      cooperationWhat: `Réunions avec ${who}`,
    })),
    Instances: [{ date: d('2025-03-12'), kind: 'COPIL', invited: 12, present: 9, minutes: 'OUI' }],
  };
}
