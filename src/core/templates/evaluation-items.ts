/*
 * The items of the two self-assessment grids, quoted from the seeds (test/core/evaluation checks
 * every wording against the seed text, line breaks and hyphenation aside):
 * 001_a425a694fb7c174a.txt (guide IMPACT) and 004_cd3e985497d0d32e.txt (Approche Impacts
 * Collectifs, ANCT). A `repere` joined by « — » quotes each of its parts.
 */

export interface GridItem {
  code: string;
  /** The row of the scores table the item counts for. */
  dimension: string;
  repere: string;
  text: string;
}

export const START = 'Au départ il faut';
export const TOWARDS = 'Pour progressivement aller vers';

/** The four dimensions of the conditions socles d'implémentation (seed 001, 1A–4B). */
export const IMPACT_DIMENSIONS = [
  'Les professionnels',
  'Le territoire',
  "Le lieu d'intervention",
  'La structuration et le financement',
] as const;
export const REGISTRES = "Registres d'activités";
export const CRITERES = 'Critères de qualité';

const socle = (n: 1 | 2 | 3 | 4, column: 'A' | 'B', texts: string[]): GridItem[] =>
  texts.map((text, i) => ({
    code: `${n}${column}.${i + 1}`,
    dimension: IMPACT_DIMENSIONS[n - 1],
    repere: column === 'A' ? START : TOWARDS,
    text,
  }));

const INDIVIDUAL = 'Accompagnements individuels';
const COLLECTIVE = 'Démarches collectives / territoriales';
const registre = (code: string, domain: string, axis: string, text: string): GridItem => ({
  code,
  dimension: REGISTRES,
  repere: `${domain} — ${axis}`,
  text,
});

const critere = (n: number, text: string): GridItem => ({
  code: `Q${n}`,
  dimension: CRITERES,
  repere: `Critère ${n}`,
  text,
});

