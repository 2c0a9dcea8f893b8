import { useCallback, useEffect, useRef, useState } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../core/check';
import type { Issue } from '../core/checks/issue';
import { cellRef } from '../core/i18n/render';
import { buildReport } from '../core/report/build-report';
import type { CellValue } from '../core/values/cell';
import type { CellChange } from '../workbook/types';
import { checkAgain, checkIsCurrent, lastCheck } from './check-cache';
import { messageOf } from './errors';
import { formatValue } from './format';
import { countBySeverity, issueGroups, valueBefore } from './group-issues';
import { IssueList, type IssueListHandle } from './IssueList';
import type { PanelProps } from './panel-props';
import { SeverityCounts } from './SeverityCounts';
import { StatusBar, type Status } from './StatusBar';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { ':focus': { outlineStyle: 'none' } },
});

/** A fix as written, to undo it: the cell and the value it held. */
interface Change {
  sheet: string;
  cell: string;
  before: CellValue;
}

/**
 * Work out the panel's groups of a check ahead, while the pane is idle (App calls it after each
 * check): the panel then opens on them, without grouping thousands of issues in its first render.
 */
export function prepareCheck(result: CheckResult): void {
  issueGroups(result.issues);
}

/** Contrôler: the issues of the workbook, read afresh each time the panel opens. */
export function CheckPanel({ port, lang, t, go }: PanelProps) {
  const styles = useStyles();
  // The last results at once (a large workbook takes a moment to read); fresh ones follow.
  const [result, setResult] = useState<CheckResult | undefined>(() => lastCheck(port));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [undo, setUndo] = useState<Change[]>();
  const [busy, setBusy] = useState(false);
  const live = useRef(true);
  const statusRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<IssueListHandle>(null);

  const run = useCallback(
    async (after?: Status, force = false) => {
      setBusy(true);
      setStatus({ kind: 'running', label: t.check.running });
      try {
        const checked = await checkAgain(port, { force });
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
    setResult(lastCheck(port));
    // A current check is shown as it is: no busy state, so no second render of a long list.
    if (!checkIsCurrent(port)) void run();
    return () => {
      live.current = false;
    };
    // Only another workbook re-runs the check; a language switch re-renders the same issues.
  }, [port]);

  /** Write values, re-check (a fix may settle or reveal other issues), keep focus on the outcome. */
  async function write(changes: CellChange[], done: Status, undoable?: Change[]) {
    try {
      setBusy(true);
      // One batch whatever the number of cells (one recalculation in the demo, 2 syncs in Excel).
      await port.setValues(changes);
      setUndo(undoable);
      await run(done);
    } catch (error) {
      setStatus({ kind: 'error', title: t.check.failed, text: messageOf(error) });
      setBusy(false);
    }
    // The fixed row is gone: focus goes to the message saying what changed (and offering undo).
    statusRef.current?.focus();
  }

  const changeOf = (issue: Issue) =>
    issue.fix ? { sheet: issue.sheet, cell: issue.fix.cell, value: issue.fix.value } : undefined;
  const undoOf = (issues: Issue[]): Change[] =>
    issues.flatMap((i) => {
      const before = valueBefore(i);
      return i.fix && before !== undefined ? [{ sheet: i.sheet, cell: i.fix.cell, before }] : [];
    });

  function fix(issue: Issue) {
    const change = changeOf(issue);
    if (!change) return;
    const ref = cellRef(issue.sheet, change.cell) ?? change.cell;
    const text = t.check.fixed(ref, formatValue(change.value, lang));
    void write([change], { kind: 'success', text }, undoOf([issue]));
  }

  function fixAll(issues: Issue[]) {
    const changes = issues.flatMap((i) => changeOf(i) ?? []);
    void write(
      changes,
      { kind: 'success', text: t.check.fixedAll(changes.length) },
      undoOf(issues),
    );
  }

  function restore() {
    if (!undo) return;
    const changes = undo.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.before }));
    void write(changes, { kind: 'success', text: t.check.undone(changes.length) });
  }

  async function writeReport() {
    if (!result) return;
    const report = buildReport(result, lang);
    setUndo(undefined);
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

  // A workbook without Trépied sheets (empty, or someone else's): nothing to list or report.
  const trepied = Boolean(result?.template);
  const issues = result?.issues ?? [];
  const errors = countBySeverity(issues).error;
  return (
    <>
      <Body1 data-panel="check">{t.check.intro}</Body1>
      <div className={styles.actions}>
        <Button
          onClick={() => {
            setUndo(undefined);
            void run(undefined, true);
          }}
          disabled={busy}
        >
          {t.check.rerun}
        </Button>
        <Button
          appearance="primary"
          onClick={() => void writeReport()}
          disabled={busy || !trepied || issues.length === 0}
        >
          {t.check.report}
        </Button>
      </div>
      <div ref={statusRef} tabIndex={-1} className={styles.status}>
        <StatusBar
          status={status}
          action={
            undo && undo.length > 0 && status.kind === 'success' ? (
              <Button size="small" disabled={busy} onClick={restore}>
                {t.check.undo}
              </Button>
            ) : undefined
          }
        />
      </div>
      {result && !trepied ? (
        <StatusBar
          status={{ kind: 'warning', text: t.check.empty }}
          action={
            <Button size="small" appearance="primary" onClick={() => go('create')}>
              {t.check.goCreate}
            </Button>
          }
        />
      ) : null}
      {result && trepied ? (
        <>
          <SeverityCounts
            issues={issues}
            t={t}
            onGo={(severity) => {
              // The first of that severity in the list's own order (by rule, errors first).
              const first = issueGroups(issues)
                .all.flatMap((g) => g.issues)
                .find((i) => i.severity === severity);
              if (first) listRef.current?.reveal(first);
            }}
          />
          {errors === 0 ? (
            <StatusBar
              status={{
                kind: 'success',
                text: `${issues.length === 0 ? `${t.check.none} ` : ''}${t.check.next}`,
              }}
              action={
                <Button size="small" onClick={() => go('indicators')}>
                  {t.check.goIndicators}
                </Button>
              }
            />
          ) : null}
          {issues.length > 0 ? (
            <IssueList
              ref={listRef}
              issues={issues}
              lang={lang}
              t={t}
              disabled={busy}
              onSelect={select}
              onFix={fix}
              onFixAll={fixAll}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
