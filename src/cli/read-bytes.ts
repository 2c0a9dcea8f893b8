import * as fs from 'fs';
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
