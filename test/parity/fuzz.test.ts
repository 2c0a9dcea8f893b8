import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import type { TemplateDef } from '../../src/core/templates/types';
import type { Row } from '../../src/core/values/cell';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { realErrors, workbookData } from '../support/adversarial';
import { recalculate } from '../support/libreoffice';
import { checkDiffs, computedDiffs, figureDiffs } from '../support/parity-compare';

/**
 * Property: for any data a user can type, every computed cell and every summary cell of every
 * template equals its TypeScript twin, and `trepied check` reports the workbook's own figures
 * and flags. Random adversarial workbooks (test/support/adversarial.ts), seeded; LibreOffice
 * recalculates a batch of them per call. In CI: one batch. A longer run:
 *   TREPIED_FUZZ_RUNS=20 TREPIED_FUZZ_SEED=12345 npx jest test/parity/fuzz
 * A counterexample prints its seed, template and data: make it a named regression test.
 */
const SEED = Number(process.env.TREPIED_FUZZ_SEED ?? 20261130);
const BATCHES = Number(process.env.TREPIED_FUZZ_RUNS ?? 1);
const PER_TEMPLATE = 3;
const NOW = new Date('2026-03-01T00:00:00Z');
const FAILURES = path.join(os.tmpdir(), 'trepied-fuzz-failures');

interface Sample {
  label: string;
  template: TemplateDef;
  data: Record<string, Row[]>;
}

function samples(batch: number): Sample[] {
  return Object.values(TEMPLATES).flatMap((template, ti) =>
    fc
      .sample(workbookData(template), { seed: SEED + batch * 101 + ti, numRuns: PER_TEMPLATE })
      .map((data, i) => ({ label: `${template.id}-${batch}-${i}`, template, data })),
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe(`adversarial workbooks, seed ${SEED}, ${BATCHES} batch(es)`, () => {
  it.each(Array.from({ length: BATCHES }, (_, b) => b))(
    'batch %i: LibreOffice and the TypeScript twins agree on every cell',
    async (batch) => {
      const cases = samples(batch);
      const files: string[] = [];
      for (const c of cases) {
        const plan = buildPlan(c.template, { data: c.data, now: NOW });
        const wb = await loadXlsx(await planToXlsx(plan));
        realErrors(wb);
        const file = path.join(dir, `${c.label}.xlsx`);
        fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
        files.push(file);
      }
      const outputs = recalculate(files, path.join(dir, `out-${batch}`));
      const failures: string[] = [];
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i]!;
        const wb = await readWorkbookFile(fs.readFileSync(outputs[i]!), 'recalcule.xlsx');
        const diffs = [
          ...computedDiffs(c.template, wb).diffs,
          ...figureDiffs(c.template, wb),
          ...checkDiffs(c.template, wb),
        ];
        if (diffs.length > 0) {
          // The data, to turn into a named regression test (dates as ISO strings).
          const saved = path.join(FAILURES, `${c.label}-seed-${SEED}.json`);
          fs.mkdirSync(FAILURES, { recursive: true });
          fs.writeFileSync(saved, JSON.stringify(c.data, null, 1));
          failures.push(
            `${c.label} (seed ${SEED}, data in ${saved}):\n  ${diffs.slice(0, 12).join('\n  ')}`,
          );
        }
      }
      expect(failures).toEqual([]);
    },
    180000,
  );
});
