import type { PageSetupPlan } from './types';

/**
 * The Contrôles sheet and the cell highlights, described before they are written (both adapters
 * render this). Built by the checker from its issues; messages are already in the user's language.
 */
export interface ReportPlan {
  sheet: 'Contrôles';
  /** Header row of the Contrôles table. */
  headers: string[];
  rows: ReportRow[];
  /** Column widths (characters) of Gravité, Feuille, Cellule, Règle, Message. */
  widths: number[];
  /** Heights (points) of the rows whose message wraps on several lines, by 1-based row. */
  rowHeights: Record<number, number>;
  /** How the sheet prints: landscape, one page across, the header row repeated. */
  pageSetup: PageSetupPlan;
  /** Cells to highlight in their own sheets. */
  highlights: { sheet: string; cell: string; severity: 'error' | 'warning' | 'info' }[];
}

export interface ReportRow {
  severity: 'error' | 'warning' | 'info';
  /** Displayed severity (Erreur / Avertissement / Information). */
  severityLabel: string;
  sheet: string;
  cell: string;
  rule: string;
  message: string;
}
