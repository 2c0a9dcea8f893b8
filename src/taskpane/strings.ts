/** Task-pane labels. French is the default; English when the host or browser asks for it. */
export type Lang = 'fr' | 'en';

export interface Strings {
  appTitle: string;
  tagline: string;
  tabsLabel: string;
  tabs: { create: string; check: string; indicators: string };
  panels: { create: string; check: string; indicators: string };
  comingSoon: string;
  modeExcel: string;
  modeDemo: string;
  demoNoOffice: string;
  demoNoHost: string;
  demoError: (message: string) => string;
}

const fr: Strings = {
  appTitle: 'Trépied',
  tagline: 'Classeurs de suivi des CPTS et des coopératives d’acteurs',
  tabsLabel: 'Sections de Trépied',
  tabs: { create: 'Créer', check: 'Contrôler', indicators: 'Indicateurs' },
  panels: {
    create: 'Créer un classeur de suivi à partir d’un modèle.',
    check: 'Contrôler le classeur et aller aux cellules à corriger.',
    indicators: 'Voir les indicateurs et la triangulation des preuves.',
  },
  comingSoon: 'Cette section arrive bientôt.',
  modeExcel: 'Mode Excel',
  modeDemo: 'Mode démo (navigateur)',
  demoNoOffice: 'Office.js n’a pas pu être chargé : le volet travaille hors d’Excel.',
  demoNoHost: 'Aucun classeur Excel détecté : le volet est ouvert dans un navigateur.',
  demoError: (message) => `Office n’a pas démarré (${message}) : le volet travaille hors d’Excel.`,
};

const en: Strings = {
  appTitle: 'Trépied',
  tagline: 'Tracking workbooks for CPTS and care cooperatives',
  tabsLabel: 'Trépied sections',
  tabs: { create: 'Create', check: 'Check', indicators: 'Indicators' },
  panels: {
    create: 'Create a tracking workbook from a template.',
    check: 'Check the workbook and go to the cells to fix.',
    indicators: 'See the indicators and the evidence triangulation.',
  },
  comingSoon: 'This section is coming soon.',
  modeExcel: 'Excel mode',
  modeDemo: 'Demo mode (browser)',
  demoNoOffice: 'Office.js could not be loaded: the pane works outside Excel.',
  demoNoHost: 'No Excel workbook detected: the pane is open in a browser.',
  demoError: (message) => `Office did not start (${message}): the pane works outside Excel.`,
};

/** The language of a BCP 47 tag such as "en-US" or "fr-FR"; French unless it is English. */
export function langFromTag(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : fr;
}
