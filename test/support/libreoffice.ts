import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A private LibreOffice profile that recalculates every formula when a file is loaded. */
function profileDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-lo-'));
  const user = path.join(dir, 'user');
  fs.mkdirSync(user, { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item('OOXMLRecalcMode')}${item('ODFRecalcMode')}</oor:items>\n`,
  );
  return dir;
}

export function sofficePath(): string {
  for (const p of [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/lib/libreoffice/program/soffice',
  ]) {
    if (fs.existsSync(p)) return p;
  }
  throw new Error(
    'LibreOffice (soffice) introuvable : installez libreoffice-calc-nogui (scripts/system-deps.sh).',
  );
}

/** LibreOffice did not finish within the time given (benchmarks cap the quadratic cases). */
export class RecalcTimeout extends Error {}

/**
 * Open each file in LibreOffice headless, recalculate every formula, and save it as .xlsx with
 * the computed values cached. Returns the paths of the recalculated copies, in input order.
 */
export function recalculate(files: string[], outDir?: string, timeoutMs = 300000): string[] {
  return convert(files, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', outDir, timeoutMs);
}

/**
 * Open each file in LibreOffice headless, recalculate it, and export every printable sheet to
 * PDF, as File > Export as PDF does. Returns the paths of the PDFs, in input order.
 */
export function exportPdf(files: string[], outDir?: string, timeoutMs = 300000): string[] {
  return convert(files, 'pdf:calc_pdf_Export', 'pdf', outDir, timeoutMs);
}

export function convert(
  files: string[],
  filter: string,
  ext: string,
  outDir?: string,
  timeoutMs = 300000,
): string[] {
  const out = outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-recalc-'));
  const profile = profileDir();
  try {
    const r = spawnSync(
      sofficePath(),
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        filter,
        '--outdir',
        out,
        ...files,
      ],
      { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' },
    );
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      // soffice is a launcher: also stop the office process it started with this profile.
      spawnSync('pkill', ['-KILL', '-f', `UserInstallation=file://${profile}`]);
      throw new RecalcTimeout(`LibreOffice n'a pas fini en ${timeoutMs / 1000} s`);
    }
    const results = files.map((f) =>
      path.join(out, `${path.basename(f).replace(/\.[^.]+$/, '')}.${ext}`),
    );
    const missing = results.filter((p) => !fs.existsSync(p));
    if (r.status !== 0 || missing.length > 0) {
      throw new Error(
        `LibreOffice n'a pas converti ${missing.join(', ')} : ${r.stderr || r.stdout}`,
      );
    }
    return results;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
