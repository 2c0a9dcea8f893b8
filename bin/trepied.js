#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/node by `npm install` (prepare) or `npm run build:cli`.
const path = require('path');
const fs = require('fs');
// Node 22.1 and later keep compiled code between runs (faster start-up); older versions: no-op.
const { enableCompileCache } = require('module');
if (typeof enableCompileCache === 'function') {
  try {
    enableCompileCache();
  } catch {
    // a read-only cache folder: run without it
  }
}
const entry = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "trepied : l'outil n'est pas compilé. Lancez d'abord « npm install » (ou « npm run build:cli »).\n",
  );
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
