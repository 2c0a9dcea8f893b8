import * as path from 'path';
import { renderIssue } from '../core/i18n/render';
import { restore } from '../core/restore/restore';
import type { Restored } from '../core/restore/types';
import { openWorkbook, UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookValues } from '../workbook/xlsx/read';
import { UsageError } from './args';
import { readBytes } from './read-bytes';

/**
 * A workbook file restored for upgrade or merge: opened safely, every value read (hyperlinks,
 * cells outside the tables), recognised. Any failure is a UsageError (exit 2) saying why.
 */
export async function readRestored(file: string): Promise<Restored> {
  const name = path.basename(file);
  let wb;
  try {
    wb = await openWorkbook(readBytes(file), name);
  } catch (e) {
    if (e instanceof UnreadableWorkbook) throw new UsageError(e.message);
    throw e;
  }
  const r = restore(readWorkbookValues(wb, { everything: true }), name);
  if (!r.template) {
    const why = r.issues.map((i) => renderIssue(i, 'fr')).join(' ');
    throw new UsageError(`« ${name} » n'est pas un classeur Trépied reconnu : ${why}`);
  }
  return r;
}
