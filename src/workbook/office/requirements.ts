/** What Trépied needs from Excel, from the newest requirement set to the oldest. */
export const REQUIRED_SETS = [
  { version: '1.8', feature: 'les listes déroulantes (validation des données)' },
  { version: '1.7', feature: 'les propriétés personnalisées du classeur' },
  { version: '1.6', feature: 'les mises en forme conditionnelles' },
  { version: '1.2', feature: 'la protection des feuilles' },
] as const;

export interface RequirementCheck {
  ok: boolean;
  /** Missing requirement sets, e.g. "ExcelApi 1.8". */
  missing: string[];
  /** French, for the task pane, when something is missing. */
  message?: string;
}

function supported(version: string): boolean {
  return (
    typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version)
  );
}

/** Whether this Excel can generate and check Trépied workbooks. */
export function checkRequirements(): RequirementCheck {
  const lacking = REQUIRED_SETS.filter((s) => !supported(s.version));
  if (lacking.length === 0) return { ok: true, missing: [] };
  const features = lacking.map((s) => s.feature);
  const listed =
    features.length > 1
      ? `${features.slice(0, -1).join(', ')} et ${features[features.length - 1]}`
      : features[0];
  return {
    ok: false,
    missing: lacking.map((s) => `ExcelApi ${s.version}`),
    message: `Cette version d'Excel ne prend pas en charge ${listed} (ExcelApi ${lacking[0]?.version}) : mettez à jour Excel ou utilisez Excel sur le web.`,
  };
}

/** getRanges (ExcelApi 1.9): many cells filled in one command; optional. */
export function supportsMultiArea(): boolean {
  return supported('1.9');
}

/** Range.copyFrom (ExcelApi 1.9): computed columns copied down in one command each; optional. */
export function supportsCopyFrom(): boolean {
  return supported('1.9');
}

/** Worksheet.pageLayout (ExcelApi 1.9): print layout of each sheet; optional. */
export function supportsPageLayout(): boolean {
  return supported('1.9');
}
