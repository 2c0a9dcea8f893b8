import { NUM_FMT } from '../formats';
import type { CellChange } from '../types';
import { Batch, payloadBytes, rowChunks } from './batch';
import { isDateFormat, probeDateSystem, TEXT_FORMAT, toOfficeValue } from './cells';
import { loadProtection, protectedSheetMessage, unprotectedWhile } from './protection';

/** What a command costs in a request besides its arguments (object path, ids). */
const COMMAND_BYTES = 96;
/** Per cell: read getRange + load; write getRange + numberFormat + values. */
const READ_BYTES = 2 * COMMAND_BYTES;
const WRITE_BYTES = 3 * COMMAND_BYTES;

interface Target extends CellChange {
  range: Excel.Range;
  sheetObject: Excel.Worksheet;
}

/** The number format to write with a value, given the cell's current one (undefined: keep). */
function formatFor(value: CellChange['value'], current: unknown): string | undefined {
  if (typeof value === 'string') return TEXT_FORMAT;
  if (value instanceof Date && !isDateFormat(current)) return NUM_FMT.date;
  if (value !== null && current === TEXT_FORMAT) return 'General';
  return undefined;
}

/**
 * Write typed values into cells, in 2 syncs whatever their number: read the cells' formats and
 * the sheets' protection, then write (a string into a Text cell, so "=…", "+…", "-…" or "@…"
 * never becomes a formula; a number, a date or a boolean in a Text cell gets back a format that
 * shows it as such). Each protected sheet is unprotected around its writes and protected again
 * with the same options, in the same batch. Above the request budget (about 15 000 cells), one
 * more sync per budget, each request under 5 MB. Rejects with Excel's ItemNotFound for a
 * missing sheet (the caller says which in French).
 */
export async function setValuesIn(
  context: Excel.RequestContext,
  changes: CellChange[],
  budget?: number,
): Promise<void> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      loadProtection(ws);
      sheets.set(name, ws);
    }
    return ws;
  };
  const dateOffset = probeDateSystem(context.workbook);
  const batch = new Batch(context, budget);
  const targets: Target[] = [];
  for (const change of changes) {
    await batch.reserve(READ_BYTES + change.sheet.length + change.cell.length);
    const sheetObject = sheetOf(change.sheet);
    const range = sheetObject.getRange(change.cell);
    range.load('numberFormat');
    targets.push({ ...change, sheetObject, range });
  }
  await batch.flush();

  const writes = targets.map((t) => {
    const format = formatFor(t.value, t.range.numberFormat[0]?.[0]);
    const value = t.value === null ? '' : toOfficeValue(t.value, dateOffset());
    return { ...t, format, officeValue: value };
  });
  const costs = writes.map(
    (w) => WRITE_BYTES + w.cell.length + payloadBytes(w.officeValue) + (w.format?.length ?? 0),
  );
  for (const chunk of rowChunks(costs, batch.budget)) {
    const inChunk = writes.slice(chunk.start, chunk.end);
    const touched = [...new Set(inChunk.map((w) => w.sheetObject))];
    for (const ws of touched) {
      unprotectedWhile(ws, () => {
        for (const w of inChunk) {
          if (w.sheetObject !== ws) continue;
          if (w.format !== undefined) w.range.numberFormat = [[w.format]];
          w.range.values = [[w.officeValue]];
        }
      });
    }
    try {
      await context.sync();
    } catch (error) {
      const locked = inChunk.find((w) => w.sheetObject.protection.protected);
      if (!locked) throw error;
      throw new Error(protectedSheetMessage(locked.sheet, error), { cause: error });
    }
  }
}
