import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { recalculate, RecalcTimeout } from '../test/support/libreoffice';
import { median } from './core-check';
import { bundleSize } from './bundle';
import { officeSyncs } from './office-syncs';

/**
 * `npm run bench [-- --sizes 100,1000 --runs 3 --lo-max 50000 --lo-timeout 600]`: the table of
 * bench/README.md.
 * Each CLI operation runs in its own process (peak memory is its own); times are medians.
 */
const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] as string) : d;
};
const sizes = opt('sizes', '100,1000,10000,50000')
  .split(',')
  .filter((x) => x !== 'none')
  .map(Number);
const runs = Number(opt('runs', '3'));
const loMax = Number(opt('lo-max', '50000'));
// LibreOffice's COUNTIFS per row is quadratic: past this many seconds it is stopped, and the
// table says "> cap" (so the ratio is an upper bound).
const loTimeout = Number(opt('lo-timeout', '600')) * 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-bench-'));
const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');

function worker(...a: string[]): { ms: number; rssMB: number } {
  const r = spawnSync(tsx, [path.join(__dirname, 'worker.ts'), ...a], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=16384' },
  });
  if (r.status !== 0) throw new Error(`worker ${a.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}

/** The core's check + indicators, compiled by tsc (as the CLI runs it), median of `runs`. */
let compiled = false;
function coreCheck(n: number): number {
  if (!compiled) {
    const tsc = path.join(__dirname, '..', 'node_modules', '.bin', 'tsc');
    if (spawnSync(tsc, ['-p', path.join(__dirname, '..', 'tsconfig.bench.json')]).status !== 0)
      throw new Error('tsc failed');
    compiled = true;
  }
  const r = spawnSync(
    process.execPath,
    [
      path.join(__dirname, '..', 'dist', 'bench', 'bench', 'core-check.js'),
      String(n),
      String(Math.max(5, runs)),
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`core check failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

/** LibreOffice opening and recalculating files, stopped at loTimeout (then `capped`). */
function libreOffice(files: string[], out: string): { ms: number; capped: boolean } {
  const t0 = performance.now();
  try {
    recalculate(files, out, loTimeout);
    return { ms: performance.now() - t0, capped: false };
  } catch (e) {
    if (!(e instanceof RecalcTimeout)) throw e;
    return { ms: loTimeout, capped: true };
  }
}

function measure(n: number, op: () => { ms: number; rssMB: number }) {
  const xs = Array.from({ length: n }, op);
  return { ms: median(xs.map((x) => x.ms)), rssMB: Math.max(...xs.map((x) => x.rssMB)) };
}

const fmt = (ms: number) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const rows: string[] = [
  '| actions | rows (Actions + Indicateurs + Preuves) | `new` | peak MB | `check --json` | peak MB | core check + indicators (memory) | LibreOffice open + recalc | check / LibreOffice |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const n of sizes) {
  const file = path.join(dir, `bench-${n}.xlsx`);
  const repeats = n >= 50000 ? 1 : runs;
  process.stderr.write(`${n} actions: new…\n`);
  const made = measure(repeats, () => worker('new', String(n), file));
  process.stderr.write(`${n} actions: check…\n`);
  const checked = measure(repeats, () => worker('check', file, path.join(dir, `report-${n}.json`)));
  const core = coreCheck(n);
  let lo = NaN;
  let capped = false;
  if (n <= loMax) {
    process.stderr.write(`${n} actions: LibreOffice…\n`);
    const times: number[] = [];
    for (let i = 0; i < (n >= 10000 ? 1 : runs) && !capped; i++) {
      const r = libreOffice([file], path.join(dir, `lo-${n}`));
      capped = r.capped;
      times.push(r.ms);
    }
    lo = capped ? loTimeout : median(times);
  }
  const loCell = Number.isNaN(lo) ? '—' : `${capped ? '> ' : ''}${fmt(lo)}`;
  const ratio = Number.isNaN(lo) ? '—' : `${capped ? '< ' : ''}${(checked.ms / lo).toFixed(2)}`;
  rows.push(
    `| ${n} | ${n * 10} | ${fmt(made.ms)} | ${Math.round(made.rssMB)} | ${fmt(checked.ms)} | ${Math.round(checked.rssMB)} | ${fmt(core)} | ${loCell} | ${ratio} |`,
  );
  process.stdout.write(`${rows[rows.length - 1]}\n`);
}
process.stdout.write(`\n${rows.join('\n')}\n`);

// Merge: 50 partner files of 200 actions, against LibreOffice opening them one by one.
const partners = Number(opt('partners', '50'));
const partnerFiles = Array.from({ length: partners }, (_, i) =>
  path.join(dir, `partenaire-${i + 1}.xlsx`),
);
process.stderr.write(`merge: generating ${partners} partner files…\n`);
partnerFiles.forEach((f, i) => worker('new', `200:${i + 1}`, f));
const list = path.join(dir, 'partners.txt');
fs.writeFileSync(list, partnerFiles.join('\n'));
process.stderr.write('merge: trepied merge…\n');
const merged = measure(runs, () => worker('merge', list, path.join(dir, 'programme.xlsx')));
process.stderr.write('merge: LibreOffice…\n');
const lop = libreOffice(partnerFiles, path.join(dir, 'lo-partners'));
const [lt, gt] = lop.capped ? ['> ', '< '] : ['', ''];
process.stdout.write(
  `\n| merge | files | \`merge\` | peak MB | LibreOffice opens them one by one | merge / LibreOffice |\n|---|---:|---:|---:|---:|---:|\n| ${partners} × 200 actions | ${partners} | ${fmt(merged.ms)} | ${Math.round(merged.rssMB)} | ${lt}${fmt(lop.ms)} | ${gt}${(merged.ms / lop.ms).toFixed(2)} |\n`,
);
fs.rmSync(dir, { recursive: true, force: true });

void officeSyncs([100, 10000]).then((lines) => {
  process.stdout.write(`\nOffice.js (strict fake Excel, test/office/excel)\n${lines.join('\n')}\n`);
  const b = bundleSize();
  process.stdout.write(
    `\nTask pane bundle: initial JavaScript ${b.initialGzipKB} KB gzip (${b.files.join(', ')}); loaded on demand ${b.lazyGzipKB} KB gzip\n`,
  );
});
