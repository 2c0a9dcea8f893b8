import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '../../..');
const WEBPACK = path.join(ROOT, 'node_modules/webpack/bin/webpack.js');

/** A production build of the pane into a temporary directory (removed by the caller). */
export function buildPane(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-e2e-'));
  const result = spawnSync(
    process.execPath,
    [WEBPACK, '--mode', 'production', '--output-path', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}
