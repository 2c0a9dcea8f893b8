import type { Row } from '../../src/core/values/cell';

/** mulberry32: a small seeded generator, so fixtures are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROOFS = [
  'Quantitatif (chiffres)',
  'Qualitatif (témoignages)',
  'Observable (documents, livrables)',
];

/**
 * Fill a `ca` workbook with awkward but legal data: blanks, zero targets, baselines equal to
 * targets, the three modes de calcul (and a blank one), text in number cells, missing proof kinds,
 * sectors differing only by case, empty rows in the middle.
 */
export function caFixture(seed: number, actions: number): Record<string, Row[]> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const maybe = <T>(p: number, v: T): T | null => (r() < p ? v : null);
  const num = (max: number) => Math.round(r() * max * 100) / 100;
  const ids = Array.from({ length: actions }, (_, i) => `A${i + 1}`);
  const A: Row[] = ids.map((id, i) => ({
    id: i === 3 ? null : id, // a row whose N° action is blank
    title: `Action ${i + 1}`,
    beneficiariesTarget: maybe(0.8, Math.floor(r() * 200)),
    beneficiariesReached: maybe(0.7, Math.floor(r() * 200)),
    budget: maybe(0.8, num(40000)),
    arsFunding: maybe(0.7, num(30000)),
    conformity: maybe(0.8, pick(['OUI', 'NON', 'En partie', 'oui'])),
    participationExpected: maybe(
      0.6,
      pick(['Aucune', 'Information', 'concertation', 'Partenariat']),
    ),
    participationObserved: maybe(0.5, pick(['Aucune', 'Collaboration', 'Information'])),
    objectivesMet: maybe(0.8, pick(['OUI', 'NON', 'Partiellement'])),
  }));
  A.splice(5, 0, {}); // an empty row in the middle
  const I: Row[] = [];
  for (const id of ids) {
    const n = Math.floor(r() * 7);
    for (let k = 0; k < n; k++) {
      const target = pick([0, 10, 12.5, 100, 0.85, 3]);
      I.push({
        action: pick([id, id, id, 'A999']),
        type: pick(['Processus', 'Activité', 'Résultat', 'activité']),
        name: `Indicateur ${k}`,
        mode: pick(['Somme', 'Dernière valeur', 'Moyenne', null, 'moyenne', 'Inconnu']),
        direction: pick(['Hausse souhaitée', 'Baisse souhaitée', 'baisse souhaitée', null]),
        nature: pick(['Cumul sur la période', 'Niveau ou taux', 'niveau ou taux', null]),
        baseline: maybe(0.3, pick([0, 2, target])),
        target: maybe(0.9, target),
        t1: maybe(0.7, num(20)),
        t2: maybe(0.6, pick([num(20), '12,5'])),
        t3: maybe(0.5, num(20)),
        t4: maybe(0.4, num(20)),
      });
    }
  }
  I.splice(2, 0, {});
  const P: Row[] = [];
  for (const id of ids) {
    for (const kind of PROOFS) {
      const n = Math.floor(r() * 3) - (r() < 0.3 ? 1 : 0);
      for (let k = 0; k < n; k++)
        P.push({
          key: id,
          type: kind,
          proof: maybe(0.9, `${kind} ${k}`),
          source: maybe(0.85, 'Source'),
          supports: pick([null, null, 'Réalisations', 'réalisations', 'Impact', 'Effet']),
        });
    }
  }
  return {
    Actions: A,
    Indicateurs: I,
    Preuves: P,
    Partenaires: [
      { name: 'P1', sector: 'Santé' },
      { name: 'P2', sector: 'santé' },
      { name: 'P3', sector: 'Social' },
      { name: 'P4', sector: null },
      { name: 'P5', sector: 'Éducation' },
      { name: 'P6', sector: 'Association', orgType: 'Habitants / usagers' },
      { name: 'P7', sector: 'collectivité territoriale', orgType: 'habitants / usagers' },
    ],
    Instances: [
      { kind: 'COPIL', invited: 8, present: 6, inhabitants: 2, minutes: 'OUI' },
      { kind: 'copil', invited: 5, present: 5, minutes: 'NON' },
      { kind: 'COTECH', invited: null, present: 3, inhabitants: 1, minutes: null },
    ],
  };
}

