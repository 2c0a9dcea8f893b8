import type { ColumnDef, ListDef, SummaryDef, TableDef, Text } from './types';
import { L, PROOF_LINKS_LIST } from './shared';

/*
 * The user-involvement pieces of `cpts` version 2 that follow seed 003 (« Comment faire vivre ma
 * CPTS avec et pour les usagers ? »): users engaged in each phase of a project, the usagers
 * partenaires as distinct people (a pseudonymous code, never a name), the three families of
 * determinants, and the proofs counted as in `ca` (seed 000).
 */

/** The four phases of engagement of seed 003, in order, with the column of each. */
export const ENGAGEMENT_PHASES = [
  {
    id: 'engagedInformation',
    phase: 'Information',
    summary: 'CPTS_NbInformation',
    users: 'CPTS_UsagersInformation',
  },
  {
    id: 'engagedConcertation',
    phase: 'Concertation',
    summary: 'CPTS_NbConcertation',
    users: 'CPTS_UsagersConcertation',
  },
  {
    id: 'engagedCollaboration',
    phase: 'Collaboration',
    summary: 'CPTS_NbCollaboration',
    users: 'CPTS_UsagersCollaboration',
  },
  {
    id: 'engagedPartnership',
    phase: 'Partenariat',
    summary: 'CPTS_NbPartenariat',
    users: 'CPTS_UsagersPartenariat',
  },
] as const;

/** Seed 003's example action of each phase, shown where the user types. */
const PHASE_HELP: Record<string, Text> = {
  Information: {
    fr: "Usagers ou habitants touchés par les actions d'information ou de prévention du projet (« Taux de participation des habitants aux actions de prévention ou d'information »).",
    en: 'Users or inhabitants reached by the information or prevention actions of the project.',
  },
  Concertation: {
    fr: 'Usagers consultés, par exemple par une « enquête citoyenne pour sonder le besoin d’accès aux soins ».',
    en: 'Users consulted, e.g. by a citizens’ survey on access to care.',
  },
  Collaboration: {
    fr: 'Usagers associés à la réflexion, par exemple les comités citoyens d’un « Forum Santé “Accès aux soins” » bâti sur les retours d’enquête.',
    en: 'Users involved in the thinking, e.g. citizens’ committees of a health forum.',
  },
  Partenariat: {
    fr: "Usagers partenaires qui définissent l'action dès sa conception, « intégrés dans les membres pilotes du groupe de travail de la CPTS ».",
    en: 'Partner users who design the action from the start, members of the steering working group.',
  },
};

/** Users engaged in each phase of a project (seed 003: « les différentes phases du projet »). */
export const engagementColumns: ColumnDef[] = ENGAGEMENT_PHASES.map((p) => ({
  id: p.id,
  header: `Usagers engagés en ${p.phase.toLowerCase()}`,
  kind: 'integer',
  width: 13,
  help: PHASE_HELP[p.phase],
}));

/** The partner users of one project; the people, across projects, are counted on their sheet. */
export const PARTNERS_HELP: Text = {
  fr: 'Usagers partenaires de ce projet. Une même personne compte dans chacun de ses projets : les personnes distinctes se comptent sur la feuille « Usagers partenaires » (un code par personne).',
  en: 'Partner users of this project. One person counts in each of their projects: distinct people are counted on the Usagers partenaires sheet.',
};

/** The denominator of seed 003's « Taux de recours aux dispositifs présentés lors des actions ». */
export const PRESENTED_HELP: Text = {
  fr: 'Personnes à qui le dispositif (ressource, consultation, dépistage…) a été présenté lors de l’action : le taux de recours se lit sur elles, pas sur les personnes orientées.',
  en: 'People the service was presented to during the action: the uptake rate is over them, not over the people referred.',
};

/** Seed 003's « autres déterminants de santé », as its three families. */
export const DETERMINANT_FAMILIES = [
  {
    id: 'determinantsSocial',
    header: 'Déterminants sociaux (isolement, précarité, soutien social)',
    summary: 'CPTS_NbDeterminantsSociaux',
    family: 'sociaux',
    en: 'social',
  },
  {
    id: 'determinantsEnvironmental',
    header: 'Déterminants environnementaux (logement, transport, cadre de vie)',
    summary: 'CPTS_NbDeterminantsEnvironnementaux',
    family: 'environnementaux',
    en: 'environmental',
  },
  {
    id: 'determinantsOrganisational',
    header: 'Déterminants organisationnels (services de santé publique)',
    summary: 'CPTS_NbDeterminantsOrganisationnels',
    family: 'organisationnels',
    en: 'organisational',
  },
] as const;

export const determinantColumns: ColumnDef[] = DETERMINANT_FAMILIES.map((d) => ({
  id: d.id,
  header: d.header,
  kind: 'choice',
  list: L.ouiNon,
  width: 16,
  help: {
    fr: `OUI si l'action contribue, à l'échelle du territoire, aux déterminants ${d.family} de la santé (« Contribution à l'échelle territoriale aux autres déterminants de santé »).`,
    en: `OUI when the action contributes, across the territory, to the ${d.en} determinants of health.`,
  },
}));

export const USAGERS_TABLE = 'UsagersPartenaires';

