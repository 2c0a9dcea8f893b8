import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

/** Initial JavaScript of the task pane (the scripts taskpane.html loads), gzip, in KB. */
export function bundleSize(): { initialGzipKB: number; files: string[]; lazyGzipKB: number } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-bundle-'));
  const webpack = path.join(__dirname, '..', 'node_modules', '.bin', 'webpack');
  const r = spawnSync(webpack, ['--mode', 'production', '--output-path', out], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`webpack failed: ${r.stdout}${r.stderr}`);
  const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const local = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src));
  const gz = (f: string) =>
    zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length / 1024;
  const initial = local.reduce((a, f) => a + gz(f.replace(/^\//, '')), 0);
  const all = fs.readdirSync(out).filter((f) => f.endsWith('.js'));
  const lazy = all.filter((f) => !local.some((l) => l.endsWith(f))).reduce((a, f) => a + gz(f), 0);
  fs.rmSync(out, { recursive: true, force: true });
  return { initialGzipKB: Math.round(initial), files: local, lazyGzipKB: Math.round(lazy) };
}

if (require.main === module) process.stdout.write(`${JSON.stringify(bundleSize())}\n`);