export const IMPACT_ITEMS: GridItem[] = [
  ...socle(1, 'A', [
    'Vous formez déjà une équipe d’au moins 3 paramédicaux vous inscrivant dans un lieu ou organisation de soin qui comprend au moins deux médecins généralistes.',
    'Vous partagez une approche globale et non-paternaliste de la santé et du soin.',
    'Votre équipe de soins primaires est prête à s’ouvrir aux coopérations locales et intersectorielles.',
    'Au moins un membre de votre équipe a une expérience ou une formation en prévention/promotion de la santé.',
    'Vous avez envie de vous inscrire dans un projet d’équipe à long terme.',
  ]),
  ...socle(1, 'B', [
    'Vous formez une équipe complète, impliquant des professionnel•les médicaux et paramédicaux, intervenant•es en soins non conventionnés, de la médiation santé, et un temps de coordination.',
    'Vous développez une connaissance et une confiance en vos compétences respectives',
    'Vous partagez un même logiciel métier pluriprofessionnel et un dossier commun par patient•e.',
    'Les patient•es ont toute leur place dans les processus de décisions pour leur santé et pour définir les règles de fonctionnement du dispositif.',
    'L’intégration de professions d’autres secteurs est acquise : médiation santé, psychologie, éducation à l’activité physique adaptée, travail social, sophrologie…',
    'Votre équipe se forme à la participation en santé, la santé communautaire, l’éducation thérapeutique, la gestion de cas, les thérapies complémentaires, l’interculturalité, la littératie en santé…',
    'Le dispositif est coordonné, pérenne, et permet l’intégration de nouveaux intervenants et l’évolution des règles de fonctionnement.',
  ]),
  ...socle(2, 'A', [
    'Vous êtes implanté•es au sein d’un territoire de proximité ou quartier « vécu », à l’échelle du lieu de vie des habitant•es.',
    'Vous exercez dans un quartier urbain dit prioritaire ou politique de ville (QPV) ou certaines zones rurales défavorisées.',
    'Vous connaissez les caractéristiques de la population de votre territoire d’exercice.',
  ]),
  ...socle(2, 'B', [
    'Votre dispositif est connu et accessible par les acteurs et actrices du territoire et vous construisez des ponts et des relais avec les autres dispositifs d’accompagnement.',
    'Votre territoire de santé de proximité immédiate est bien défini.',
    'Vous réalisez ou participez régulièrement à un diagnostic participatif des besoins de santé de la population.',
  ]),
  ...socle(3, 'A', [
    'Vous êtes prêts à dédier un lieu dans vos locaux professionnels au dispositif.',
    'Il s’agit au moins d’un bureau de consultation et de créneaux dans une salle collective.',
    'Ce lieu ou une partie de ce lieu est dédié à la santé.',
  ]),
  ...socle(3, 'B', [
    'Un lieu est dédié au dispositif, au cœur du quartier.',
    'Les habitant•es comme les professionnel•les peuvent facilement identifier et accéder au lieu.',
    'Ce lieu est ouvert, convivial et permet une réelle appropriation du dispositif par les patient•es et les habitant•es.',
  ]),
  ...socle(4, 'A', [
    'Vous disposez d’une structure juridique avec un numéro FINESS.',
    'Vous envisagez un outil numérique pluriprofessionnel.',
    'Vous avez identifié une possibilité de financement du dispositif.',
  ]),
  ...socle(4, 'B', [
    'Le portage juridique et financier du dispositif est établi.',
    'Le partage des informations de santé est mis en œuvre dans le dossier unique de chaque patient•e, assorti d’une messagerie interne sécurisée. Ce système d’information permet en outre de suivre l’activité du dispositif.',
    'Un financement pluriannuel dédié est acquis.',
  ]),
  registre('R1', 'Coordination des soins', INDIVIDUAL, 'Accompagnateur•trice santé.'),
  registre(
    'R2',
    'Coordination des soins',
    COLLECTIVE,
    'Concertations pluriprofessionnelles et intersectorielles. Réseau intersectoriel de partenaires locaux.',
  ),
  registre(
    'R3',
    'Soins de supports et thérapies complémentaires',
    INDIVIDUAL,
    'Consultations de soins non conventionnés.',
  ),
  registre(
    'R4',
    'Soins de supports et thérapies complémentaires',
    COLLECTIVE,
    'Ateliers thématiques autour du lien social. Groupes de travail. Séances thérapeutiques.',
  ),
  registre(
    'R5',
    'Accès aux droits en santé et recours aux soins',
    INDIVIDUAL,
    'Médiation santé et aide aux démarches administratives. Orientation vers les services sociaux. Suivi et accompagnements aux rendez-vous médicaux.',
  ),
  registre(
    'R6',
    'Accès aux droits en santé et recours aux soins',
    COLLECTIVE,
    'Communication autour du dispositif, sur les recours possibles et les actions de prévention.',
  ),
  registre(
    'R7',
    'Soutien de proximité aux professionnels médico-sociaux',
    INDIVIDUAL,
    'Recours simple pour les professionnel•les de santé – Fiche de Saisine.',
  ),
  registre(
    'R8',
    'Soutien de proximité aux professionnels médico-sociaux',
    COLLECTIVE,
    'Appui pour mettre en place, coordonner et/ou faire connaitre des actions de prévention. Animation d’un lieu dédié à la santé globale au cœur du quartier. Formation « culture commune » réunissant soignant•es et travailleurs•euses du social.',
  ),
  critere(
    1,
    'La construction d’une culture commune entre les professionnel•les de l’équipe IMPACT, avec une position réflexive sur sa pratique, des pratiques de compagnonnage',
  ),
  critere(
    2,
    'Le principe du partage d’informations dans l’équipe IMPACT, avec des outils de communication, accessibles et sécurisés, notamment numériques',
  ),
  critere(
    3,
    'L’adhésion des professionnel•les du territoire qui orientent vers le dispositif, avec un recours simple, une communication active autour du dispositif et des espaces collectifs de travail au-delà de la prise en charge des patient•es.',
  ),
  critere(
    4,
    'Une analyse de la situation et l’accompagnement centrés sur les patient•es, avec des conditions d’accueil et d’écoute souples et adaptées, des propositions qui partent des conditions de vie et des contraintes des patient•es, avec une stratégie de maintien de la motivation.',
  ),
  critere(
    5,
    'L’implication / la participation des patient•es dans leurs parcours et au fonctionnement du dispositif, avec une adaptation du dispositif en fonction de leurs contributions, un affichage clair des rôles de chacun, des espaces collectifs dirigés mais aussi libres et évolutifs.',
  ),
  critere(
    6,
    'Le développement des liens sociaux entre patient•es-habitant•es, avec la création d’espaces d’échange dans et hors IMPACT, les approches psycho-corporelles, l’implication des proches-aidant•es.',
  ),
  critere(
    7,
    'L’accompagnement vers la sortie du dispositif, en développant le partenariat avec les acteurs et actrices pouvant prendre le relais sur les activités proposées dans IMPACT, l’accompagnement collectif vers ces structures et en veillant aux liens post-prise en charge.',
  ),
  critere(
    8,
    'Un soutien financier des institutions et collectivités locales, en les informant régulièrement de ce qui est mis en œuvre.',
  ),
];

/** The rows of the IMPACT scores: the four dimensions, the registres, the criteria. */
export const IMPACT_SCORE_ROWS = [...IMPACT_DIMENSIONS, REGISTRES, CRITERES];

export const PRECONDITIONS = 'Préconditions';
/** The 5 conditions of seed 004, in its order. */
export const CONDITIONS = [
  'Engagement inclusif',
  "Vision partagée & plan d'actions commun",
  'Structure de soutien',
  'Apprentissage stratégique',
  'Stratégie à fort effet de levier',
] as const;
export const CHANGE_STRATEGY = 'Stratégie de changement';

const CONDITION = 'Condition';
const item = (code: string, dimension: string, repere: string, text: string): GridItem => ({
  code,
  dimension,
  repere,
  text,
});

