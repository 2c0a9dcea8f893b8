import type { CheckResult } from '../core/check';
import type { WorkbookPort } from '../workbook/types';

/*
 * Fresh checks announced to the shell, which prepares what a panel will show of them while the
 * pane is idle. Apart from check-cache.ts so that the shell does not load the checker.
 */

type CheckListener = (port: WorkbookPort, result: CheckResult) => void;
const listeners = new Set<CheckListener>();

/** Be told of each fresh check; returns the stop. */
export function onCheck(listener: CheckListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceCheck(port: WorkbookPort, result: CheckResult): void {
  for (const listener of listeners) listener(port, result);
}
