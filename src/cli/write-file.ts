import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './args';
import { errnoCode, systemReason } from './system-error';

/** The same file on disk: same device and inode (a hard link, a symlink, a linked folder). */
function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** The nearest folder of `dir` that exists (the output's folder is created when missing). */
function nearestExisting(dir: string): string {
  let d = dir;
  while (!fs.existsSync(d) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}

/**
 * Refuse, before any work, an output that is an input (compared as files: symlinks, linked
 * folders and hard links included, even with --force), not .xlsx, a folder, existing without
 * --force, or in a folder where the file cannot be written.
 */
export function checkOutput(file: string, force: boolean, inputs: string[] = []): void {
  const target = path.resolve(file);
  const outStat = statOrUndefined(target);
  for (const input of inputs) {
    const inStat = statOrUndefined(input);
    if (path.resolve(input) === target || (outStat && inStat && sameFile(outStat, inStat))) {
      throw new UsageError(
        `« ${file} » est le fichier d'entrée « ${input} » (même fichier sur le disque) : choisissez un autre nom de sortie, l'entrée n'est jamais remplacée.`,
      );
    }
  }
  if (!/\.xlsx$/i.test(file))
    throw new UsageError(`Le fichier de sortie « ${file} » doit finir par .xlsx.`);
  if (outStat?.isDirectory())
    throw new UsageError(`« ${file} » est un dossier : donnez un nom de fichier .xlsx.`);
  if (outStat && !force)
    throw new UsageError(`Le fichier « ${file} » existe déjà. Ajoutez --force pour le remplacer.`);
  const dir = path.dirname(target);
  const existing = nearestExisting(dir);
  const shown = path.dirname(file);
  if (!fs.statSync(existing).isDirectory())
    throw new UsageError(`Impossible d'écrire « ${file} » : « ${existing} » n'est pas un dossier.`);
  if (existing !== dir) {
    try {
      fs.accessSync(existing, fs.constants.W_OK | fs.constants.X_OK);
    } catch (e) {
      throw new UsageError(`Impossible de créer le dossier « ${shown} » (${systemReason(e)}).`);
    }
    return;
  }
  // Try the folder for real (permissions, read-only disk): a file created and removed at once.
  const probe = path.join(dir, `.${path.basename(target)}.${process.pid}.probe`);
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
  } catch (e) {
    if (errnoCode(e) !== 'EEXIST')
      throw new UsageError(
        `Impossible d'écrire dans le dossier « ${shown} » (${systemReason(e)}).`,
      );
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
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(
      `Impossible de créer le dossier « ${path.dirname(file)} » (${systemReason(e)}).`,
    );
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
    throw new UsageError(`Impossible d'écrire « ${file} » (${systemReason(e)}).`);
  }
}
