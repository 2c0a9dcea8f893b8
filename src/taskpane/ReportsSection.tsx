import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BilanSection } from './BilanSection';
import { DialogueSection } from './DialogueSection';
import type { ReportProps } from './panel-props';
import { useStored } from './use-stored';

const useStyles = makeStyles({
  // Flush with the panel's other content (Fluent pads headers and panels for nested menus).
  header: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  title: { fontWeight: tokens.fontWeightSemibold },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalM },
});

type Report = 'bilan' | 'dialogue';
const REPORTS: readonly Report[] = ['bilan', 'dialogue'];
const reportsFrom = (stored: unknown): Report[] | undefined =>
  Array.isArray(stored) ? REPORTS.filter((r) => stored.includes(r)) : undefined;

/**
 * Indicateurs › the documents to produce (bilan; for a CPTS, the dialogue de gestion), first in
 * the panel and folded (issue 14): one line each in a narrow pane, above the long lists, so that
 * a coordinator finds them without scrolling. What is open is kept across tabs and reloads.
 */
export function ReportsSection({ port, lang, t, result, template }: ReportProps) {
  const styles = useStyles();
  const [open, setOpen] = useStored<Report[]>('indicators.open', [], reportsFrom);
  // The bilan covers actions and their proofs (not the self-assessment's scores); the dialogue
  // de gestion a CPTS's ACI missions.
  const offered: Record<Report, boolean> = {
    bilan: template.evidence !== undefined,
    dialogue: template.id === 'cpts',
  };
  const reports = REPORTS.filter((r) => offered[r]);
  if (reports.length === 0) return null;
  const titles: Record<Report, string> = { bilan: t.bilan.title, dialogue: t.dialogue.title };
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_e, data) => setOpen(reportsFrom(data.openItems) ?? [])}
      data-testid="reports"
    >
      {reports.map((report) => (
        <AccordionItem key={report} value={report}>
          <AccordionHeader
            as="h2"
            className={styles.header}
            button={{ id: `report-${report}`, className: styles.title }}
          >
            {titles[report]}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {report === 'bilan' ? (
              <BilanSection port={port} lang={lang} t={t} result={result} />
            ) : (
              <DialogueSection port={port} lang={lang} t={t} result={result} template={template} />
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
