/**
 * Sheets that Trépied protects (computed cells locked, formats not allowed) are written by the
 * one-click fixes and the report: Excel refuses a value in a locked cell and any format change
 * there. Such writes are queued between an unprotect and a protect with the same options, in one
 * batch, so the sheet is never left unprotected. A sheet protected with a password cannot be
 * unprotected this way: the batch fails and nothing is written.
 */

const PROTECTION_KEYS = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
  'selectionMode',
] as const;

/** The protection options a sheet had, as plain data to protect it again the same way. */
export function sameProtection(
  o: Excel.WorksheetProtectionOptions,
): Excel.WorksheetProtectionOptions {
  const out: Record<string, unknown> = {};
  for (const k of PROTECTION_KEYS) if (o[k] !== undefined) out[k] = o[k];
  return out as Excel.WorksheetProtectionOptions;
}

/** Queue the load of what unprotectedWhile needs (before a sync). */
export function loadProtection(sheet: Excel.Worksheet): void {
  sheet.protection.load('protected,options');
}

/** Queue `act` on a sheet whose protection is loaded, unprotected around it if it was protected. */
export function unprotectedWhile(sheet: Excel.Worksheet, act: () => void): void {
  const options = sheet.protection.protected ? sameProtection(sheet.protection.options) : undefined;
  if (options) sheet.protection.unprotect();
  act();
  if (options) sheet.protection.protect(options);
}

/** French, when a write on a protected sheet failed (a password, most likely). */
export function protectedSheetMessage(sheet: string, error: unknown): string {
  return `La feuille « ${sheet} » est protégée et Trépied n’a pas pu ôter sa protection (un mot de passe ?) : ôtez-la (Révision > Ôter la protection de la feuille) puis recommencez. ${error instanceof Error ? error.message : String(error)}`;
}
