import type { Strings } from './strings';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const quoted = (xs: string[]) => xs.map((x) => `« ${x} »`).join(', ');
const SEVERITY = {
  error: ['erreur', 'erreurs'],
  warning: ['avertissement', 'avertissements'],
  info: ['information', 'informations'],
} as const;

export const fr: Strings = {
  appTitle: 'Trépied',
  tagline: 'Classeurs de suivi des CPTS et des coopératives d’acteurs',
  tabsLabel: 'Sections de Trépied',
  tabs: {
    create: 'Créer',
    check: 'Contrôler',
    indicators: 'Indicateurs',
    consolidate: 'Consolider',
  },
  english: 'English',
  englishLabel: 'Afficher le volet en anglais',
  modeExcel: 'Mode Excel',
  modeDemo: 'Mode démo (navigateur)',
  demoNoOffice: 'Office.js n’a pas pu être chargé : le volet travaille hors d’Excel.',
  demoNoHost: 'Aucun classeur Excel détecté : le volet travaille sur un classeur en mémoire.',
  demoError: (message) => `Office n’a pas démarré (${message}) : le volet travaille hors d’Excel.`,
  starting: 'Démarrage…',
  loading: 'Chargement…',
  excelTooOld: 'Cette version d’Excel est trop ancienne pour Trépied.',
  unexpected: (message) => `Erreur inattendue : ${message}`,
  create: {
    step: 'Étape 1 : créer les feuilles de suivi',
    intro: 'Choisissez le modèle, puis « Créer les feuilles ». Le reste est facultatif.',
    exampleHint: {
      ca: 'Quatre actions fictives, pour voir les contrôles et les indicateurs à l’œuvre.',
      cpts: 'Une CPTS fictive (projets, missions ACI, preuves), pour voir les contrôles et les indicateurs à l’œuvre.',
      evaluation: 'Deux auto-évaluations fictives à un an d’écart, pour voir les scores à l’œuvre.',
    },
    more: {
      ca: 'Période, territoires et publics (facultatif)',
      cpts: 'Période (facultatif)',
    },
    templateHint: {
      ca: 'Les actions d’une coopérative d’acteurs : objectifs, indicateurs, preuves, tableau de bord du COPIL.',
      cpts: 'Une CPTS : projets, missions ACI et versements, implication des usagers.',
      evaluation:
        'Les grilles IMPACT et Impacts collectifs, remplies à deux dates pour mesurer le chemin parcouru.',
    },
    noSettings: { evaluation: 'Ce modèle n’a pas de réglage : les grilles sont prêtes à remplir.' },
    next: 'Étape suivante : contrôlez le classeur.',
    goCheck: 'Contrôler le classeur',
    template: 'Modèle',
    name: { ca: 'Nom du programme', cpts: 'Nom de la CPTS' },
    nameHint: {
      ca: 'Facultatif : il figurera dans la feuille Programme.',
      cpts: 'Facultatif : il figurera dans la feuille CPTS.',
    },
    start: 'Début de période',
    end: 'Fin de période',
    periodHint: 'Sans dates, la période est l’année en cours.',
    periodInvalid: 'Indiquez le début et la fin, la fin après le début.',
    territories: 'Territoires',
    publics: 'Publics cibles',
    listHint: 'Séparés par des virgules.',
    example: 'Avec les données d’exemple',
    submit: 'Créer les feuilles',
    running: 'Création des feuilles…',
    done: (sheets, title) => `${plural(sheets, 'feuille créée', 'feuilles créées')} : ${title}.`,
    exists: (sheets) =>
      `Ce classeur contient déjà ${sheets.length > 1 ? 'les feuilles' : 'la feuille'} ${quoted(
        sheets.slice(0, 3),
      )}${sheets.length > 3 ? ` et ${sheets.length - 3} autres` : ''}. Trépied ne remplace pas des feuilles existantes.`,
    existsExcel: 'Créez un nouveau classeur (Fichier > Nouveau), puis rouvrez Trépied.',
    existsDemo: 'Commencez un nouveau classeur en mémoire :',
    newWorkbook: 'Nouveau classeur',
    failed: 'Les feuilles n’ont pas été créées',
  },
  check: {
    intro: 'Les problèmes du classeur, par règle. Cliquez sur un problème pour aller à sa cellule.',
    rerun: 'Contrôler à nouveau',
    running: 'Contrôle du classeur…',
    none: 'Aucun problème trouvé.',
    summaryLabel: 'Résumé des problèmes',
    count: (severity, n) => plural(n, SEVERITY[severity][0], SEVERITY[severity][1]),
    workbook: 'Classeur',
    sheet: (sheet, n) => `${sheet} (${n})`,
    goTo: (ref) => `Aller à ${ref}`,
    fix: 'Corriger',
    fixLabel: (ref, value) => `Corriger ${ref} : écrire ${value}`,
    fixed: (ref, value) => `${ref} corrigée : ${value}.`,
    report: 'Écrire le rapport dans le classeur',
    reportDone: (n) =>
      `Rapport écrit dans la feuille « Contrôles » (${plural(n, 'ligne', 'lignes')}).`,
    goFirst: (severity, n) =>
      `${plural(n, SEVERITY[severity][0], SEVERITY[severity][1])} : voir ${severity === 'warning' ? 'le premier' : 'la première'}`,
    failed: 'Le contrôle a échoué',
    empty:
      'Ce classeur n’a pas encore de feuilles Trépied : rien à contrôler. Créez-les dans l’onglet Créer, ou ouvrez un classeur Trépied.',
    goCreate: 'Aller à Créer',
    filters: 'Filtrer les problèmes',
    severityFilter: 'Gravité',
    ruleFilter: 'Règle',
    allSeverities: 'Toutes',
    allRules: 'Toutes les règles',
    severityName: { error: 'Erreurs', warning: 'Avertissements', info: 'Informations' },
    rules: {
      structure: 'Structure du classeur',
      'formulas-absent': 'Formules absentes',
      'formula-overwritten': 'Formule remplacée par une valeur',
      'cell-error': 'Cellule en erreur',
      required: 'Valeur obligatoire manquante',
      'duplicate-id': 'Identifiant en double',
      'unknown-reference': 'Référence inconnue',
      'ambiguous-id': 'Identifiant ambigu',
      spaces: 'Espaces en trop',
      choice: 'Valeur hors de la liste',
      'reason-required': 'Raison à préciser',
      'other-public': 'Public « Autre » à préciser',
      number: 'Nombre mal saisi',
      'percent-scale': 'Pourcentage mal saisi',
      ratio: 'Rapport incohérent',
      'partner-codes': 'Usagers partenaires à lister',
      date: 'Date mal saisie ou hors période',
      'indicator-coverage': 'Indicateurs non renseignés',
      'indicator-definition': "Définition de l'indicateur",
      outlier: 'Valeur réalisée inhabituelle',
      proof: 'Preuve à compléter',
      triangulation: 'Preuves non triangulées',
      'unsupported-impact': 'Impact sans preuves complètes',
      'objective-tree': 'Arbre des objectifs',
      subsidy: 'Subvention à vérifier',
      aci: 'Financement ACI à vérifier',
      'assessment-date': 'Évaluations à dater',
    },
    group: (rule, n) => `${rule} (${n})`,
    fixAll: (n) => `Tout corriger (${n})`,
    fixedAll: (n) => `${plural(n, 'cellule corrigée', 'cellules corrigées')}.`,
    undo: 'Annuler',
    undone: (n) => `Correction annulée : ${plural(n, 'cellule rétablie', 'cellules rétablies')}.`,
    byHand: 'À corriger à la main : la valeur lue reste fausse (voir l’erreur de cette cellule).',
    filteredOut: 'Aucun problème ne correspond à ces filtres.',
    next: 'Étape suivante : lisez les indicateurs.',
    goIndicators: 'Voir les indicateurs',
  },
  indicators: {
    intro: 'Les chiffres clés et la triangulation des preuves, calculés comme dans le classeur.',
    introScores: 'Les scores des grilles, calculés comme dans le classeur.',
    running: 'Calcul des indicateurs…',
    refresh: 'Actualiser',
    notTrepied:
      'Ce classeur n’est pas un classeur Trépied : créez d’abord les feuilles (onglet Créer).',
    keyFigures: 'Chiffres clés',
    notComputable: 'non calculable',
    evidence: 'Triangulation des preuves',
    triangulated: (n, total) => `${n} sur ${total} avec les trois types de preuve.`,
    noActions: 'Aucune action saisie.',
    legs: ['chiffre', 'témoignage', 'livrable'],
    present: (leg, n) => `${leg} : ${n}`,
    missing: (leg) => `${leg} : manquant`,
    missingShort: 'manquant',
    flagged: 'Preuves incomplètes',
    unsupportedImpact: 'Impact affirmé sans preuves complètes',
    goTo: (id) => `Aller à ${id}`,
    chart: 'Prévu et réalisé',
    chartNote: (scale) =>
      `Le pourcentage est le taux d’atteinte (réalisé ÷ prévu). Toutes les barres ont la même échelle : le prévu vaut 100 %, la barre pleine ${scale}.`,
    attained: (rate) => `atteint à ${rate}`,
    planned: (header) => `Prévu (${header})`,
    achieved: (header) => `Réalisé (${header})`,
    pair: (planned, achieved) => `prévu ${planned}, réalisé ${achieved}`,
    noChart: 'Rien à comparer pour l’instant.',
    failed: 'Les indicateurs n’ont pas pu être calculés',
  },
  bilan: {
    title: 'Bilan pour le COPIL et l’ARS',
    intro:
      'Le bilan d’une période, prêt à imprimer : chiffres clés, indicateurs prévu et réalisé à date, preuves manquantes, réponses et raisons, freins et leviers, instances tenues.',
    period: 'Période',
    periods: {
      T1: '1er trimestre (T1)',
      T2: '2e trimestre (T2)',
      T3: '3e trimestre (T3)',
      T4: '4e trimestre (T4)',
      annuel: 'Bilan annuel',
    },
    porteur: 'Porteur',
    whole: 'Tout le programme',
    write: 'Écrire le bilan',
    download: 'Télécharger le bilan',
    running: 'Préparation du bilan…',
    written: (sheet) =>
      `Bilan écrit dans la nouvelle feuille « ${sheet} ». Imprimez-la ou enregistrez-la en PDF (Fichier > Imprimer) : elle tient en quelques pages paysage.`,
    downloaded: (file) =>
      `Bilan téléchargé : ${file}. Ouvrez-le dans Excel ou LibreOffice pour l’imprimer ou l’enregistrer en PDF.`,
    failed: 'Le bilan n’a pas pu être établi',
    thisWorkbook: 'ce classeur',
  },
  consolidate: {
    intro:
      'Réunissez les classeurs des partenaires en un seul, ou mettez un ancien classeur au modèle actuel. Les fichiers sont lus dans le volet, sans envoi.',
    mergeTitle: 'Consolider des classeurs partenaires',
    mergeFiles: 'Classeurs des partenaires (.xlsx)',
    mergeFilesHint: 'Choisissez plusieurs classeurs d’un même modèle.',
    reading: (done, total) => `Lecture des classeurs : ${done} sur ${total}`,
    dryRun: 'Ce que la fusion fera',
    chooseFiles: 'Choisir les classeurs…',
    chooseFile: 'Choisir le classeur…',
    chosen: 'Fichiers choisis',
    mergeOf: (files, title, version) =>
      `${plural(files, 'classeur', 'classeurs')} du modèle « ${title} » (version ${version}).`,
    rowsPerSheet: 'Lignes par feuille (lues → après fusion)',
    rows: (read, merged) => `${read} → ${merged}`,
    others: (n) =>
      n === 0
        ? 'Tout entre dans le modèle : pas de feuille « Autres données ».'
        : `${plural(n, 'valeur hors du modèle ou en conflit sera gardée', 'valeurs hors du modèle ou en conflit seront gardées')} dans la feuille « Autres données ».`,
    noConflict: 'Aucun conflit : les classeurs se complètent.',
    conflictsBelow: (n) =>
      `${plural(n, 'point à vérifier', 'points à vérifier')}, détaillé${n > 1 ? 's' : ''} sous le bouton « Fusionner ».`,
    conflictKind: {
      'duplicate-key': (n) => `Numéros en double (${n})`,
      'duplicate-row': (n) => `Lignes copiées d'un classeur à l'autre (${n})`,
      'same-event': (n) => `Même réunion dans plusieurs classeurs (${n})`,
      'shared-differs': (n) => `Lignes communes qui diffèrent (${n})`,
      'single-differs': (n) => `Informations du programme différentes (${n})`,
    },
    duplicate: (sheet, key, files, renamed) =>
      renamed.length
        ? `${sheet} : ${key} est dans ${files.join(' et ')} ; il devient ${renamed.map((r) => `${r.to} dans ${r.file}`).join(', ')}.`
        : `${sheet} : ${key} est dans ${files.join(' et ')} ; les lignes sont toutes gardées (le contrôle signalera le doublon).`,
    duplicateRow: (sheet, rows, file, earlier) =>
      `${sheet} : ${plural(rows, 'ligne', 'lignes')} de ${file} ${rows > 1 ? 'sont' : 'est'} déjà dans ${earlier} ; ${rows > 1 ? 'elles sont gardées et compteraient' : 'elle est gardée et compterait'} deux fois : vérifiez avant de fusionner.`,
    sameEvent: (sheet, key, files) =>
      `${sheet} : ${key} figure dans ${files.join(' et ')} ; la réunion est comptée une fois.`,
    sharedDiffers: (sheet, key, files) =>
      `${sheet} : ${key} diffère entre ${files.join(' et ')} ; toutes les versions sont gardées, à harmoniser.`,
    singleDiffers: (sheet, field, kept, other) =>
      `${sheet}, ${field} : ${kept.value} (${kept.file}) est retenu ; ${other.value} (${other.file}) va dans « Autres données ».`,
    andOthers: (n) => `… et ${n} autres.`,
    attention: (n) => `À vérifier (${n})`,
    mergeNext: 'Étape suivante : contrôlez le classeur consolidé.',
    renumber: 'Renuméroter les N° action en double',
    merge: 'Fusionner',
    merging: 'Fusion des classeurs…',
    merged: (files, sheets) =>
      `${plural(files, 'classeur fusionné', 'classeurs fusionnés')} : ${plural(sheets, 'feuille créée', 'feuilles créées')}.`,
    refused: (files) =>
      `Les classeurs ne sont pas du même modèle : ${files}. On ne fusionne que des classeurs d’un même modèle.`,
    upgradeTitle: 'Mettre à jour le modèle',
    upgradeFile: 'Ancien classeur (.xlsx)',
    upgradeFileHint: 'Ses valeurs saisies sont reprises dans un classeur du modèle actuel.',
    upgradeOf: (file, title, from, to) =>
      from === to
        ? `« ${file} » : ${title}, déjà en version ${to}. Le classeur est recréé (formules, listes, mises en forme) avec toutes les valeurs saisies.`
        : `« ${file} » : ${title}, version ${from} → ${to}. Toutes les valeurs saisies sont reprises.`,
    upgradeRows: 'Lignes reprises par feuille (lues → après mise à jour)',
    renamedColumns: (n) => `Colonne${n > 1 ? 's' : ''} renommée${n > 1 ? 's' : ''} (${n})`,
    renamedColumn: (sheet, from, to) =>
      `${sheet} : «\u00a0${from}\u00a0» devient «\u00a0${to}\u00a0»`,
    addedColumns: (n) =>
      `Nouvelle${n > 1 ? 's' : ''} colonne${n > 1 ? 's' : ''}, vide${n > 1 ? 's' : ''} à remplir (${n})`,
    removedColumns: (n) =>
      `Colonne${n > 1 ? 's' : ''} retirée${n > 1 ? 's' : ''} du modèle, valeurs gardées dans « Autres données » (${n})`,
    column: (sheet, column) => `${sheet} : «\u00a0${column}\u00a0»`,
    summary: 'Ce que la mise à jour fera',
    upgrade: 'Créer la version à jour',
    upgrading: 'Création de la version à jour…',
    upgraded: (sheets) => `Version à jour créée : ${plural(sheets, 'feuille', 'feuilles')}.`,
    unrecognised: (name, why) => `« ${name} » n’est pas un classeur Trépied reconnu : ${why}`,
    readFailed: 'Ces fichiers n’ont pas pu être lus',
    renderFailed: 'Le classeur n’a pas été créé',
  },
  demo: {
    toolbar: 'Mode démo :',
    explain:
      'Vous essayez Trépied sans Excel : le classeur est dans ce navigateur, rien n’est envoyé. Téléchargez-le pour le garder.',
    confirmTitle: 'Commencer un nouveau classeur ?',
    confirmText:
      'Le classeur en mémoire sera effacé. Téléchargez-le d’abord si vous voulez le garder.',
    confirm: 'Effacer et recommencer',
    cancel: 'Annuler',
    open: 'Ouvrir un classeur…',
    openLabel: 'Choisir un classeur .xlsx à ouvrir',
    download: 'Télécharger le classeur',
    newWorkbook: 'Nouveau classeur',
    openFailed: 'Ce fichier ne peut pas être ouvert',
    opened: (name) => `« ${name} » est ouvert.`,
    view: 'Aperçu du classeur (lecture seule)',
    sheets: 'Feuilles du classeur',
    empty: 'Le classeur est vide : créez les feuilles ou ouvrez un classeur.',
    selected: (ref) => `Cellule sélectionnée : ${ref}`,
    truncated: (shown, total) => `${shown} premières lignes sur ${total}.`,
    computed: 'Formule : calculée à l’ouverture dans Excel ou LibreOffice',
  },
  dialogue: {
    title: 'Dialogue de gestion ACI',
    intro:
      'Une page imprimable par mission : financement, versements datés, indicateurs du contrat et leurs preuves, dépenses engagées.',
    build: 'Préparer le dialogue de gestion',
    refresh: 'Actualiser le dialogue de gestion',
    confirmTitle: 'Actualiser le dialogue de gestion ?',
    confirmText: (pages) =>
      `${pages.length > 1 ? 'Les feuilles' : 'La feuille'} ${quoted(pages)} ${pages.length > 1 ? 'seront remplacées' : 'sera remplacée'} par les chiffres actuels du classeur. Ce que vous y avez saisi à la main sera perdu : copiez-le ailleurs d’abord, ou renommez la feuille pour la garder telle quelle.`,
    confirm: 'Remplacer les feuilles',
    cancel: 'Annuler',
    running: 'Préparation du dialogue de gestion…',
    none: 'Aucune mission ACI chiffrée (feuille ACI) : rien à préparer.',
    done: (sheets, replaced) => {
      const again = new Set(replaced.map((s) => s.toLowerCase()));
      const added = sheets.filter((s) => !again.has(s.toLowerCase()));
      return [
        replaced.length > 0
          ? `${replaced.length > 1 ? 'Feuilles remplacées' : 'Feuille remplacée'} par les chiffres actuels du classeur : ${quoted(replaced)}.`
          : '',
        added.length > 0
          ? `${added.length > 1 ? 'Feuilles ajoutées, prêtes' : 'Feuille ajoutée, prête'} à imprimer : ${quoted(added)}.`
          : '',
      ]
        .filter((x) => x !== '')
        .join(' ');
    },
    failed: 'Le dialogue de gestion n’a pas pu être préparé',
    schedule: 'Versements par échéance',
    due: (when, date, what, expected, paid, remaining) =>
      `${when}${date ? `, le ${date}` : ''} : attendu ${expected} (${what}), versé ${paid}, reste à verser ${remaining}.`,
  },
};
