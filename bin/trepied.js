#!/usr/bin/env node
'use strict';
// Launcher of the CLI bundled in dist/cli/trepied.js (`npm install` or `npm run build:cli`).
// Start-up is most of what a `trepied check` costs (bench/README.md), so: the bundle is compiled
// with V8's code cache of the previous run (written beside it once, then reused while the build
// is the same), and TurboFan waits for code that stays hot (a larger interrupt budget), so a
// short run does not pay for optimising code it leaves at once; a long run still is optimised.
const v8 = require('v8');
v8.setFlagsFromString('--interrupt-budget=540672');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'trepied.js');
let source;
try {
  source = fs.readFileSync(entry, 'utf8');
} catch {
  process.stderr.write(
    "trepied : l'outil n'est pas compilé. Lancez d'abord « npm install » (ou « npm run build:cli »).\n",
  );
  process.exit(2);
}
const id = /^\/\/ trepied build (\w+)/.exec(source);
const cacheFile = id ? path.join(path.dirname(entry), `trepied-${id[1]}.cache`) : undefined;
let cachedData;
try {
  if (cacheFile) cachedData = fs.readFileSync(cacheFile);
} catch {
  // no cache yet: this run writes it
}
const script = new vm.Script(Module.wrap(source), { filename: entry, cachedData });
const mod = { exports: {} };
script.runInThisContext()(
  mod.exports,
  Module.createRequire(entry),
  mod,
  entry,
  path.dirname(entry),
);
mod.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
  try {
    // After the run, so that the functions it compiled are in the cache; renamed into place so
    // that two runs at once never leave half a file.
    const tmp = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // a read-only install: every run compiles the bundle, as without a cache
  }
});