/** One row per participation of an usager partenaire: a code, never a name or health data. */
export function usagersTable(sheet: string): TableDef {
  return {
    name: USAGERS_TABLE,
    merge: 'own',
    sheet,
    description: {
      fr: "Une ligne par participation d'un usager partenaire à un projet ou à une instance. Le code est choisi par la CPTS (UP-01, UP-02…) : jamais un nom ni une donnée de santé ; la correspondance code – personne reste hors du classeur.",
      en: 'One row per participation of a partner user in a project or a body. The code is chosen by the CPTS: never a name or health data.',
    },
    columns: [
      {
        id: 'code',
        header: 'Code (pseudonyme)',
        kind: 'text',
        required: true,
        width: 20,
        help: {
          fr: 'Un code choisi par la CPTS (UP-01…), le même pour une personne dans tous ses projets. Jamais un nom ni une donnée de santé.',
          en: 'A code chosen by the CPTS, the same for one person across projects. Never a name or health data.',
        },
      },
      {
        id: 'project',
        header: 'Projet ou action',
        kind: 'reference',
        list: 'ListeProjets',
        width: 32,
      },
      {
        id: 'body',
        header: 'Instance de gouvernance',
        kind: 'choice',
        list: 'InstancesCPTS',
        width: 26,
      },
      {
        id: 'phase',
        header: "Phase d'engagement",
        kind: 'choice',
        list: 'NiveauxEngagement',
        width: 16,
      },
    ],
    spareRows: 60,
  };
}

export const usagersLists: ListDef[] = [
  {
    name: 'InstancesCPTS',
    title: 'Instances de la CPTS',
    values: [
      'Comité des usagers',
      "Conseil d'administration",
      'Bureau',
      'Assemblée générale',
      'Groupe de travail',
    ],
    extensible: true,
  },
  PROOF_LINKS_LIST,
];

const P = 'Projets';
const section = {
  projects: { fr: 'Projets et engagement des usagers', en: 'Projects and user engagement' },
  population: { fr: 'Population', en: 'Population' },
};

/**
 * Per phase, the projects engaging users in it (the contract's `CPTS_Nb…`, a count of projects as
 * in version 1), then the users engaged in it summed over the projects (the chart reads these).
 */
export const phaseSummaries: SummaryDef[] = [
  ...ENGAGEMENT_PHASES.map((p): SummaryDef => ({
    name: p.summary,
    label: {
      fr: `Projets engageant des usagers en phase « ${p.phase} »`,
      en: `Projects engaging users in the “${p.phase}” phase`,
    },
    format: 'integer',
    section: section.projects,
    expr: { op: 'countPositive', table: P, column: p.id },
  })),
  ...ENGAGEMENT_PHASES.map((p): SummaryDef => ({
    name: p.users,
    label: {
      fr: `Usagers engagés en phase « ${p.phase} »`,
      en: `Users engaged in the “${p.phase}” phase`,
    },
    format: 'integer',
    section: section.projects,
    expr: { op: 'sum', table: P, column: p.id },
  })),
];

/** Distinct usagers partenaires (one code, one person), then the sum over projects. */
export const partnerSummaries: SummaryDef[] = [
  {
    name: 'CPTS_UsagersPartenaires',
    label: {
      fr: 'Usagers partenaires impliqués (personnes distinctes)',
      en: 'Partner users involved (distinct people)',
    },
    format: 'integer',
    section: section.projects,
    expr: { op: 'distinct', table: USAGERS_TABLE, column: 'code' },
  },
  {
    name: 'CPTS_UsagersPartenairesParProjet',
    label: {
      fr: 'Usagers partenaires additionnés projet par projet',
      en: 'Partner users added project by project',
    },
    format: 'integer',
    section: section.projects,
    expr: { op: 'sum', table: P, column: 'partners' },
  },
];

const sumOf = (table: string, column: string) => ({ op: 'sum' as const, table, column });

/** Seed 003's population indicators, each rate over its own population. */
export const populationSummaries: SummaryDef[] = [
  {
    name: 'CPTS_PartMieuxComprendre',
    label: {
      fr: 'Participants déclarant mieux comprendre leur santé (parmi les interrogés)',
      en: 'Participants who understand their health better (among those asked)',
    },
    format: 'percent',
    section: section.population,
    expr: {
      op: 'ratio',
      num: sumOf('Population', 'betterUnderstanding'),
      den: sumOf('Population', 'surveyed'),
    },
  },
  {
    name: 'CPTS_NbAmbassadeurs',
    label: {
      fr: 'Usagers devenus ambassadeurs ou relais de santé',
      en: 'Users who became health ambassadors',
    },
    format: 'integer',
    section: section.population,
    expr: sumOf('Population', 'ambassadors'),
  },
  {
    name: 'CPTS_NbOrientes',
    label: {
      fr: 'Personnes orientées vers une ressource ou un professionnel adapté',
      en: 'People referred to a suitable resource or professional',
    },
    format: 'integer',
    section: section.population,
    expr: sumOf('Population', 'referred'),
  },
  {
    name: 'CPTS_TauxRecours',
    label: {
      fr: 'Taux de recours aux dispositifs présentés (recours / personnes à qui ils ont été présentés)',
      en: 'Uptake of the services presented (uptake / people they were presented to)',
    },
    format: 'percent',
    section: section.population,
    expr: {
      op: 'ratio',
      num: sumOf('Population', 'used'),
      den: sumOf('Population', 'presented'),
    },
  },
  {
    name: 'CPTS_EcartDifficultes',
    label: {
      fr: "Écart des difficultés d'accès signalées (après − avant)",
      en: 'Change in reported access difficulties (after − before)',
    },
    format: 'integer',
    section: section.population,
    expr: sumOf('Population', 'difficultiesGap'),
  },
  ...DETERMINANT_FAMILIES.map((d): SummaryDef => ({
    name: d.summary,
    label: {
      fr: `Projets contribuant aux déterminants ${d.family}`,
      en: `Projects contributing to ${d.en} determinants`,
    },
    format: 'integer',
    section: section.population,
    expr: { op: 'countIf', table: 'Population', column: d.id, value: 'OUI' },
  })),
];
