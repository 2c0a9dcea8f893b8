import { useEffect, useId, useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  ProgressBar,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { MergePlan } from '../core/merge/types';
import type { Lang } from '../core/templates/types';
import { messageOf } from './errors';
import { FilePicker } from './FilePicker';
import { MergeSummary } from './MergeSummary';
import type { DemoActions, PanelProps } from './panel-props';
import { readFiles, renderIntoWorkbook } from './render-plan';
import { RenderStatus, type RenderStatusValue } from './RenderStatus';
import { StatusBar, type Status } from './StatusBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  submit: { alignSelf: 'flex-start' },
});

interface Loaded {
  plan: MergePlan;
  /** The first workbook's language: the merged one's. */
  lang: Lang;
  files: number;
}

/** Consolider des classeurs partenaires: choose files, see the dry run, merge. */
export function MergeSection({ port, lang, t, go, demo }: PanelProps & { demo?: DemoActions }) {
  const styles = useStyles();
  const titleId = useId();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [loaded, setLoaded] = useState<Loaded>();
  const [renumber, setRenumber] = useState(false);
  const [readStatus, setReadStatus] = useState<Status>({ kind: 'idle' });
  const [status, setStatus] = useState<RenderStatusValue>({ kind: 'idle' });
  const busy = progress !== undefined || status.kind === 'running';

  // Another workbook (demo: new) starts from a clean message; the files stay chosen.
  useEffect(() => setStatus({ kind: 'idle' }), [port]);

  async function choose(files: FileList | null) {
    const chosen = await readFiles(files);
    if (chosen.length === 0) return;
    setLoaded(undefined);
    setStatus({ kind: 'idle' });
    setReadStatus({ kind: 'idle' });
    setProgress({ done: 0, total: chosen.length });
    try {
      const lib = await import(/* webpackChunkName: "consolidate" */ './consolidate');
      const restored = await lib.readAll(chosen, t, lang, (done, total) =>
        setProgress({ done, total }),
      );
      const plan = lib.planMergeOf(restored, t);
      setLoaded({
        plan,
        lang: restored[0]?.lang ?? 'fr',
        files: restored.length,
      });
    } catch (error) {
      setReadStatus({ kind: 'error', title: t.consolidate.readFailed, text: messageOf(error) });
    } finally {
      setProgress(undefined);
    }
  }

  async function merge() {
    if (!loaded) return;
    setStatus({ kind: 'running', label: t.consolidate.merging });
    try {
      const lib = await import(/* webpackChunkName: "consolidate" */ './consolidate');
      const plan = lib.mergedPlan(loaded.plan, renumber, loaded.lang);
      const outcome = await renderIntoWorkbook(port, plan, demo !== undefined);
      setStatus(
        outcome.kind === 'exists'
          ? outcome
          : {
              kind: 'success',
              text: `${t.consolidate.merged(loaded.files, outcome.sheets)} ${t.consolidate.mergeNext}`,
            },
      );
    } catch (error) {
      setStatus({ kind: 'error', title: t.consolidate.renderFailed, text: messageOf(error) });
    }
  }

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle1 as="h2" id={titleId}>
        {t.consolidate.mergeTitle}
      </Subtitle1>
      <FilePicker
        label={t.consolidate.mergeFiles}
        hint={t.consolidate.mergeFilesHint}
        button={t.consolidate.chooseFiles}
        chosenLabel={t.consolidate.chosen}
        multiple
        disabled={busy}
        onChoose={(files) => void choose(files)}
      />
      {progress ? (
        <Field
          className={styles.field}
          validationState="none"
          validationMessage={t.consolidate.reading(progress.done, progress.total)}
        >
          <ProgressBar
            value={progress.done}
            max={progress.total}
            aria-label={t.consolidate.reading(progress.done, progress.total)}
          />
        </Field>
      ) : null}
      <StatusBar status={readStatus} />
      {loaded ? (
        <>
          <MergeSummary
            plan={loaded.plan}
            renumber={renumber}
            lang={lang}
            t={t}
            actions={
              <>
                <Checkbox
                  label={t.consolidate.renumber}
                  checked={renumber}
                  onChange={(_e, data) => setRenumber(data.checked === true)}
                />
                <Button
                  className={styles.submit}
                  appearance="primary"
                  disabled={busy}
                  icon={status.kind === 'running' ? <Spinner size="tiny" /> : null}
                  onClick={() => void merge()}
                >
                  {t.consolidate.merge}
                </Button>
                <RenderStatus status={status} t={t} demo={demo} onCheck={() => go('check')} />
              </>
            }
          />
        </>
      ) : (
        <RenderStatus status={status} t={t} demo={demo} onCheck={() => go('check')} />
      )}
    </section>
  );
}
