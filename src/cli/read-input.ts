import * as fs from 'fs';
import * as path from 'path';
import { renderIssue } from '../core/i18n/render';
import { restore } from '../core/restore/restore';
import type { Restored } from '../core/restore/types';
import { openWorkbook, UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookValues } from '../workbook/xlsx/read';
import { UsageError } from './args';
import { systemReason } from './system-error';

/** Read bytes of a file given on the command line, with the French message of each failure. */
export function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `fichier introuvable : « ${file} ».`
        : code === 'EISDIR'
          ? `« ${file} » est un dossier.`
          : `impossible de lire « ${file} » (${systemReason(e)}).`,
    );
  }
}

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
