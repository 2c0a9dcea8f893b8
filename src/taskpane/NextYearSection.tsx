import { useEffect, useId, useState } from 'react';
import {
  Body1,
  Button,
  Field,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BASELINE_CHOICES, type BaselineChoice } from '../core/carry/baseline';
import type { WorkbookPlan } from '../core/plan/types';
import { useSummaryStyles } from './summary-styles';
import { messageOf } from './errors';
import { FilePicker } from './FilePicker';
import { NEXT_YEAR } from './next-year-strings';
import type { DemoActions, PanelProps } from './panel-props';
import { readFiles, renderIntoWorkbook } from './render-plan';
import { RenderStatus, type RenderStatusValue } from './RenderStatus';
import { StatusBar, type Status } from './StatusBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
});

/** Créer, « À partir du classeur de l'an dernier »: next year's workbook from this year's file. */
export function NextYearSection({ port, lang, t, go, demo }: PanelProps & { demo?: DemoActions }) {
  const styles = useStyles();
  const summary = useSummaryStyles();
  const titleId = useId();
  const s = NEXT_YEAR[lang];
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array }>();
  const [baseline, setBaseline] = useState<BaselineChoice>('cumul');
  const [next, setNext] = useState<{ lines: string[]; workbook: WorkbookPlan }>();
  const [readStatus, setReadStatus] = useState<Status>({ kind: 'idle' });
  const [status, setStatus] = useState<RenderStatusValue>({ kind: 'idle' });
  const busy = readStatus.kind === 'running' || status.kind === 'running';

  useEffect(() => setStatus({ kind: 'idle' }), [port]);

  // The report follows the file and the baseline choice.
  useEffect(() => {
    if (!file) return;
    let live = true;
    setNext(undefined);
    setReadStatus({ kind: 'running', label: s.reading });
    void (async () => {
      try {
        const lib = await import(/* webpackChunkName: "consolidate" */ './next-year');
        const result = await lib.fileToNextYear(file, baseline, t, lang);
        if (!live) return;
        setNext(result);
        setReadStatus({ kind: 'idle' });
      } catch (error) {
        if (live) setReadStatus({ kind: 'error', title: s.readFailed, text: messageOf(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [file, baseline, t, lang, s]);

  async function choose(files: FileList | null) {
    const [chosen] = await readFiles(files);
    if (!chosen) return;
    setStatus({ kind: 'idle' });
    setFile(chosen);
  }

  async function create() {
    if (!next) return;
    setStatus({ kind: 'running', label: s.running });
    try {
      const outcome = await renderIntoWorkbook(port, next.workbook, demo !== undefined);
      setStatus(
        outcome.kind === 'exists' ? outcome : { kind: 'success', text: s.done(outcome.sheets) },
      );
    } catch (error) {
      setStatus({ kind: 'error', title: s.failed, text: messageOf(error) });
    }
  }

  return (
    <section className={styles.root} aria-labelledby={titleId} data-panel="next-year">
      <Subtitle2 as="h2" id={titleId}>
        {s.title}
      </Subtitle2>
      <Body1>{s.intro}</Body1>
      <FilePicker
        label={s.file}
        hint={s.fileHint}
        button={s.choose}
        chosenLabel={s.chosen}
        disabled={busy}
        onChoose={(files) => void choose(files)}
      />
      <Field className={styles.field} label={s.baseline}>
        <Select
          className={styles.select}
          value={baseline}
          disabled={busy}
          onChange={(_e, data) =>
            setBaseline(BASELINE_CHOICES.find((c) => c === data.value) ?? 'cumul')
          }
        >
          {BASELINE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {s.choices[c]}
            </option>
          ))}
        </Select>
      </Field>
      <StatusBar status={readStatus} />
      {next ? (
        <>
          <section
            className={summary.root}
            aria-labelledby="next-year-summary"
            data-testid="next-year-summary"
          >
            <Subtitle2 as="h3" id="next-year-summary">
              {s.summary}
            </Subtitle2>
            <ul className={summary.list}>
              {next.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
          <Button
            className={styles.submit}
            appearance="primary"
            disabled={busy}
            icon={status.kind === 'running' ? <Spinner size="tiny" /> : null}
            onClick={() => void create()}
          >
            {s.submit}
          </Button>
        </>
      ) : null}
      <RenderStatus status={status} t={t} demo={demo} onCheck={() => go('check')} />
    </section>
  );
}
