import type { WorkbookPlan } from '../core/plan/types';
import type { WorkbookPort } from '../workbook/types';

export type RenderOutcome = { kind: 'exists'; sheets: string[] } | { kind: 'done'; sheets: number };

/**
 * Render a built workbook (merged or upgraded) into the open one. In demo mode a workbook that
 * already has sheets is not touched: the pane offers a new one first. In Excel the port itself
 * refuses existing sheets, with its French message (thrown).
 */
export async function renderIntoWorkbook(
  port: WorkbookPort,
  plan: WorkbookPlan,
  demo: boolean,
): Promise<RenderOutcome> {
  if (demo) {
    const existing = await port.sheetNames();
    if (existing.length > 0) return { kind: 'exists', sheets: existing };
  }
  await port.render(plan);
  return { kind: 'done', sheets: plan.sheets.filter((s) => s.state === 'visible').length };
}

/** Bytes and name of each chosen file. */
export async function readFiles(
  list: FileList | null,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = list ? Array.from(list) : [];
  return Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}
