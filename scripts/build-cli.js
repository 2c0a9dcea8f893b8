#!/usr/bin/env node
'use strict';
// `npm run build:cli` (and `npm install`): the CLI as one file, dist/cli/trepied.js, bundled by
// esbuild from src/cli/main.ts (no module resolution at start-up: ~80 files were looked up and
// compiled one by one), then one run of `trepied check` on the example, which leaves V8's code
// cache of the bundle beside it (bin/trepied.js). Packages (ExcelJS…) stay in node_modules and
// are loaded only by the commands that need them. Type checking is `npm run typecheck`.
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'cli');
fs.rmSync(out, { recursive: true, force: true });
const result = esbuild.buildSync({
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
  outfile: path.join(out, 'trepied.js'),
});
const code = result.outputFiles[0].text;
// The build id names the code cache, so a cache is never used for another build.
const id = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'trepied.js'), `// trepied build ${id}\n${code}`);

// Warm-up: the code cache is written by a run that finds none (bin/trepied.js): the example is
// made, its cache dropped, then checked, so the cache holds what `trepied check` compiles.
const bin = path.join(root, 'bin', 'trepied.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-build-'));
try {
  const example = path.join(dir, 'exemple.xlsx');
  for (const args of [
    ['new', 'ca', example, '--example'],
    ['check', example],
  ]) {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(`build:cli : « trepied ${args[0]} » a échoué :\n${r.stderr}`);
      process.exit(1);
    }
    if (args[0] === 'new')
      for (const f of fs.readdirSync(out)) if (f.endsWith('.cache')) fs.rmSync(path.join(out, f));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
