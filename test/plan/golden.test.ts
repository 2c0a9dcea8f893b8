import * as fs from 'fs';
import * as path from 'path';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { dumpPlan } from '../support/plan-dump';

/**
 * Golden files: template → plan → normalised dump. An empty or missing golden file fails and
 * prints the actual dump; `UPDATE_GOLDEN=1 npm test` writes it.
 */
const NOW = new Date('2026-01-15T00:00:00Z');

describe.each(Object.keys(TEMPLATES))('plan golden: %s', (id) => {
  it.each(['fr', 'en'] as const)('%s', (lang) => {
    const actual = dumpPlan(buildPlan(TEMPLATES[id]!, { lang, now: NOW }));
    const file = path.join(__dirname, '..', 'golden', `${id}-${lang}.plan.txt`);
    const expected = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (process.env.UPDATE_GOLDEN === '1' || expected === '') {
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
      else throw new Error(`golden file ${file} is empty; actual dump:\n${actual}`);
    }
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});
