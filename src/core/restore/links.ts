/** Hyperlink targets carried into a new workbook: the web and e-mail, nothing that runs or opens files. */
export function allowedLink(target: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(target.trim());
}

/** A formula that reads another workbook ([1]Feuil1!A1, 'C:\…\[x.xlsx]Feuil1'!A1) or a URL. */
export function externalFormula(formula: string): boolean {
  return /\[\d+\]|\.xl[a-z]*\]|\b(https?|file|ftp):/i.test(formula);
}
