import type { CheckResult } from '../check';

/*
 * What the pane shows before it builds a bilan (kept apart from build.ts so that the panel loads
 * the builder only when asked): the porteurs to choose from, and where the bilan goes.
 */

export type BilanPeriod = 'T1' | 'T2' | 'T3' | 'T4' | 'annuel';
export const BILAN_PERIODS: BilanPeriod[] = ['T1', 'T2', 'T3', 'T4', 'annuel'];

/** The porteurs named on the workbook's rows, each once (as first typed), in order of appearance. */
export function porteursOf(result: CheckResult): string[] {
  const seen = new Map<string, string>();
  for (const rows of Object.values(result.records))
    for (const { raw } of rows) {
      const v = raw['owner'];
      if (typeof v !== 'string' || v.trim() === '') continue;
      const key = v.trim().toLowerCase();
      if (!seen.has(key)) seen.set(key, v.trim());
    }
  return [...seen.values()];
}

/** « Bilan T2 », « Bilan annuel – Maison de santé »: the new sheet's name (before Excel's limits). */
export function bilanSheetName(period: BilanPeriod, porteur?: string): string {
  return `Bilan ${period}${porteur ? ` – ${porteur}` : ''}`;
}

/** « bilan-T2.xlsx », « bilan-annuel-maison-de-sante.xlsx »: the demo's download. */
export function bilanFileName(period: BilanPeriod, porteur?: string): string {
  const slug = (porteur ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `bilan-${period}${slug ? `-${slug}` : ''}.xlsx`;
}
