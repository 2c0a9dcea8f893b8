import type { BaselineChoice } from '../core/carry/baseline';
import type { Lang } from './strings';

/** The words of « À partir du classeur de l'an dernier » (Créer), French first. */
export interface NextYearStrings {
  title: string;
  intro: string;
  file: string;
  fileHint: string;
  choose: string;
  chosen: string;
  reading: string;
  baseline: string;
  choices: Record<BaselineChoice, string>;
  summary: string;
  submit: string;
  running: string;
  done: (sheets: number) => string;
  readFailed: string;
  failed: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const NEXT_YEAR: Record<Lang, NextYearStrings> = {
  fr: {
    title: 'À partir du classeur de l’an dernier',
    intro:
      'Classeur ca : programme, partenaires, objectifs, listes et actions reconduites avec leurs indicateurs (cibles gardées, trimestres vidés) ; les preuves, réponses et raisons ne sont pas reprises. Classeur cpts : la CPTS, ses projets et leurs cibles, le contrat ACI (montants, indicateurs, paliers) avec le reste à verser de l’an dernier comme solde dû ; les versements, valeurs atteintes et dépenses de l’année ne sont pas repris. Le classeur de l’an dernier n’est pas modifié.',
    file: 'Classeur de l’an dernier (.xlsx)',
    fileHint: 'Un classeur ca ou cpts, de n’importe quelle version du modèle.',
    choose: 'Choisir le fichier…',
    chosen: 'Fichier choisi',
    reading: 'Lecture du classeur…',
    baseline: 'Valeur initiale des indicateurs',
    choices: {
      cumul: 'Valeur réalisée l’an dernier, pour les indicateurs cumulés',
      toutes: 'Valeur réalisée l’an dernier, pour tous les indicateurs',
      inchangee: 'Inchangée (celle saisie l’an dernier)',
    },
    summary: 'Ce qui sera repris et laissé',
    submit: 'Créer le classeur de l’année suivante',
    running: 'Création du classeur de l’année suivante…',
    done: (sheets) =>
      `Classeur de l’année suivante créé : ${plural(sheets, 'feuille', 'feuilles')}.`,
    readFailed: 'Ce classeur n’a pas pu être repris',
    failed: 'Le classeur n’a pas été créé',
  },
  en: {
    title: 'From last year’s workbook',
    intro:
      'A ca workbook: programme, partners, objectives, lists and renewed actions with their indicators (targets kept, quarters emptied); proofs, answers and reasons are not carried. A cpts workbook: the CPTS, its projects and their targets, the ACI contract (amounts, indicators, levels) with last year’s remaining amount as the balance due; the year’s payments, achieved values and expenses are not carried. Last year’s workbook is not changed.',
    file: 'Last year’s workbook (.xlsx)',
    fileHint: 'A ca or cpts workbook, of any template version.',
    choose: 'Choose the file…',
    chosen: 'Chosen file',
    reading: 'Reading the workbook…',
    baseline: 'Indicators’ baseline',
    choices: {
      cumul: 'Last year’s realised value, for cumulative indicators',
      toutes: 'Last year’s realised value, for every indicator',
      inchangee: 'Unchanged (as typed last year)',
    },
    summary: 'What will be carried and left',
    submit: 'Create next year’s workbook',
    running: 'Creating next year’s workbook…',
    done: (sheets) => `Next year’s workbook created: ${plural(sheets, 'sheet', 'sheets')}.`,
    readFailed: 'This workbook could not be carried',
    failed: 'The workbook was not created',
  },
};
