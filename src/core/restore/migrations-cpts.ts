import { DETERMINANT_FAMILIES, ENGAGEMENT_PHASES } from '../templates/cpts-usagers';
import type { ColumnDef, ListDef, SummaryDef, Text } from '../templates/types';

/** What `cpts` version 1 held that version 2 (seed 003, issue 18) reads differently. */
export const CPTS_PHASES = ENGAGEMENT_PHASES;
export const CPTS_FAMILIES = DETERMINANT_FAMILIES;

/** Version 1's one engagement level per project. */
export const CPTS_V1_LEVEL: ColumnDef = {
  id: 'level',
  header: "Niveau d'engagement des usagers",
  kind: 'choice',
  list: 'NiveauxEngagement',
  required: true,
  width: 16,
};
export const CPTS_V1_LEVEL_WHY: Text = {
  fr: 'la version 2 compte les usagers engagés dans chaque phase (colonnes « Usagers engagés en information », « … en concertation », « … en collaboration », « … en partenariat ») : reportez-y les effectifs de chaque projet.',
  en: 'version 2 counts the users engaged in each phase (columns “Usagers engagés en information” … “en partenariat”): enter each project’s numbers there.',
};

/** Version 1's one family of determinants per row. */
export const CPTS_V1_DETERMINANTS: ColumnDef = {
  id: 'determinants',
  header: 'Déterminants visés',
  kind: 'choice',
  list: 'Determinants',
  width: 18,
};
export const CPTS_V1_DETERMINANTS_LIST: ListDef = {
  name: 'Determinants',
  title: 'Déterminants',
  values: ['Sociaux', 'Environnementaux', 'Organisationnels'],
  extensible: false,
};
export const CPTS_V1_DETERMINANTS_WHY: Text = {
  fr: 'la version 2 pose une question par famille de déterminants (sociaux, environnementaux, organisationnels) : répondez OUI dans la colonne de la famille reprise.',
  en: 'version 2 asks one question per family of determinants (social, environmental, organisational): answer OUI in the column of the family carried.',
};

const section = { fr: 'Projets et engagement des usagers', en: 'Projects and user engagement' };

/** The figures of version 1 whose definition changed, as they were. */
export const CPTS_V1_SUMMARIES: SummaryDef[] = [
  {
    name: 'CPTS_UsagersPartenaires',
    label: { fr: 'Usagers partenaires impliqués', en: 'Partner users involved' },
    format: 'integer',
    section,
    expr: { op: 'sum', table: 'Projets', column: 'partners' },
  },
  ...ENGAGEMENT_PHASES.map((p): SummaryDef => ({
    name: p.summary,
    label: { fr: `Projets au niveau « ${p.phase} »`, en: `Projects at level “${p.phase}”` },
    format: 'integer',
    section,
    expr: { op: 'countIf', table: 'Projets', column: 'level', value: p.phase },
  })),
];

/** The figures new in version 2. */
export const CPTS_V2_SUMMARIES: string[] = [
  'CPTS_TauxReponse',
  'CPTS_UsagersPartenairesParProjet',
  ...ENGAGEMENT_PHASES.map((p) => p.users),
  'CPTS_TauxEcoute',
  'CPTS_TauxComprehension',
  'CPTS_PartMieuxComprendre',
  'CPTS_NbAmbassadeurs',
  'CPTS_NbOrientes',
  'CPTS_TauxRecours',
  'CPTS_EcartDifficultes',
  ...DETERMINANT_FAMILIES.map((d) => d.summary),
];
