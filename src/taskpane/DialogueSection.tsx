import { useState } from 'react';
import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { buildDialogue, dialogueMissions } from '../core/bilan/dialogue';
import type { CheckResult } from '../core/check';
import { ACI_DUE_DATES } from '../core/templates/cpts-aci';
import type { TemplateDef } from '../core/templates/types';
import type { Row } from '../core/values/cell';
import { messageOf } from './errors';
import { formatFigureText } from './format';
import type { PanelProps } from './panel-props';
import { StatusBar, type Status } from './StatusBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
  schedule: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * « Dialogue de gestion » (issue 15): the same pages as `trepied dialogue`, one per ACI mission,
 * added to the open workbook ready to print, from the records of the last check.
 */
export function DialogueSection({
  port,
  lang,
  t,
  result,
  template,
}: Pick<PanelProps, 'port' | 'lang' | 't'> & { result: CheckResult; template: TemplateDef }) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const tables: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(result.records)) tables[name] = rows.map((r) => r.raw);
  const missions = dialogueMissions(tables);
  // The payments by due date, as the Synthèse sheet shows them (issue 15).
  const euros = (name: string) => {
    const v = result.figures[name];
    return typeof v === 'number' ? formatFigureText(v, 'money', lang) : '—';
  };
  const schedule = ACI_DUE_DATES.filter((d) => d.names.expected in result.figures).map((d) => ({
    key: d.names.expected,
    text: t.dialogue.due(
      d.when[lang],
      d.what[lang],
      euros(d.names.expected),
      euros(d.names.paid),
      euros(d.names.remaining),
    ),
  }));

  async function build() {
    setStatus({ kind: 'running', label: t.dialogue.running });
    try {
      const plan = buildDialogue(template, tables, { lang, issues: result.issues });
      await port.render(plan);
      setStatus({ kind: 'success', text: t.dialogue.done(plan.sheets.map((s) => s.name)) });
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
          onClick={() => void build()}
        >
          {t.dialogue.build}
        </Button>
      ) : null}
      <StatusBar status={status} />
    </section>
  );
}
