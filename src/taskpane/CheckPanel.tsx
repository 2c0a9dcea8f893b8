import { useCallback, useEffect, useRef, useState } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { checkWorkbook, type CheckResult } from '../core/check';
import type { Issue } from '../core/checks/issue';
import { cellRef } from '../core/i18n/render';
import { buildReport } from '../core/report/build-report';
import { messageOf, nextFrame } from './errors';
import { formatValue } from './format';
import { IssueList } from './IssueList';
import type { PanelProps } from './panel-props';
import { SeverityCounts } from './SeverityCounts';
import { StatusBar, type Status } from './StatusBar';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Contrôler: the issues of the workbook, read afresh each time the panel opens. */
export function CheckPanel({ port, lang, t }: PanelProps) {
  const styles = useStyles();
  const [result, setResult] = useState<CheckResult>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const live = useRef(true);

  const run = useCallback(
    async (after?: Status) => {
      setBusy(true);
      setStatus({ kind: 'running', label: t.check.running });
      try {
        await nextFrame();
        const checked = checkWorkbook(await port.readValues());
        if (!live.current) return;
        setResult(checked);
        setStatus(after ?? { kind: 'idle' });
      } catch (error) {
        if (live.current)
          setStatus({ kind: 'error', title: t.check.failed, text: messageOf(error) });
      } finally {
        if (live.current) setBusy(false);
      }
    },
    [port, t],
  );

  useEffect(() => {
    live.current = true;
    setResult(undefined);
    void run();
    return () => {
      live.current = false;
    };
    // Only another workbook re-runs the check; a language switch re-renders the same issues.
  }, [port]);

  async function fix(issue: Issue) {
    if (!issue.fix) return;
    const ref = cellRef(issue.sheet, issue.fix.cell) ?? issue.fix.cell;
    const value = formatValue(issue.fix.value, lang);
    try {
      setBusy(true);
      await port.setValue(issue.sheet, issue.fix.cell, issue.fix.value);
      await run({ kind: 'success', text: t.check.fixed(ref, value) });
    } catch (error) {
      setStatus({ kind: 'error', title: t.check.failed, text: messageOf(error) });
      setBusy(false);
    }
  }

  async function writeReport() {
    if (!result) return;
    const report = buildReport(result, lang);
    setBusy(true);
    try {
      await port.writeReport(report);
      setStatus({ kind: 'success', text: t.check.reportDone(report.rows.length) });
    } catch (error) {
      setStatus({ kind: 'error', title: t.check.failed, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const select = (issue: Issue) => {
    if (!issue.sheet) return;
    port.select(issue.sheet, issue.cell || 'A1').catch((error: unknown) => {
      setStatus({ kind: 'error', title: t.check.failed, text: messageOf(error) });
    });
  };

  return (
    <>
      <Body1 data-panel="check">{t.check.intro}</Body1>
      <div className={styles.actions}>
        <Button onClick={() => void run()} disabled={busy}>
          {t.check.rerun}
        </Button>
        <Button appearance="primary" onClick={() => void writeReport()} disabled={busy || !result}>
          {t.check.report}
        </Button>
      </div>
      <StatusBar status={status} />
      {result ? (
        <>
          <SeverityCounts issues={result.issues} t={t} />
          {result.issues.length === 0 ? (
            <StatusBar status={{ kind: 'success', text: t.check.none }} />
          ) : (
            <IssueList
              issues={result.issues}
              lang={lang}
              t={t}
              disabled={busy}
              onSelect={select}
              onFix={(issue) => void fix(issue)}
            />
          )}
        </>
      ) : null}
    </>
  );
}
