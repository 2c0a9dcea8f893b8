import { checkWorkbook, type CheckResult } from '../core/check';
import type { WorkbookPort } from '../workbook/types';
import { announceCheck } from './check-events';
import { nextFrame } from './errors';

/** The last check of each workbook, shown at once when a panel opens. */
const last = new WeakMap<WorkbookPort, CheckResult>();
/**
 * For a workbook whose changes the pane is told of (the demo's, in memory): whether it changed
 * since its last check. Excel's workbook is not tracked: the user may type in it at any time.
 */
const changed = new WeakMap<WorkbookPort, boolean>();

export function lastCheck(port: WorkbookPort): CheckResult | undefined {
  return last.get(port);
}

/**
 * Whether the last check is known to be current (the demo's workbook, unchanged since): a panel
 * opening on it has nothing to read again, and no « running » state to show.
 */
export function checkIsCurrent(port: WorkbookPort): boolean {
  return last.has(port) && changed.get(port) === false;
}

/** Be told of a workbook's changes, so that an unchanged one is not read again; returns the stop. */
export function trackChanges(
  port: WorkbookPort,
  subscribe: (onChange: () => void) => () => void,
): () => void {
  changed.set(port, true);
  return subscribe(() => changed.set(port, true));
}

/**
 * The workbook's check: the last one when the workbook is known not to have changed since, else
 * read and checked afresh (the user may have typed in it), after letting the browser paint.
 */
export async function checkAgain(
  port: WorkbookPort,
  options: { force?: boolean } = {},
): Promise<CheckResult> {
  const known = last.get(port);
  if (known && changed.get(port) === false && !options.force) return known;
  await nextFrame();
  // Marked before reading: a change during the read marks it changed again.
  if (changed.has(port)) changed.set(port, false);
  const result = checkWorkbook(await port.readValues());
  last.set(port, result);
  announceCheck(port, result);
  return result;
}

/** Something derived from a check (the indicators' chart), computed once per result. */
export function derived<T extends object>(
  cache: WeakMap<CheckResult, T>,
  result: CheckResult,
  make: () => T,
): T {
  const known = cache.get(result);
  if (known) return known;
  const made = make();
  cache.set(result, made);
  return made;
}