/** The same for `cpts`: zero denominators, blanks, all engagement levels. */
export function cptsFixture(seed: number, projects: number): Record<string, Row[]> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const maybe = <T>(p: number, v: T): T | null => (r() < p ? v : null);
  const int = (max: number) => Math.floor(r() * max);
  const ids = Array.from({ length: projects }, (_, i) => `Projet ${i + 1}`);
  const Pr: Row[] = ids.map((id) => {
    const respondents = pick([0, int(50), int(50)]);
    return {
      id,
      engagedInformation: maybe(0.8, int(120)),
      engagedConcertation: maybe(0.6, int(40)),
      engagedCollaboration: maybe(0.5, int(15)),
      engagedPartnership: maybe(0.4, int(5)),
      partners: maybe(0.8, int(6)),
      direct: maybe(0.8, pick(['OUI', 'NON'])),
      invited: maybe(0.9, pick([0, int(200)])),
      participants: maybe(0.9, int(100)),
      respondents: maybe(0.9, respondents),
      satisfied: maybe(0.8, int(respondents + 1)),
      recommend: maybe(0.8, int(respondents + 1)),
      heard: maybe(0.7, int(respondents + 1)),
      understood: maybe(0.7, int(respondents + 1)),
    };
  });
  const Po: Row[] = ids.map((id) => ({
    project: id,
    surveyed: maybe(0.8, pick([0, int(60)])),
    betterUnderstanding: maybe(0.8, int(40)),
    scoreBefore: maybe(0.7, Math.round(r() * 200) / 10),
    scoreAfter: maybe(0.7, Math.round(r() * 200) / 10),
    referred: maybe(0.8, pick([0, int(30)])),
    presented: maybe(0.8, pick([0, int(40)])),
    used: maybe(0.8, int(20)),
    determinantsSocial: maybe(0.6, pick(['OUI', 'NON'])),
    determinantsOrganisational: maybe(0.6, pick(['OUI', 'NON'])),
    difficultiesBefore: maybe(0.8, pick([0, int(30)])),
    difficultiesAfter: maybe(0.8, int(30)),
  }));
  const Pv: Row[] = [];
  for (const id of ids) {
    for (const kind of PROOFS) {
      if (r() < 0.7)
        Pv.push({
          key: id,
          type: kind,
          proof: maybe(0.9, 'x'),
          source: maybe(0.8, 's'),
          supports: maybe(0.3, pick(['Réalisations', 'Résultat', 'Impact'])),
        });
    }
  }
  const missions = [
    'Accès aux soins',
    'Prévention',
    'Parcours pluriprofessionnels',
    'Qualité et pertinence',
  ];
  for (let k = 1; k <= 14; k++) {
    for (const kind of PROOFS)
      if (r() < 0.4) Pv.push({ aciIndicator: `Indicateur ${k}`, type: kind, proof: 'x' });
  }
  // Codes repeated across projects, in both cases, numbers and texts of numbers (7 ≠ "7").
  const codes = ['UP-01', 'up-01', 'UP-02', 'UP-3', 7, '7', 'UP-*', ' UP-02'];
  const Up: Row[] = ids.slice(0, 20).map((id) => ({
    code: maybe(0.9, pick(codes)),
    project: maybe(0.8, id),
    phase: maybe(0.7, pick(['Information', 'Concertation', 'Collaboration', 'Partenariat'])),
  }));
  const out: Record<string, Row[]> = {
    UsagersPartenaires: Up,
    Projets: Pr,
    Population: Po,
    Preuves: Pv,
    ACI: [
      // Last year's balance: paid in full, in part, above it, paid without a balance typed.
      {
        mission: 'Accès aux soins',
        fixed: 30000,
        variableMax: 20000,
        advance: 22500,
        paid: 100,
        prevDue: 21500,
        prevPaid: 21500,
      },
      {
        mission: 'Prévention',
        fixed: null,
        variableMax: 10000,
        advance: 5000,
        paid: 9000,
        prevDue: 4000.25,
        prevPaid: 1000,
      },
      { mission: 'Parcours pluriprofessionnels', fixed: 12000.5, variableMax: 7000, prevPaid: 300 },
      {
        mission: 'Qualité et pertinence',
        fixed: 8000,
        variableMax: 8000,
        advance: 6000,
        prevDue: 2000,
        prevPaid: 2500,
      },
      { mission: 'Fonctionnement de la CPTS', fixed: 60000, advance: 45000, paid: 15000 },
    ],
    // Zero and blank targets, caps above and below 100 %, weights not summing to 100 %,
    // achieved above target, an indicator without mission.
    IndicateursACI: Array.from({ length: 14 }, (_, k) => ({
      mission: k === 13 ? null : pick(missions),
      id: `Indicateur ${k + 1}`,
      kind: maybe(0.8, pick(['Moyens', 'Action', 'Résultat'])),
      weight: maybe(0.9, pick([0, 0.25, 0.5, 0.3, 1])),
      target: maybe(0.85, pick([0, 1, int(200) + 1])),
      achieved: maybe(0.85, pick([0, int(260), 1.3])),
      cap: maybe(0.3, pick([0.8, 1, 1.2])),
    })),
    DepensesACI: Array.from({ length: 12 }, (_, k) => ({
      mission: maybe(0.9, pick([...missions, 'Fonctionnement de la CPTS'])),
      label: `Dépense ${k + 1}`,
      amount: maybe(0.9, pick([0, int(20000), 1234.56])),
    })),
    // Levels out of order, for known and unknown indicators, a text threshold; a few indicators
    // to bring down, with or without a starting value (drawn last: the rows above stay as they were).
    PaliersACI: Array.from({ length: 10 }, () => ({
      indicator: pick([`Indicateur ${int(15) + 1}`, 'indicateur 3', 'Inconnu']),
      threshold: maybe(0.9, pick([0, 1, int(200), '50'])),
      granted: maybe(0.9, pick([0.25, 0.5, 1, 1.5])),
    })),
  };
  for (const row of out['IndicateursACI'] as Row[]) {
    row['direction'] = maybe(0.4, pick(['Baisse souhaitée', 'Hausse souhaitée']));
    row['baseline'] = maybe(0.3, pick([0, int(300)]));
  }
  return out;
}

