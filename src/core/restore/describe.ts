import type { Lang } from '../templates/types';
import type { CellValue } from '../values/cell';
import type { Attention } from './types';

const q = (s: string) => `« ${s} »`;
const qe = (s: string) => `“${s}”`;
const at = (sheet: string, cell: string) =>
  `${/[^A-Za-z0-9_]/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${cell}`;

/** A value as the reports show it: text quoted, dates as ISO days, blanks said. */
export function showValue(v: CellValue | undefined, lang: Lang = 'fr'): string {
  if (v === null || v === undefined || v === '') return lang === 'fr' ? '(vide)' : '(blank)';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return lang === 'fr' ? q(v) : qe(v);
  return String(v);
}

/** A number as typed, with the language's decimal mark (0,85 / 0.85). */
const num = (n: number, lang: Lang) => (lang === 'fr' ? String(n).replace('.', ',') : String(n));
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

type FormulaAttention = Extract<Attention, { kind: 'formula' }>;

/** What a typed formula did, and what was kept of it. */
function frFormula(a: FormulaAttention): string {
  const d = a.does;
  switch (d.kind) {
    case 'hyperlink':
      return d.kept
        ? `un lien hypertexte vers ${q(d.target)} : son texte ${showValue(a.value)} est repris, avec le lien.`
        : `un lien hypertexte vers ${q(d.target)} : son texte ${showValue(a.value)} est repris, pas le lien (seuls http, https et mailto le sont).`;
    case 'external':
      return `elle lisait un autre classeur : sa valeur ${showValue(a.value)} est reprise, pas la formule ni le lien externe.`;
    case 'web':
      return `elle lisait l’adresse web ${q(d.target)} : sa valeur ${showValue(a.value)} est reprise, pas la formule.`;
    case 'calculation':
      return `sa valeur ${showValue(a.value)} est reprise, pas la formule.`;
  }
}

function enFormula(a: FormulaAttention): string {
  const d = a.does;
  switch (d.kind) {
    case 'hyperlink':
      return d.kept
        ? `a hyperlink to ${qe(d.target)}: its text ${showValue(a.value, 'en')} is kept, with the link.`
        : `a hyperlink to ${qe(d.target)}: its text ${showValue(a.value, 'en')} is kept, not the link (only http, https and mailto are).`;
    case 'external':
      return `it read another workbook: its value ${showValue(a.value, 'en')} is kept, not the formula nor the external link.`;
    case 'web':
      return `it read the web address ${qe(d.target)}: its value ${showValue(a.value, 'en')} is kept, not the formula.`;
    case 'calculation':
      return `its value ${showValue(a.value, 'en')} is kept, not the formula.`;
  }
}

function fr(a: Attention): string {
  switch (a.kind) {
    case 'formula':
      return `${at(a.sheet, a.cell)} : formule ${q(`=${a.formula}`)} dans la colonne saisie ${q(a.column)} : ${frFormula(a)}`;
    case 'link-dropped':
      return `${at(a.sheet, a.cell)} : lien ${q(a.target)} non repris (seuls http, https et mailto le sont) ; le texte de la cellule est gardé.`;
    case 'computed-typed':
      return `${at(a.sheet, a.cell)} : la valeur ${showValue(a.value)} avait remplacé la formule de ${q(a.column)} : la formule est rétablie, la valeur est dans Autres données.`;
    case 'header-renamed':
      return a.guessed
        ? `${at(a.sheet, a.cell)} : l’en-tête ${q(a.found)}, inconnu du modèle, est lu comme ${q(a.column)}, la colonne du modèle qu’il désigne le plus probablement : ses valeurs comptent dans les chiffres ; vérifiez.`
        : `${at(a.sheet, a.cell)} : l’en-tête ${q(a.found)} est lu comme ${q(a.column)}.`;
    case 'unknown-column':
      return `Feuille ${q(a.sheet)} : colonne ${q(a.header)} inconnue du modèle : ${plural(a.values, 'valeur reprise', 'valeurs reprises')} dans Autres données.`;
    case 'removed-column':
      return `Feuille ${q(a.sheet)} : colonne ${q(a.column)} retirée par la nouvelle version du modèle : ${plural(a.values, 'valeur reprise', 'valeurs reprises')} dans Autres données.`;
    case 'missing-column':
      return `Tableau ${q(a.table)} : colonne ${q(a.column)} absente du classeur (rien à reprendre).`;
    case 'missing-table':
      return `Tableau ${q(a.table)} absent du classeur (rien à reprendre).`;
    case 'carried-rows':
      return `Feuille ${q(a.sheet)} : colonne ${q(a.column)} désormais calculée : ${plural(a.values, 'valeur saisie devenue', 'valeurs saisies devenues')} chacune l’indicateur unique de sa mission dans la feuille ${q(a.into)} (pondération 100 %, objectif 1, valeur atteinte = le taux saisi, tel quel sauf s'il est signalé ci-dessous) ; le taux est maintenant calculé, plafonné à 100 %.`;
    case 'carried-rescaled':
      return `${at(a.sheet, a.cell)} : le taux ${num(a.value, 'fr')} (colonne ${q(a.column)}) est sans doute ${num(a.value, 'fr')} % saisi comme un nombre entier, comme le disait le contrôle de la version 1 : il devient la valeur atteinte ${num(a.fixed, 'fr')} (${num(a.value, 'fr')} %) dans la feuille ${q(a.into)}, le nombre saisi restant écrit dans sa colonne « Source » ; vérifiez.`;
    case 'unknown-table':
      return `Feuille ${q(a.sheet)} : tableau ${q(a.table)} inconnu du modèle : ${plural(a.values, 'valeur reprise', 'valeurs reprises')} dans Autres données.`;
    case 'unknown-sheet':
      return `Feuille ${q(a.sheet)} inconnue du modèle : ${plural(a.values, 'valeur reprise', 'valeurs reprises')} dans Autres données.`;
    case 'outside-table':
      return `Feuille ${q(a.sheet)} : ${plural(a.values, 'cellule', 'cellules')} hors des tableaux, ${a.values > 1 ? 'reprises' : 'reprise'} dans Autres données.`;
    case 'report-sheet':
      return `Feuille ${q(a.sheet)} non reprise : « trepied check » la régénère.`;
    case 'formulas-absent':
      return 'Le classeur ne contient aucune formule : les colonnes calculées sont régénérées (leurs valeurs n’avaient pas été saisies).';
    case 'version-unknown':
      return `Version ${q(a.found)} du modèle inconnue : le classeur est lu comme la version ${a.readAs}.`;
  }
}

