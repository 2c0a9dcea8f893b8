import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './core-check';

/**
 * `npm run bench:startup [-- --runs 10 --sizes 1000,10000 --npx]`: the CPU a command-line user
 * pays per call, and the text report against --json.
 *
 * CPU is user + system time of the child processes, read from /proc/self/stat (cutime, cstime)
 * around each run, so it is the CLI's own cost whatever else the machine does; the ratio is
 * against a bare `node -e 0`. Runs the compiled CLI (`npm run build:cli` first), as `trepied`
 * and `npx trepied` do.
 */
const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? dflt) : dflt;
};
const runs = Number(opt('runs', '10'));
const sizes = opt('sizes', '1000,10000')
  .split(',')
  .filter((x) => x !== 'none')
  .map(Number);
const root = path.join(__dirname, '..');
// --bin: another build of the CLI (e.g. an older commit's) to compare with.
const bin = path.resolve(opt('bin', path.join(root, 'bin', 'trepied.js')));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-startup-'));

/** Children's user + system CPU so far, in ms (clock ticks of 10 ms). */
function childrenCpuMs(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ": state is field 3, cutime field 16, cstime field 17 (1-based).
  const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
  return ticks * 10;
}

function cpu(cmd: string, args: string[]): { cpuMs: number; wallMs: number } {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: root });
  const wallMs = performance.now() - t0;
  if (r.status === null || r.status > 1) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return { cpuMs: childrenCpuMs() - c0, wallMs };
}

function measure(cmd: string, args: string[], n = runs) {
  const xs = Array.from({ length: n }, () => cpu(cmd, args));
  return { cpuMs: median(xs.map((x) => x.cpuMs)), wallMs: median(xs.map((x) => x.wallMs)) };
}

const small = path.join(dir, 'exemple.xlsx');
if (spawnSync(process.execPath, [bin, 'new', 'ca', small, '--example']).status !== 0)
  throw new Error('trepied new failed: run npm run build:cli first');

const base = measure(process.execPath, ['-e', '0']);
const lines = [
  '| command (small example) | CPU (user + sys) | × `node -e 0` | wall |',
  '|---|---:|---:|---:|',
];
const row = (label: string, m: { cpuMs: number; wallMs: number }) =>
  lines.push(
    `| ${label} | ${Math.round(m.cpuMs)} ms | ${(m.cpuMs / base.cpuMs).toFixed(1)} | ${Math.round(m.wallMs)} ms |`,
  );
row('`node -e 0`', base);
row('`trepied --help`', measure(process.execPath, [bin, '--help']));
row('`trepied check exemple.xlsx`', measure(process.execPath, [bin, 'check', small]));
row(
  '`trepied check exemple.xlsx --json`',
  measure(process.execPath, [bin, 'check', small, '--json']),
);
if (argv.includes('--npx'))
  row('`npx trepied --version`', measure('npx', ['trepied', '--version'], 3));
process.stdout.write(`${lines.join('\n')}\n`);

// Text report against --json at larger sizes (same workbook, same process type).
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const sizeLines = [
  '| actions | `check` (text), CPU | `check --json`, CPU | text / json |',
  '|---:|---:|---:|---:|',
];
for (const n of sizes) {
  const file = path.join(dir, `bench-${n}.xlsx`);
  const made = spawnSync(tsx, [path.join(__dirname, 'worker.ts'), 'new', String(n), file], {
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=16384' },
  });
  if (made.status !== 0) throw new Error(`generating ${n} actions failed`);
  const k = n >= 10000 ? 1 : 3;
  const text = measure(process.execPath, [bin, 'check', file], k);
  const json = measure(process.execPath, [bin, 'check', file, '--json'], k);
  sizeLines.push(
    `| ${n} | ${(text.cpuMs / 1000).toFixed(1)} s | ${(json.cpuMs / 1000).toFixed(1)} s | ${(text.cpuMs / json.cpuMs).toFixed(2)} |`,
  );
  process.stderr.write(`${sizeLines[sizeLines.length - 1]}\n`);
}
if (sizes.length > 0) process.stdout.write(`\n${sizeLines.join('\n')}\n`);
fs.rmSync(dir, { recursive: true, force: true });
