import type { CheckResult } from '../core/check';
import type { TemplateDef } from '../core/templates/types';
import type { WorkbookPort } from '../workbook/types';
import type { Lang, Strings } from './strings';
import type { TabId } from './tabs';

/** What every panel receives from the shell. */
export interface PanelProps {
  port: WorkbookPort;
  lang: Lang;
  t: Strings;
  /** Open another tab (the next step after an action). */
  go: (tab: TabId) => void;
}

/** Demo-only actions offered inside panels (Excel has no in-memory workbook to reset). */
export interface DemoActions {
  newWorkbook(): void;
}

/** What a document section of Indicateurs receives (bilan, dialogue de gestion). */
export type ReportProps = Pick<PanelProps, 'port' | 'lang' | 't'> & {
  result: CheckResult;
  template: TemplateDef;
};
