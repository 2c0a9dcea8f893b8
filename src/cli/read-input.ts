import * as path from 'path';
import { renderIssue } from '../core/i18n/render';
import { restore } from '../core/restore/restore';
import type { Restored } from '../core/restore/types';
import { UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookFile } from '../workbook/xlsx/reader';
import { UsageError } from './args';
import { readBytes } from './read-bytes';

/**
 * A workbook file restored for upgrade or merge: opened safely, every value read (hyperlinks,
 * cells outside the tables), recognised. Any failure is a UsageError (exit 2) saying why.
 */
export async function readRestored(file: string): Promise<Restored> {
  const name = path.basename(file);
  let values;
  try {
    values = await readWorkbookFile(readBytes(file), name, { everything: true });
  } catch (e) {
    if (e instanceof UnreadableWorkbook) throw new UsageError(e.message);
    throw e;
  }
  const r = restore(values, name);
  if (!r.template) {
    const why = r.issues.map((i) => renderIssue(i, 'fr')).join(' ');
    throw new UsageError(`« ${name} » n'est pas un classeur Trépied reconnu : ${why}`);
  }
  return r;
}
