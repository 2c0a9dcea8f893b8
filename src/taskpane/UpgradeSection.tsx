import { useEffect, useId, useState } from 'react';
import { Button, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookPlan } from '../core/plan/types';
import type { UpgradePlan } from '../core/upgrade/upgrade';
import { messageOf } from './errors';
import { FilePicker } from './FilePicker';
import type { DemoActions, PanelProps } from './panel-props';
import { readFiles, renderIntoWorkbook } from './render-plan';
import { RenderStatus, type RenderStatusValue } from './RenderStatus';
import { StatusBar, type Status } from './StatusBar';
import { UpgradeSummary } from './UpgradeSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
});

/** Mettre à jour le modèle: one older workbook, its upgrade summary, its current-version copy. */
export function UpgradeSection({ port, lang, t, demo }: PanelProps & { demo?: DemoActions }) {
  const styles = useStyles();
  const titleId = useId();
  const [upgrade, setUpgrade] = useState<{ plan: UpgradePlan; workbook: WorkbookPlan }>();
  const [readStatus, setReadStatus] = useState<Status>({ kind: 'idle' });
  const [status, setStatus] = useState<RenderStatusValue>({ kind: 'idle' });
  const busy = readStatus.kind === 'running' || status.kind === 'running';

  useEffect(() => setStatus({ kind: 'idle' }), [port]);

  async function choose(files: FileList | null) {
    const [file] = await readFiles(files);
    if (!file) return;
    setUpgrade(undefined);
    setStatus({ kind: 'idle' });
    setReadStatus({ kind: 'running', label: t.consolidate.reading(0, 1) });
    try {
      const lib = await import(/* webpackChunkName: "consolidate" */ './consolidate');
      setUpgrade(await lib.fileToUpgrade(file, t, lang));
      setReadStatus({ kind: 'idle' });
    } catch (error) {
      setReadStatus({ kind: 'error', title: t.consolidate.readFailed, text: messageOf(error) });
    }
  }

  async function create() {
    if (!upgrade) return;
    setStatus({ kind: 'running', label: t.consolidate.upgrading });
    try {
      const outcome = await renderIntoWorkbook(port, upgrade.workbook, demo !== undefined);
      setStatus(
        outcome.kind === 'exists'
          ? outcome
          : { kind: 'success', text: t.consolidate.upgraded(outcome.sheets) },
      );
    } catch (error) {
      setStatus({ kind: 'error', title: t.consolidate.renderFailed, text: messageOf(error) });
    }
  }

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle1 as="h2" id={titleId}>
        {t.consolidate.upgradeTitle}
      </Subtitle1>
      <FilePicker
        label={t.consolidate.upgradeFile}
        hint={t.consolidate.upgradeFileHint}
        button={t.consolidate.chooseFile}
        chosenLabel={t.consolidate.chosen}
        disabled={busy}
        onChoose={(files) => void choose(files)}
      />
      <StatusBar status={readStatus} />
      {upgrade ? (
        <>
          <UpgradeSummary plan={upgrade.plan} lang={lang} t={t} />
          <Button
            className={styles.submit}
            appearance="primary"
            disabled={busy}
            icon={status.kind === 'running' ? <Spinner size="tiny" /> : null}
            onClick={() => void create()}
          >
            {t.consolidate.upgrade}
          </Button>
        </>
      ) : null}
      <RenderStatus status={status} t={t} demo={demo} />
    </section>
  );
}
