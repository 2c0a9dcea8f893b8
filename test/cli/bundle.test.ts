import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The CLI as installed (issue 17: `trepied check` of the small example cost 5 to 10 times a bare
 * `node -e 0`): one bundled file, its V8 code cache beside it, ExcelJS loaded only by the
 * commands that write with it. Runs the build `npm install` / `npm run build:cli` made (CI runs
 * `npm ci`, which builds it); the CPU itself is measured by `npm run bench:startup`.
 */
const root = path.join(__dirname, '../..');
const bin = path.join(root, 'bin', 'trepied.js');
const bundle = path.join(root, 'dist', 'cli', 'trepied.js');
let dir: string;

/** Run the bin with a preload that reports every file Node loaded, on exit. */
function runTraced(args: string[]) {
  const trace = path.join(dir, 'trace.js');
  fs.writeFileSync(
    trace,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'loaded.json'))}, JSON.stringify(Object.keys(require.cache))));`,
  );
  const r = spawnSync(process.execPath, ['-r', trace, bin, ...args], { encoding: 'utf8' });
  const loaded = JSON.parse(fs.readFileSync(path.join(dir, 'loaded.json'), 'utf8')) as string[];
  return { ...r, loaded };
}

beforeAll(() => {
  if (!fs.existsSync(bundle)) throw new Error('dist/cli/trepied.js missing: run npm run build:cli');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-bundle-'));
  const file = path.join(dir, 'exemple.xlsx');
  expect(spawnSync(process.execPath, [bin, 'new', 'ca', file, '--example']).status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the installed CLI (bundle)', () => {
  it('checks the example from one bundled file, without ExcelJS or module look-ups', () => {
    const file = path.join(dir, 'exemple.xlsx');
    const r = runTraced(['check', file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Chiffres clés');
    expect(r.loaded.some((f) => f.includes(`${path.sep}exceljs${path.sep}`))).toBe(false);
    // The trace preload, the launcher and the bundle: nothing else is resolved from disk.
    expect(r.loaded.filter((f) => f !== path.join(dir, 'trace.js'))).toEqual([bin]);
  });

  it('loads ExcelJS for --write, and the report is written', () => {
    const file = path.join(dir, 'exemple.xlsx');
    const out = path.join(dir, 'rapport.xlsx');
    const r = runTraced(['check', file, '--write', out]);
    expect(r.status).toBeLessThan(2);
    expect(fs.existsSync(out)).toBe(true);
    expect(r.loaded.some((f) => f.includes(`${path.sep}exceljs${path.sep}`))).toBe(true);
  });

  it('stops quietly when its reader closes the pipe (regression: EPIPE stack trace with | head)', () => {
    const file = path.join(dir, 'exemple.xlsx');
    // `true` exits at once without reading: every write of the report meets a closed pipe.
    for (const args of ['', '--json']) {
      const r = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${bin}" check ${args} "${file}" | true; echo "$?"`],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('0');
    }
  });

  it('names its code cache after the build, and runs the same with a damaged one', () => {
    const id = /^\/\/ trepied build (\w+)/.exec(fs.readFileSync(bundle, 'utf8'))![1]!;
    const cache = path.join(path.dirname(bundle), `trepied-${id}.cache`);
    expect(fs.existsSync(cache)).toBe(true);
    const copy = path.join(dir, 'copy');
    fs.cpSync(path.join(root, 'bin'), path.join(copy, 'bin'), { recursive: true });
    fs.cpSync(path.dirname(bundle), path.join(copy, 'dist', 'cli'), { recursive: true });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    const copied = path.join(copy, 'dist', 'cli', `trepied-${id}.cache`);
    fs.writeFileSync(copied, Buffer.alloc(4096, 7));
    const version = (
      JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const run = () =>
      spawnSync(process.execPath, [path.join(copy, 'bin', 'trepied.js'), '--version'], {
        encoding: 'utf8',
      });
    const first = run();
    expect(first.stdout.trim()).toBe(`trepied ${version}`);
    expect(first.status).toBe(0);
    // The rejected cache was replaced by a good one, which the next run uses.
    expect(fs.readFileSync(copied).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(run().stdout.trim()).toBe(`trepied ${version}`);
  });
});
