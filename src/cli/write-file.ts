import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './args';

/** Refuse an output that is an input, not .xlsx, or exists without --force (before any work). */
export function checkOutput(file: string, force: boolean, inputs: string[] = []): void {
  const target = path.resolve(file);
  if (inputs.some((i) => path.resolve(i) === target)) {
    throw new UsageError(
      `« ${file} » est aussi un fichier d'entrée : choisissez un autre nom de sortie.`,
    );
  }
  if (!/\.xlsx$/i.test(file))
    throw new UsageError(`Le fichier de sortie « ${file} » doit finir par .xlsx.`);
  if (fs.existsSync(target) && !force) {
    throw new UsageError(`Le fichier « ${file} » existe déjà. Ajoutez --force pour le remplacer.`);
  }
}

/** Write bytes to a new file, through a temporary file, never over an input. */
export function writeOutput(
  file: string,
  bytes: Uint8Array,
  force: boolean,
  inputs: string[] = [],
): void {
  checkOutput(file, force, inputs);
  const target = path.resolve(file);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch {
      throw new UsageError(`Impossible de créer le dossier « ${path.dirname(file)} ».`);
    }
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the temporary file could not even be created
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'accès refusé'
        : code === 'EISDIR'
          ? "c'est un dossier"
          : code === 'ENOTDIR'
            ? 'le chemin passe par un fichier'
            : (code ?? 'erreur');
    throw new UsageError(`Impossible d'écrire « ${file} » (${why}).`);
  }
}
