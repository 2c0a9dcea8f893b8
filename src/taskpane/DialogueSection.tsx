import { useState } from 'react';
import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { buildDialogue, dialogueMissions } from '../core/bilan/dialogue';
import type { CheckResult } from '../core/check';
import type { TemplateDef } from '../core/templates/types';
import type { Row } from '../core/values/cell';
import { messageOf } from './errors';
import type { PanelProps } from './panel-props';
import { StatusBar, type Status } from './StatusBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
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

  async function build() {
    setStatus({ kind: 'running', label: t.dialogue.running });
    try {
      const plan = buildDialogue(template, tables, { lang });
      await port.render(plan);
      setStatus({ kind: 'success', text: t.dialogue.done(plan.sheets.map((s) => s.name)) });
    } catch (error) {
      setStatus({ kind: 'error', title: t.dialogue.failed, text: messageOf(error) });
    }
  }

  return (
    <section className={styles.root} aria-labelledby="report-dialogue" data-section="dialogue">
      <Body1>{missions.length > 0 ? t.dialogue.intro : t.dialogue.none}</Body1>
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
