import { sheetRef } from '../formula/refs';
import type { Fix, Issue, RuleCode, RuleParams, Severity } from '../checks/issue';
import type { Lang } from '../templates/types';
import { en } from './messages-en';
import { fr } from './messages-fr';

/** One language's words for issues: a message per rule code, built from the issue's data. */
export interface Catalogue {
  severity: Record<Severity, string>;
  /** A rule's name, as the Contrôles sheet shows it (the JSON report keeps the code). */
  ruleName: Record<RuleCode, string>;
  /** The proof kinds a triangulation lacks (the contract's chiffre, témoignage, livrable). */
  evidence: (missing: string) => string;
  /** The location prefix: "Actions!B7 : ", "Feuille « Listes » : ", or '' for the workbook. */
  where: (ref: string | undefined, sheet: string) => string;
  rules: { [R in RuleCode]: (p: RuleParams[R], fix: Fix | undefined) => string };
}

const CATALOGUES: Record<Lang, Catalogue> = { fr, en };

/** "Actions!B7", "'Chaîne de valeur'!C3" — the reference a user can type in the Name Box. */
export function cellRef(sheet: string, cell: string): string | undefined {
  return sheet && cell ? `${sheetRef(sheet)}!${cell}` : undefined;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * An issue in words: where, what is wrong, how to fix it. French unless asked otherwise. The
 * place is the reference a user types in the Name Box ("'Chaîne de valeur'!C3"), or with `plain`
 * (the task pane, where a click goes to the cell) the sheet and cell in words ("Chaîne de valeur,
 * C3").
 * @example renderIssue(issue, 'fr') // "Actions!B7 : « oui » n'est pas dans la liste ; valeur proposée : « OUI »"
 */
export function renderIssue(
  issue: Issue,
  lang: Lang = 'fr',
  options: { plain?: boolean } = {},
): string {
  const c = CATALOGUES[lang];
  const message = (c.rules[issue.rule] as (p: Issue['params'], fix: Fix | undefined) => string)(
    issue.params,
    issue.fix,
  );
  const ref =
    options.plain && issue.sheet && issue.cell
      ? `${issue.sheet}, ${issue.cell}`
      : cellRef(issue.sheet, issue.cell);
  const where = c.where(ref, issue.sheet);
  return where ? `${where}${message}` : capitalise(message);
}

/** « Doublon d'identifiant » / "Duplicate identifier": a rule code in words. */
export function ruleLabel(rule: RuleCode, lang: Lang = 'fr'): string {
  return CATALOGUES[lang].ruleName[rule];
}

/** A missing proof kind in words (« livrable » → "deliverable" in English). */
export function evidenceLabel(missing: string, lang: Lang = 'fr'): string {
  return CATALOGUES[lang].evidence(missing);
}

/** Erreur / Avertissement / Information. */
export function severityLabel(severity: Severity, lang: Lang = 'fr'): string {
  return CATALOGUES[lang].severity[severity];
}
