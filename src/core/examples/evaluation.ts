import type { ProgrammeConfig } from '../plan/options';
import { COLLECTIVE_ITEMS, IMPACT_ITEMS, type GridItem } from '../templates/evaluation-items';
import type { Row } from '../values/cell';

/**
 * A fictive team assessing itself twice, a year apart (March 2025, March 2026): a maison de santé
 * that starts IMPACT on its quartier and joins the territory's collective-impact approach. The
 * second assessment shows progress (more OUI, a higher level of cooperation); a few items stay
 * Non concerné (they do not count in the scores).
 */
export const evaluationExampleConfig: ProgrammeConfig = {};

/** One letter per item, in the grid's order: O OUI, E En cours, N NON, X Non concerné. */
const ANSWER: Record<string, string> = { O: 'OUI', E: 'En cours', N: 'NON', X: 'Non concerné' };

// IMPACT: 1A ×5, 1B ×7, 2A ×3, 2B ×3, 3A ×3, 3B ×3, 4A ×3, 4B ×3, registres ×8, critères ×8.
const IMPACT_1 =
  'OOOEO' + 'ENNENNN' + 'OXO' + 'ENE' + 'OOE' + 'NNE' + 'OEO' + 'NNN' + 'EENEENNN' + 'EENENNNE';
const IMPACT_2 =
  'OOOOO' + 'OEEEOEE' + 'OXO' + 'OOO' + 'OOO' + 'OEO' + 'OOO' + 'OEE' + 'OOEOOEEO' + 'OOEOEENO';
// Impacts collectifs: préconditions ×3, C1, C2 ×3, C3 + 7 rôles, C4, C5, stratégie ×3.
const COLLECTIVE_1 = 'OEN' + 'E' + 'ENN' + 'N' + 'ENNNENN' + 'N' + 'N' + 'ENN';
const COLLECTIVE_2 = 'OOE' + 'O' + 'OOE' + 'E' + 'OOEEOEN' + 'E' + 'E' + 'OEN';

const NOTES: Record<string, Partial<Record<`${'comment' | 'evidence'}${1 | 2}`, string>>> = {
  '1B.1': {
    comment1: 'Pas encore de médiatrice santé.',
    comment2: 'Médiatrice santé recrutée en septembre 2025 (0,5 ETP).',
    evidence2: 'Contrat de travail, fiche de poste',
  },
  '2A.2': { comment1: 'Quartier hors QPV : ne concerne pas l’équipe.' },
  '2B.1': {
    comment2: 'Rencontres trimestrielles avec le centre social et le CCAS.',
    evidence2: 'Comptes rendus des rencontres (mars, juin, octobre 2025)',
  },
  '4B.3': {
    comment1: 'Financement annuel seulement.',
    comment2: 'Dossier de financement pluriannuel déposé auprès de l’ARS.',
  },
  Q5: {
    comment2: 'Deux patientes partenaires au comité de pilotage.',
    evidence2: 'Témoignages recueillis lors du café santé',
  },
  C3: {
    comment1: 'Pas de structure d’animation identifiée.',
    comment2: 'La coordinatrice de la CPTS anime le collectif (0,2 ETP).',
  },
  S1: { comment2: 'Connaissances des ressources du quartier par les professionnels.' },
};

function answers(items: GridItem[], first: string, second: string): Row[] {
  if (first.length !== items.length || second.length !== items.length)
    throw new Error(`exemple d’auto-évaluation : ${items.length} réponses attendues`);
  return items.map((item, i) => ({
    code: item.code,
    answer1: ANSWER[first[i] as string] ?? null,
    answer2: ANSWER[second[i] as string] ?? null,
    ...(NOTES[item.code] ?? {}),
  }));
}

export const evaluationExample: Record<string, Row[]> = {
  Evaluations: [
    {
      id: 'Évaluation 1',
      date: new Date(Date.UTC(2025, 2, 14)),
      participants: 'Médecin coordinateur, diététicienne, infirmière Asalée, coordinatrice',
      cooperation: 'Communication',
      comment: 'Première auto-évaluation, au lancement du projet.',
    },
    {
      id: 'Évaluation 2',
      date: new Date(Date.UTC(2026, 2, 20)),
      participants:
        'Médecin coordinateur, diététicienne, médiatrice santé, coordinatrice, deux patientes partenaires',
      cooperation: 'Coordination',
      comment: 'Un an après : équipe complète, lieu dédié ouvert au centre social.',
    },
  ],
  GrilleImpact: answers(IMPACT_ITEMS, IMPACT_1, IMPACT_2),
  ImpactsCollectifs: answers(COLLECTIVE_ITEMS, COLLECTIVE_1, COLLECTIVE_2),
};
