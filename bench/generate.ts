import type { Row } from '../src/core/values/cell';

/** Seeded workbook data for benchmarks: N actions, 6 indicators and 3 proofs each. */
export function benchData(actions: number, seed = 42): Record<string, Row[]> {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const types = ['Processus', 'Processus', 'Activité', 'Activité', 'Résultat', 'Résultat'];
  const modes = ['Somme', 'Dernière valeur', 'Moyenne'];
  const proofs = [
    'Quantitatif (chiffres)',
    'Qualitatif (témoignages)',
    'Observable (documents, livrables)',
  ];
  const A: Row[] = [];
  const I: Row[] = [];
  const P: Row[] = [];
  for (let i = 1; i <= actions; i++) {
    const id = `A${i}`;
    A.push({
      id,
      title: `Action ${i}`,
      beneficiariesTarget: Math.floor(r() * 200),
      beneficiariesReached: Math.floor(r() * 200),
      budget: Math.round(r() * 30000),
      arsFunding: Math.round(r() * 20000),
      conformity: r() < 0.7 ? 'OUI' : 'En partie',
      conformityWhy: 'Retard de démarrage',
      objectivesMet: r() < 0.5 ? 'OUI' : 'Partiellement',
      objectivesWhy: 'Voir bilan',
    });
    types.forEach((type, k) => {
      I.push({
        action: id,
        type,
        name: `Indicateur ${k + 1}`,
        unit: 'Nombre',
        mode: modes[k % 3] ?? 'Somme',
        target: 10 + Math.floor(r() * 90),
        t1: Math.floor(r() * 30),
        t2: Math.floor(r() * 30),
        t3: r() < 0.5 ? Math.floor(r() * 30) : null,
      });
    });
    // Every third action lacks its deliverable.
    proofs.forEach((type, k) => {
      if (!(k === 2 && i % 3 === 0))
        P.push({ key: id, type, proof: `Preuve ${k + 1}`, source: 'Suivi' });
    });
  }
  return { Actions: A, Indicateurs: I, Preuves: P };
}
