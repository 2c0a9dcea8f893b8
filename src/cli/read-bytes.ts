import * as fs from 'fs';
import { UsageError } from './args';
import { systemReason } from './system-error';

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
          : `impossible de lire « ${file} » (${systemReason(e)}).`,
    );
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