function en(a: Attention): string {
  switch (a.kind) {
    case 'formula':
      return `${at(a.sheet, a.cell)}: formula ${qe(`=${a.formula}`)} in the entered column ${qe(a.column)}: ${enFormula(a)}`;
    case 'link-dropped':
      return `${at(a.sheet, a.cell)}: link ${qe(a.target)} not carried (only http, https and mailto are); the cell’s text is kept.`;
    case 'computed-typed':
      return `${at(a.sheet, a.cell)}: value ${showValue(a.value, 'en')} had replaced the formula of ${qe(a.column)}: the formula is restored, the value is in Autres données.`;
    case 'header-renamed':
      return a.guessed
        ? `${at(a.sheet, a.cell)}: header ${qe(a.found)}, unknown to the template, is read as ${qe(a.column)}, the template column it most likely means: its values count in the figures; check it.`
        : `${at(a.sheet, a.cell)}: header ${qe(a.found)} is read as ${qe(a.column)}.`;
    case 'unknown-column':
      return `Sheet ${qe(a.sheet)}: column ${qe(a.header)} unknown to the template: ${a.values} value(s) carried to Autres données.`;
    case 'removed-column':
      return `Sheet ${qe(a.sheet)}: column ${qe(a.column)} removed by the new template version: ${a.values} value(s) carried to Autres données.`;
    case 'missing-column':
      return `Table ${qe(a.table)}: column ${qe(a.column)} absent from the workbook (nothing to carry).`;
    case 'missing-table':
      return `Table ${qe(a.table)} absent from the workbook (nothing to carry).`;
    case 'carried-rows':
      return `Sheet ${qe(a.sheet)}: column ${qe(a.column)} is now computed: ${a.values} typed value(s) each became the one indicator of its mission on sheet ${qe(a.into)} (weight 100 %, target 1, achieved = the typed rate, as typed unless said below); the rate is now computed, capped at 100 %.`;
    case 'carried-rescaled':
      return `${at(a.sheet, a.cell)}: rate ${num(a.value, 'en')} (column ${qe(a.column)}) is most likely ${num(a.value, 'en')}% typed as a whole number, as version 1's check said: it becomes the achieved value ${num(a.fixed, 'en')} (${num(a.value, 'en')}%) on sheet ${qe(a.into)}, the typed number staying written in its “Source” column; check it.`;
    case 'unknown-table':
      return `Sheet ${qe(a.sheet)}: table ${qe(a.table)} unknown to the template: ${a.values} value(s) carried to Autres données.`;
    case 'unknown-sheet':
      return `Sheet ${qe(a.sheet)} unknown to the template: ${a.values} value(s) carried to Autres données.`;
    case 'outside-table':
      return `Sheet ${qe(a.sheet)}: ${a.values} cell(s) outside the tables, carried to Autres données.`;
    case 'report-sheet':
      return `Sheet ${qe(a.sheet)} not carried: “trepied check” regenerates it.`;
    case 'formulas-absent':
      return 'The workbook holds no formula: computed columns are regenerated (their values were not typed).';
    case 'version-unknown':
      return `Template version ${qe(a.found)} unknown: the workbook is read as version ${a.readAs}.`;
  }
}

/** One line saying what needed attention while restoring a workbook. */
export function describeAttention(a: Attention, lang: Lang = 'fr'): string {
  return lang === 'fr' ? fr(a) : en(a);
}