/** The 7 roles of the support structure (seed 004). */
export const SUPPORT_ROLES = [
  "Guider la vision et la stratégie d'ensemble",
  'Cultiver la confiance',
  "Soutenir l'alignement des actions",
  "Etablir un système d'évaluation commun",
  "Cultiver et maintenir l'engagement de la communauté",
  'Influencer les décideurs',
  'Mobiliser les ressources',
];

export const COLLECTIVE_ITEMS: GridItem[] = [
  item('P1', PRECONDITIONS, "Sentiment d'urgence", 'Un sentiment qui pousse à agir'),
  item(
    'P2',
    PRECONDITIONS,
    'Personnes influentes',
    'Un noyau de personnes qui possèdent une crédibilité dans leurs milieux et qui ont à cœur la résolution de problèmes. Ils ont la capacité à rassembler, sont rassembleurs et influenceurs.',
  ),
  item(
    'P3',
    PRECONDITIONS,
    'Ressources adéquates',
    "Un investissement de départ qui prend la forme d'un financement et/ou de ressources dédiées",
  ),
  item(
    'C1',
    CONDITIONS[0],
    CONDITION,
    "La participation d'un large éventail d'acteurs est nécessaire. Cela constitue une base solide pour avoir un regard systémique, une divergence d'idée et une convergence de solutions.",
  ),
  item(
    'C2',
    CONDITIONS[1],
    CONDITION,
    "Toutes les personnes actrices ont une vision commune de changement, incluant une compréhension partagée de la situation et une approche commune pour passer à l'action.",
  ),
  item(
    'C2.1',
    CONDITIONS[1],
    'La vision commune',
    "Les acteurs ont développé une lecture commune de la situation et ont défini une vision d'avenir du changement qu'ils connaissent et partagent.",
  ),
  item(
    'C2.2',
    CONDITIONS[1],
    'La vision commune',
    "La vision s'énonce par une phrase concise, claire, optimiste et inspirante",
  ),
  item(
    'C3',
    CONDITIONS[2],
    CONDITION,
    "La création et la gestion d'impact requièrent un mode de fonctionnement agile qui permet de garder le cap sur le changement souhaité.",
  ),
  ...SUPPORT_ROLES.map((role, i) =>
    item(`C3.${i + 1}`, CONDITIONS[2], `Rôle ${i + 1} de la structure de soutien`, role),
  ),
  item(
    'C4',
    CONDITIONS[3],
    CONDITION,
    "L'évaluation est un levier qui permet d'apprendre et de s'ajuster en cours de route. L'apprentissage constitue donc un investissement qui propulse le collectif vers le changement souhaité.",
  ),
  item(
    'C5',
    CONDITIONS[4],
    CONDITION,
    'prioriser des projets influents et alignés avec la stratégie de changement',
  ),
  item(
    'S1',
    CHANGE_STRATEGY,
    'Changements directs',
    'Quelles seront les transformations de connaissances nécessaires pour que les changements de pratique et de comportement puissent se produire ?',
  ),
  item(
    'S2',
    CHANGE_STRATEGY,
    'Changements intermédiaires',
    'Quelles seront les transformations de pratique des organisations et les transformations de comportement des habitants pour que le changement de culture puisse se produire ?',
  ),
  item(
    'S3',
    CHANGE_STRATEGY,
    'Changement ultime',
    'Quelle sera la transformation de culture/mode de vie visée pour cheminer vers cette vision ?',
  ),
];

export const COLLECTIVE_SCORE_ROWS = [PRECONDITIONS, ...CONDITIONS, CHANGE_STRATEGY];

/** The continuum of cooperation (seed 004), from rivalry to trust: its rank is the level. */
export const CONTINUUM: { level: string; description: string }[] = [
  {
    level: 'Concurrence',
    description:
      "Concurrence pour l'image, les ressources, les bénéficiaires, les partenaires ou l'attention du public.",
  },
  { level: 'Coexistence', description: 'Absence de lien systématique entre les organisations.' },
  { level: 'Communication', description: "Échanges d'information, réseautage, etc." },
  {
    level: 'Assistance',
    description:
      "Relation fonctionnelle et souvent informelle, se manifestant généralement autour de projets et d'actions.",
  },
  {
    level: 'Coordination',
    description:
      "Les organisations s'ajustent et harmonisent systématiquement leurs efforts afin d'obtenir de meilleures retombées.",
  },
  {
    level: 'Collaboration',
    description:
      'Interactions durables basées sur une mission, une vision, des objectifs, des décisions et des ressources partagés.',
  },
  {
    level: 'Intégration',
    description: 'Programmes, vision, planification et financement pleinement intégrés.',
  },
];

/** The answers of both grids and what each weighs in a score (Non concerné is left out). */
export const ANSWERS = { yes: 'OUI', partial: 'En cours', no: 'NON', notConcerned: 'Non concerné' };
