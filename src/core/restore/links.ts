/** Hyperlink targets carried into a new workbook: the web and e-mail, nothing that runs or opens files. */
export function allowedLink(target: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(target.trim());
}

/** What a formula typed in an entered column did, as the reports describe it. */
export type FormulaPurpose =
  /** =HYPERLINK("https://…", "texte"): a link; `kept` when it becomes the cell's hyperlink. */
  | { kind: 'hyperlink'; target: string; kept: boolean }
  /** It read another workbook ([1]Feuil1!A1, 'C:\…\[x.xlsx]Feuil1'!A1): never carried. */
  | { kind: 'external' }
  /** It fetched a web address (WEBSERVICE, IMPORTDATA…). */
  | { kind: 'web'; target: string }
  /** Any other calculation. */
  | { kind: 'calculation' };

/** The first text literal of a formula ("…" with doubled quotes), or null. */
function firstString(formula: string): string | null {
  const m = /"((?:[^"]|"")*)"/.exec(formula);
  return m ? (m[1] as string).replace(/""/g, '"') : null;
}

/** A formula's text outside its string literals (a URL inside "…" reads nothing). */
function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/**
 * What a formula does: a hyperlink, a read of another workbook, a fetch of a web address, or
 * a calculation. Judged on the formula's text outside its string literals.
 * @example formulaPurpose('HYPERLINK("https://x.org","site")') // { kind: 'hyperlink', … }
 */
export function formulaPurpose(formula: string): FormulaPurpose {
  const code = outsideStrings(formula.replace(/^=/, '')).trim();
  if (/^HYPERLINK\s*\(/i.test(code)) {
    const target = firstString(formula) ?? '';
    return { kind: 'hyperlink', target, kept: allowedLink(target) };
  }
  if (/\[\d+\]|\.xl[a-z]*\]|'[a-z]:\\|\\\\/i.test(code)) return { kind: 'external' };
  if (/\b(WEBSERVICE|IMPORTDATA|IMPORTXML|IMPORTHTML|IMPORTRANGE|FILTERXML)\s*\(/i.test(code))
    return { kind: 'web', target: firstString(formula) ?? '' };
  return { kind: 'calculation' };
}