/**
 * Answer both self-assessment grids (`evaluation`) with awkward but possible entries: blanks,
 * answers in another case (« oui », « en cours »), Non concerné, text outside the list, a number,
 * extra items of a known and of an unknown dimension, a cooperation level in lower case or unknown.
 */
export function evaluationFixture(
  seed: number,
  items: { impact: string[]; collective: string[]; dimensions: string[] },
): Record<string, Row[]> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const answers = ['OUI', 'En cours', 'NON', 'Non concerné', 'oui', 'en cours', 'Peut-être', 7];
  const answer = () => (r() < 0.15 ? null : pick(answers));
  const grid = (codes: string[]): Row[] => [
    ...codes.map((code) => ({ code, answer1: answer(), answer2: answer() })),
    {
      code: 'X1',
      dimension: pick(items.dimensions),
      item: 'Élément ajouté par l’équipe',
      answer1: 'OUI',
      answer2: answer(),
    },
    { code: 'X2', dimension: 'Dimension inconnue', item: 'Autre', answer1: 'NON', answer2: 'OUI' },
  ];
  const levels = ['Concurrence', 'coordination', 'Intégration', 'Entente', 3, null];
  return {
    Evaluations: [
      { id: 'Évaluation 1', date: new Date(Date.UTC(2025, 0, 15)), cooperation: pick(levels) },
      { id: 'Évaluation 2', date: new Date(Date.UTC(2026, 0, 15)), cooperation: pick(levels) },
    ],
    GrilleImpact: grid(items.impact),
    ImpactsCollectifs: grid(items.collective),
  };
}
