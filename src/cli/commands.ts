import { optionLabel, UsageError, type OptionSpec, type ParsedArgs } from './args';

/** Where a command writes: stdout for the report, stderr for messages and progress. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * A subcommand of `trepied`: its grammar and help as data, and its front end loaded only when
 * it runs (the other commands' modules, ExcelJS among them, are never loaded for nothing).
 */
export interface CommandSpec {
  name: string;
  /** Positionals as shown in the usage line. */
  args: string;
  summary: string;
  options: OptionSpec[];
  /** Further help lines (examples, exit codes). */
  details?: string[];
  run: (args: ParsedArgs, io: Io) => Promise<number>;
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', help: 'affiche cette aide' };
const FORCE: OptionSpec = {
  name: 'force',
  help: 'remplace le fichier de sortie s’il existe déjà (jamais un fichier d’entrée)',
};
const LANG: OptionSpec = {
  name: 'lang',
  value: 'fr|en',
  help: 'langue des textes (fr par défaut)',
};
const OUTPUT: OptionSpec = { name: 'output', short: 'o', value: 'fichier.xlsx', help: '' };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'new',
    args: '<ca|cpts|evaluation> <fichier.xlsx>',
    summary: 'crée un classeur de suivi vide, ou rempli avec --example',
    options: [
      { name: 'example', help: 'remplit le classeur avec les données d’exemple (fictives)' },
      {
        name: 'config',
        value: 'programme.json',
        help: 'paramètre le programme (nom, période, territoires, publics, partenaires, population)',
      },
      { ...LANG, help: 'langue des aides, messages de validation et libellés (fr par défaut)' },
      FORCE,
      {
        name: 'from',
        value: 'classeur-an-dernier.xlsx',
        help: 'part du classeur de l’an dernier (programme, partenaires, objectifs, listes, actions reconduites et leurs indicateurs)',
      },
      {
        name: 'valeur-initiale',
        value: 'cumul|toutes|inchangee',
        help: 'avec --from : la valeur réalisée devient la valeur initiale des indicateurs cumulés (cumul, par défaut), de tous, ou d’aucun',
      },
      {
        name: 'avec',
        value: 'evaluation',
        help: 'ajoute au classeur ca ou cpts les feuilles de l’auto-évaluation de la démarche',
      },
    ],
    details: [
      'Modèles :',
      '  ca          Coopérative d’acteurs : suivi des actions',
      '  cpts        Implication des usagers dans la CPTS',
      '  evaluation  Auto-évaluation de la démarche (grilles IMPACT et Impacts collectifs)',
      'Exemple : trepied new ca suivi-2025.xlsx --config programme.json',
      'Année suivante : trepied new ca suivi-2026.xlsx --from suivi-2025.xlsx (docs/annee-suivante.md)',
      'Exemple : trepied new ca suivi-2025.xlsx --avec evaluation',
    ],
    run: async (a, io) => (await import('./new')).runNew(a, io.out),
  },
  {
    name: 'check',
    args: '<classeur.xlsx>',
    summary: 'contrôle un classeur : problèmes, chiffres clés, triangulation des preuves',
    options: [
      { name: 'json', help: 'rapport JSON sur la sortie standard (pour un autre programme)' },
      {
        name: 'write',
        value: 'rapport.xlsx',
        help: 'écrit une copie du classeur avec la feuille Contrôles et les cellules en cause surlignées',
      },
      {
        name: 'precedent',
        value: 'classeur-an-dernier.xlsx',
        help: 'compare avec l’an dernier : évolution de chaque chiffre clé et de chaque indicateur',
      },
      { ...LANG, help: 'langue du rapport (fr par défaut)' },
      FORCE,
    ],
    details: [
      'Codes de sortie : 0 aucune erreur (avertissements possibles), 1 erreurs trouvées, 2 classeur illisible ou commande invalide.',
      'Exemple : trepied check suivi.xlsx --write suivi-controle.xlsx',
      'Avec l’an dernier : trepied check suivi-2026.xlsx --precedent suivi-2025.xlsx',
    ],
    run: async (a, io) => (await import('./check')).runCheck(a, io),
  },
  {
    name: 'upgrade',
    args: '<classeur.xlsx>',
    summary: 'recrée un classeur à la version courante de son modèle, avec toutes ses saisies',
    options: [{ ...OUTPUT, required: true, help: 'classeur à créer (obligatoire)' }, FORCE],
    details: ['Exemple : trepied upgrade suivi-2024.xlsx -o suivi-2024-v2.xlsx'],
    run: async (a, io) => (await import('./upgrade')).runUpgrade(a, io),
  },
  {
    name: 'merge',
    args: '<classeur.xlsx> <classeur.xlsx>…',
    summary: 'réunit les classeurs des partenaires dans un nouveau classeur, avec la provenance',
    options: [
      { ...OUTPUT, help: 'classeur à créer (obligatoire sauf avec --check)' },
      { name: 'renumber', help: 'renumérote un N° action présent dans plusieurs classeurs' },
      { name: 'check', help: 'n’écrit rien : dit ce qui serait fusionné et chaque conflit' },
      FORCE,
    ],
    details: [
      'Codes de sortie : 0 écrit, 1 écrit avec un identifiant resté en double, 2 rien n’est écrit.',
      'Exemple : trepied merge partenaires/*.xlsx -o programme.xlsx --renumber',
    ],
    run: async (a, io) => (await import('./merge')).runMerge(a, io),
  },
  {
    name: 'bilan',
    args: '<classeur.xlsx>',
    summary: 'écrit le bilan d’une période (trimestre ou année), prêt à imprimer',
    options: [
      { name: 'periode', value: 'T1|T2|T3|T4|annuel', required: true, help: 'période du bilan' },
      { name: 'porteur', value: 'NOM', help: 'bilan d’un seul porteur (sinon tout le programme)' },
      {
        name: 'precedent',
        value: 'classeur-an-dernier.xlsx',
        help: 'avec --periode annuel : ajoute l’évolution depuis l’an dernier (chiffres clés, indicateurs)',
      },
      { ...OUTPUT, required: true, help: 'bilan à créer (obligatoire)' },
      { ...LANG, help: 'langue du bilan (fr par défaut)' },
      FORCE,
    ],
    details: [
      'Exemple : trepied bilan suivi.xlsx --periode T2 -o bilan-T2.xlsx',
      'Avec l’an dernier : trepied bilan suivi-2026.xlsx --periode annuel --precedent suivi-2025.xlsx -o bilan-2026.xlsx',
    ],
    run: async (a, io) => (await import('./bilan')).runBilan(a, io),
  },
  {
    name: 'dialogue',
    args: '<classeur.xlsx>',
    summary: 'écrit le dialogue de gestion ACI d’une CPTS, une page imprimable par mission',
    options: [
      { name: 'mission', value: 'MISSION', help: 'une seule mission (sinon toutes)' },
      { ...OUTPUT, required: true, help: 'classeur à créer (obligatoire)' },
      { ...LANG, help: 'langue (fr par défaut)' },
      FORCE,
    ],
    details: ['Exemple : trepied dialogue usagers.xlsx --mission Prévention -o dialogue.xlsx'],
    run: async (a, io) => (await import('./dialogue')).runDialogue(a, io),
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** `trepied merge <classeur.xlsx>… -o <fichier.xlsx> [--renumber] …`: short names where they exist. */
export function usageLine(c: CommandSpec): string {
  const opts = c.options.map((o) => {
    const s = `${o.short ? `-${o.short}` : `--${o.name}`}${o.value ? ` <${o.value}>` : ''}`;
    return o.required ? s : `[${s}]`;
  });
  return `trepied ${c.name} ${c.args} ${opts.join(' ')}`;
}

export function commandHelp(c: CommandSpec): string {
  const options = [...c.options, HELP_OPTION];
  const labels = options.map(optionLabel);
  const width = Math.max(...labels.map((l) => l.length)) + 2;
  return [
    `trepied ${c.name} — ${c.summary}`,
    '',
    `Usage : ${usageLine(c)}`,
    '',
    'Options :',
    ...options.map((o, i) => `  ${labels[i]!.padEnd(width)}${o.help}`),
    `  ${'--'.padEnd(width)}la suite n’est que des fichiers (pour un nom qui commence par « - »)`,
    ...(c.details ? ['', ...c.details] : []),
    '',
  ].join('\n');
}

export function toolHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'trepied — classeurs de suivi pour les CPTS et les coopératives d’acteurs',
    '',
    'Usage :',
    ...COMMANDS.map((c) => `  ${usageLine(c)}`),
    '',
    'Commandes :',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    '  trepied <commande> --help   aide d’une commande',
    '  trepied --version           version de l’outil',
    '',
    'Codes de sortie : 0 réussi, 1 erreurs trouvées dans le classeur, 2 entrée illisible ou commande invalide.',
    'Documentation : docs/cli.md et docs/controles.md.',
    '',
  ].join('\n');
}

/** The usage error of a command called with missing or extra arguments. */
export function usageError(name: string, why?: string): UsageError {
  const c = findCommand(name)!;
  return new UsageError(
    `${why ? `${why}\n` : ''}Usage : ${usageLine(c)}. Aide : trepied ${name} --help`,
  );
}

/**
 * The one workbook read and the file written (-o) of a command, or a usage error saying, in
 * French, what is missing or too much.
 */
export function oneInOneOut(name: string, args: ParsedArgs): { file: string; out: string } {
  const [file] = args.positionals;
  const out = args.options.get('output');
  if (!file) throw usageError(name, 'Classeur à lire manquant : indiquez le fichier .xlsx.');
  if (args.positionals.length > 1)
    throw usageError(
      name,
      `Un seul classeur à lire, pas ${args.positionals.length} (${args.positionals.map((p) => `« ${p} »`).join(', ')}) ; le fichier à écrire se donne avec -o.`,
    );
  if (!out)
    throw usageError(
      name,
      `Fichier à écrire manquant : ajoutez -o suivi de son nom (par exemple -o ${name}.xlsx) ; « ${file} » n'est jamais modifié.`,
    );
  return { file, out };
}
