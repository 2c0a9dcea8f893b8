import * as fs from 'fs';
import * as path from 'path';
import { renderIssue } from '../core/i18n/render';
import { restore } from '../core/restore/restore';
import type { Restored } from '../core/restore/types';
import { UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookFile } from '../workbook/xlsx/reader';
import { UsageError } from './args';

/** Input files larger than this are refused before they are read (a workbook is far smaller). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * Read bytes of a file given on the command line, with the French message of each failure. Only
 * regular files are read: a device (/dev/zero), a pipe or a socket is refused before reading, and
 * never more than the size the file had when it was opened.
 */
export function readBytes(file: string): Uint8Array {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    if (!stat.isFile())
      throw new UsageError(
        `« ${file} » n'est pas un fichier ordinaire (périphérique, tube ou socket) : donnez le chemin d'un classeur .xlsx ou .ods.`,
      );
    if (stat.size > MAX_INPUT_BYTES)
      throw new UsageError(
        `« ${file} » fait ${Math.round(stat.size / 1048576)} Mo, au-delà de la limite de ${MAX_INPUT_BYTES / 1048576} Mo : refusé par précaution.`,
      );
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const bytes = new Uint8Array(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const n = fs.readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `fichier introuvable : « ${file} ».`
        : code === 'EISDIR'
          ? `« ${file} » est un dossier.`
          : `impossible de lire « ${file} » (${code}).`,
    );
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

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
