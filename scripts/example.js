#!/usr/bin/env node
'use strict';
// `npm run example`: the two example workbooks in exemples/. A file that is already there is
// kept (the README invites you to type into it); `npm run example -- --force` recreates both.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'dist', 'cli', 'trepied.js');
const EXAMPLES = [
  ['ca', 'exemples/suivi-ca.xlsx'],
  ['cpts', 'exemples/usagers-cpts.xlsx'],
];

async function run() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length > 0) {
    process.stderr.write(
      `npm run example : option inconnue « ${unknown[0]} » (seule --force existe).\n`,
    );
    return 2;
  }
  if (!fs.existsSync(entry)) {
    process.stderr.write(
      "npm run example : l'outil n'est pas compilé. Lancez d'abord « npm run build:cli ».\n",
    );
    return 2;
  }
  const { main } = require(entry);
  let code = 0;
  for (const [template, file] of EXAMPLES) {
    if (!force && fs.existsSync(path.join(process.cwd(), file))) {
      process.stdout.write(
        `« ${file} » existe déjà : gardé tel quel (vos saisies ne sont pas écrasées). Pour repartir de l'exemple : npm run example -- --force\n`,
      );
      continue;
    }
    code = Math.max(
      code,
      await main(['new', template, file, '--example', ...(force ? ['--force'] : [])]),
    );
  }
  return code;
}

run().then((code) => {
  process.exitCode = code;
});
