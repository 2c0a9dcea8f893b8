import { useEffect, useState } from 'react';
import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { buildDialogue, dialogueMissions } from '../core/bilan/dialogue';
import { enteredTables } from '../core/check';
import { serialToDate } from '../core/read/parse-date';
import { ACI_DUE_DATES } from '../core/templates/cpts-aci';
import { DIALOGUE_MARK } from '../core/templates/marks';
import type { CellValue } from '../core/values/cell';
import { displayDate } from '../core/values/display';
import { checkAgain } from './check-cache';
import { ConfirmDialog } from './ConfirmDialog';
import { messageOf } from './errors';
import { formatFigureText } from './format';
import type { ReportProps } from './panel-props';
import { StatusBar, type Status } from './StatusBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
  schedule: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A due date of the ACI sheet as the records give it (a date, or its serial number). */
const asDate = (v: CellValue | undefined): Date | undefined =>
  v instanceof Date ? v : typeof v === 'number' ? serialToDate(v) : undefined;

/**
 * « Dialogue de gestion » (issue 15): the same pages as `trepied dialogue`, one per ACI mission,
 * written into the open workbook ready to print, from the workbook as it is now (checked again).
 * A second click replaces the pages Trépied wrote (marked by a defined name, never a sheet of the
 * user's with the same name): the pages follow the payments typed since.
 */
export function DialogueSection({ port, lang, t, result, template }: ReportProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** The dialogue pages Trépied already wrote in this workbook: the button then refreshes them. */
  const [pages, setPages] = useState<string[]>([]);
  /** Asking before a refresh (what was typed on the pages is lost). */
  const [confirming, setConfirming] = useState(false);
  const tables = enteredTables(result.records);
  const missions = dialogueMissions(tables);
  useEffect(() => {
    let live = true;
    port.markedPages(DIALOGUE_MARK).then(
      (found) => live && setPages(found),
      () => live && setPages([]),
    );
    return () => {
      live = false;
    };
  }, [port, result]);
  // The payments by due date, as the Synthèse sheet shows them (issue 15).
  const euros = (name: string) => {
    const v = result.figures[name];
    return typeof v === 'number' ? formatFigureText(v, 'money', lang) : '—';
  };
  // Every ACI row has the same due dates (from « Année contractuelle (début) »).
  const dateOf = (column: string) => {
    const date = (tables['ACI'] ?? []).map((r) => asDate(r[column])).find((x) => x !== undefined);
    return date ? displayDate(date, lang) : undefined;
  };
  const schedule = ACI_DUE_DATES.filter((d) => d.names.expected in result.figures).map((d) => ({
    key: d.names.expected,
    text: t.dialogue.due(
      d.when[lang],
      dateOf(d.date),
      d.what[lang],
      euros(d.names.expected),
      euros(d.names.paid),
      euros(d.names.remaining),
    ),
  }));

  async function build() {
    setConfirming(false);
    setStatus({ kind: 'running', label: t.dialogue.running });
    try {
      // The figures of the workbook as it is now: the user may have typed a payment since.
      const fresh = await checkAgain(port);
      const plan = buildDialogue(template, enteredTables(fresh.records), {
        lang,
        issues: fresh.issues,
      });
      const written = await port.writePages(plan, DIALOGUE_MARK);
      setPages(await port.markedPages(DIALOGUE_MARK));
      setStatus({ kind: 'success', text: t.dialogue.done(written.sheets, written.replaced) });
    } catch (error) {
      setStatus({ kind: 'error', title: t.dialogue.failed, text: messageOf(error) });
    }
  }

  return (
    <section className={styles.root} aria-labelledby="report-dialogue" data-section="dialogue">
      <Body1>{missions.length > 0 ? t.dialogue.intro : t.dialogue.none}</Body1>
      {missions.length > 0 && schedule.length > 0 ? (
        <ul className={styles.schedule} aria-label={t.dialogue.schedule} data-part="schedule">
          {schedule.map((x) => (
            <li key={x.key}>
              <Body1>{x.text}</Body1>
            </li>
          ))}
        </ul>
      ) : null}
      {missions.length > 0 ? (
        <Button
          className={styles.submit}
          disabled={status.kind === 'running'}
          icon={status.kind === 'running' ? <Spinner size="tiny" /> : null}
          onClick={() => (pages.length > 0 ? setConfirming(true) : void build())}
        >
          {pages.length > 0 ? t.dialogue.refresh : t.dialogue.build}
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t.dialogue.confirmTitle}
        confirm={t.dialogue.confirm}
        onConfirm={() => void build()}
        cancel={t.dialogue.cancel}
        onCancel={() => setConfirming(false)}
      >
        {t.dialogue.confirmText(pages)}
      </ConfirmDialog>
      <StatusBar status={status} />
    </section>
  );
}
