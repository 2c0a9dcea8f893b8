/**
 * The Contrôles sheet and the cell highlights, described before they are written (both adapters
 * render this). Built by the checker from its issues; messages are already in the user's language.
 */
export interface ReportPlan {
  sheet: 'Contrôles';
  /** Header row of the Contrôles table. */
  headers: string[];
  rows: ReportRow[];
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
