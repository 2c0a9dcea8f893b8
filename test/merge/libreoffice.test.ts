import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { compute } from '../../src/core/indicators/compute';
import { buildMergedPlan } from '../../src/core/merge/build-merged';
import { isRefusal, planMerge } from '../../src/core/merge/plan-merge';
import { mergeToData } from '../../src/core/merge/to-data';
import { restore } from '../../src/core/restore/restore';
import type { Restored } from '../../src/core/restore/types';
import { ca } from '../../src/core/templates/ca';
import type { Row } from '../../src/core/values/cell';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookValues } from '../support/exceljs-values';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { recalculate } from '../support/libreoffice';
import { readBack, xlsxOf } from './support/files';
import { partnerData } from './support/partners';
import { caV1, NOW } from './support/workbooks';

/**
 * The merged workbook works alone: recalculated by LibreOffice (with its Provenance columns and
 * Autres données sheet), its summary cells equal the figures of the union of the partners' rows.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-merge-lo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a merged workbook recalculated by LibreOffice gives the union’s figures', async () => {
  const inputs = await Promise.all(
    [1, 2, 3, 4].map(
      async (n) => (await readBack(await xlsxOf(n === 2 ? caV1 : ca, partnerData(n)))).values,
    ),
  );
  const plan = planMerge(inputs.map((x, i) => restore(x, `p${i + 1}.xlsx`) as Restored));
  if (isRefusal(plan)) throw new Error('refused');
  const file = path.join(dir, 'programme.xlsx');
  fs.writeFileSync(
    file,
    await planToXlsx(buildMergedPlan(mergeToData(plan, { renumber: false }), { now: NOW })),
  );
  const [out] = recalculate([file], path.join(dir, 'out'));
  const lo = readWorkbookValues(await loadXlsx(fs.readFileSync(out!)));
  const union: Record<string, Row[]> = {};
  for (const x of inputs)
    for (const [name, rows] of Object.entries(checkWorkbook(x).records))
      if (!['Partenaires', 'Instances', 'Objectifs'].includes(name))
        union[name] = [...(union[name] ?? []), ...rows.map((r) => r.raw)];
  // Shared rows count once: the merged workbook's own Partenaires, Instances and Objectifs.
  const merged = checkWorkbook(lo);
  for (const name of ['Partenaires', 'Instances', 'Objectifs'])
    union[name] = (merged.records[name] ?? []).map((r) => r.raw);
  const figures = compute(ca, union).figures;
  const diffs = ca.summaries.filter((s) => {
    const a = lo.names[s.name];
    const b = figures[s.name];
    return typeof a === 'number' && typeof b === 'number'
      ? Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))
      : (a ?? '') !== (b ?? '');
  });
  expect(diffs.map((s) => [s.name, lo.names[s.name], figures[s.name]])).toEqual([]);
  expect(lo.names['CA_NbActions']).toBe(2 + 3 + 1 + 2); // k = 1 + (n mod 3) actions each
  // And trepied check on the merged file says what LibreOffice computed.
  for (const s of ca.summaries) {
    const a = lo.names[s.name];
    const b = merged.figures[s.name];
    if (typeof a === 'number' && typeof b === 'number') expect(b).toBeCloseTo(a, 9);
    else expect([s.name, b ?? '']).toEqual([s.name, a ?? '']);
  }
}, 120000);
