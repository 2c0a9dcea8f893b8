import { markedSheets, pageMarks, pagesToReplace, type WrittenPages } from '../../core/plan/pages';
import type { WorkbookPlan } from '../../core/plan/types';
import { Batch } from './batch';
import { probeDateSystem } from './cells';
import { freeSheetName, writeSheet, type SheetWriteOptions } from './sheets';

/** The defined names as loaded: a range's reference, an error (#REF!) or a constant. */
function namedRefs(items: Excel.NamedItem[]): { name: string; ref: string }[] {
  return items
    .filter((n) => n.type === 'Range' && typeof n.value === 'string')
    .map((n) => ({ name: n.name, ref: n.value as string }));
}

/** The sheets carrying `mark`, in the workbook's order (1 sync). */
export async function markedPagesIn(
  context: Excel.RequestContext,
  mark: string,
): Promise<string[]> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.names.load('items/name,items/type,items/value');
  await context.sync();
  const marked = markedSheets(mark, namedRefs(wb.names.items));
  return wb.worksheets.items.map((s) => s.name).filter((n) => marked.has(n.toLowerCase()));
}

/**
 * Write the plan's sheets as marked pages (the dialogue de gestion, issue 15), replacing the
 * same-named sheets that carry the mark: 1 sync to look (sheets, names, date system), then
 * everything in 1 more whatever the pages (one more per 4 MB, see Batch). A same-named sheet
 * without the mark is the user's: ForeignSheets, nothing written. The old pages are renamed out
 * of the way and deleted once the new ones exist, so that the workbook keeps a visible sheet at
 * every step (Excel refuses to delete the last one); their marks are deleted first (a deleted
 * sheet would leave them as #REF!).
 */
export async function writePagesTo(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  mark: string,
  options: SheetWriteOptions = {},
): Promise<WrittenPages> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.names.load('items/name,items/type,items/value');
  const probe = probeDateSystem(wb);
  await context.sync();
  const offset = probe();
  const marked = markedSheets(mark, namedRefs(wb.names.items));
  const existing = wb.worksheets.items;
  const pages = plan.sheets.map((s) => s.name);
  const replaced = pagesToReplace(
    pages,
    existing.map((s) => s.name),
    marked,
  );
  const gone = new Set(replaced.flatMap((s) => marked.get(s.toLowerCase()) ?? []));
  for (const n of wb.names.items) if (gone.has(n.name)) n.delete();
  const taken = [...existing.map((s) => s.name), ...pages];
  const old = replaced.map((name) => {
    const ws = existing.find((s) => s.name === name) as Excel.Worksheet;
    const aside = freeSheetName(`${name.slice(0, 20)} (ancienne)`, taken);
    taken.push(aside);
    ws.name = aside;
    return ws;
  });
  const batch = new Batch(context, options.budget);
  const added = [];
  for (const sp of plan.sheets) {
    const ws = wb.worksheets.add(sp.name);
    await writeSheet(ws, sp, batch, offset, options);
    added.push(ws);
  }
  const kept = wb.names.items.map((n) => n.name).filter((n) => !gone.has(n));
  for (const n of pageMarks(mark, pages, kept)) wb.names.add(n.name, `=${n.ref}`);
  for (const ws of old) ws.delete();
  added[0]?.activate();
  await batch.flush();
  return { sheets: pages, replaced };
}
