import type { ProgrammeConfig } from '../plan/options';
import type { Row } from '../values/cell';

/** The same three cases read as CPTS projects, with user-involvement figures (seeds 000, 003). */
const Q = 'Quantitatif (chiffres)';
const T = 'Qualitatif (témoignages)';
const O = 'Observable (documents, livrables)';

export const cptsExampleConfig: ProgrammeConfig = {
  nom: 'CPTS du Pays albigeois (exemple)',
  periode: { debut: '2024-07-01', fin: '2025-06-30' },
  population: 62000,
};

export const cptsExample: Record<string, Row[]> = {
  CPTS: [{ field: 'Référent·e usagers', value: 'Représentante France Assos Santé' }],
  GestionProjets: [
    {
      indicator: 'Comité ou commission des usagers créé (OUI/NON)',
      value: 'OUI',
      target: 'OUI',
      source: 'Statuts',
    },
    {
      indicator: "Charte de partenariat ou cadre d'intervention avec les usagers (OUI/NON)",
      value: 'NON',
      target: 'OUI',
      comment: 'En rédaction',
    },
    {
      indicator:
        "Nombre d'usagers partenaires impliqués (projets, actions, instances de gouvernance)",
      value: 7,
      target: 10,
    },
    {
      indicator: "Nombre d'actions de montée en compétence (formations, congrès, sensibilisations)",
      value: 3,
      target: 4,
    },
  ],
  Projets: [
    {
      id: 'Campagne formulaire de sollicitation',
      mission: 'Accès aux soins',
      level: 'Information',
      partners: 1,
      direct: 'NON',
      invited: 200,
      participants: 100,
      respondents: 40,
      satisfied: 34,
      recommend: 30,
      heard: 28,
      understood: 36,
    },
    {
      id: 'Réseau addictologie',
      mission: 'Parcours pluriprofessionnels',
      level: 'Collaboration',
      partners: 4,
      direct: 'OUI',
      invited: 90,
      participants: 64,
      respondents: 52,
      satisfied: 44,
      recommend: 41,
      heard: 40,
      understood: 47,
    },
    {
      id: 'Ateliers santé des aidants',
      mission: 'Prévention',
      level: 'Partenariat',
      partners: 2,
      direct: 'OUI',
      invited: 30,
      participants: 18,
      respondents: 0,
    },
  ],
  Population: [
    {
      project: 'Réseau addictologie',
      surveyed: 52,
      betterUnderstanding: 39,
      scoreBefore: 11,
      scoreAfter: 15.5,
      ambassadors: 3,
      referred: 25,
      used: 17,
      difficultiesBefore: 20,
      difficultiesAfter: 12,
      partnerships: 2,
      determinants: 'Organisationnels',
    },
    {
      project: 'Ateliers santé des aidants',
      surveyed: 18,
      betterUnderstanding: 15,
      ambassadors: 2,
      referred: 10,
      used: 0,
      difficultiesBefore: 0,
      difficultiesAfter: 3,
      determinants: 'Sociaux',
    },
  ],
  Preuves: [
    {
      key: 'Campagne formulaire de sollicitation',
      type: Q,
      proof: '+30 % d’utilisation du formulaire en 3 mois',
      source: 'Tableau de bord',
    },
    {
      key: 'Campagne formulaire de sollicitation',
      type: T,
      proof: '« Le formulaire est plus simple qu’avant »',
      source: 'Questionnaires',
    },
    {
      key: 'Campagne formulaire de sollicitation',
      type: O,
      proof: 'Vidéo tutorielle et webinaire',
      source: 'Supports produits',
    },
    {
      key: 'Réseau addictologie',
      type: Q,
      proof: '85 % de satisfaction',
      source: 'Questionnaires',
    },
    {
      key: 'Réseau addictologie',
      type: O,
      proof: 'Infographie « Qui contacter ? »',
      source: 'Documents internes',
    },
    {
      key: 'Ateliers santé des aidants',
      type: T,
      proof: '« Je me sens moins seule »',
      source: 'Entretiens',
    },
  ],
  ACI: [
    {
      mission: 'Accès aux soins',
      fixed: 30000,
      variableMax: 20000,
      attainment: 0.8,
      advance: 31500,
      paid: 0,
    },
    {
      mission: 'Parcours pluriprofessionnels',
      fixed: 25000,
      variableMax: 25000,
      attainment: 0.6,
      advance: 30000,
      paid: 0,
    },
    {
      mission: 'Prévention',
      fixed: 10000,
      variableMax: 10000,
      attainment: 1,
      advance: 15000,
      paid: 5000,
    },
  ],
};
