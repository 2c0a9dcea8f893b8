import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { benchData } from '../../bench/generate';
import { main } from '../../src/cli/main';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import {
  canStream,
  planToXlsx,
  STREAM_THRESHOLD_CELLS,
  tableCellCount,
} from '../../src/workbook/xlsx/render';
import { xlsxOf } from '../merge/support/files';
import { partnerData } from '../merge/support/partners';
import { caV1 } from '../merge/support/workbooks';
import { validatePackage } from '../support/ooxml';

/**
 * Every file the product writes validates against the ECMA-376 Transitional schemas
 * (schemas/ooxml): `new` with both writers, `check --write`, `merge` and `upgrade`. Excel's
 * « We found a problem with some content » mostly reacts to what these schemas check.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-ooxml-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<void> {
  const err: string[] = [];
  const code = await main(argv, { out: () => undefined, err: (s) => err.push(s) });
  // check exits 1 when the workbook has errors: the report is written all the same.
  expect({ code: code === 1 && argv[0] === 'check' ? 0 : code, err: err.join('\n') }).toEqual({
    code: 0,
    err: '',
  });
}

async function expectValid(bytes: Uint8Array | Buffer): Promise<void> {
  const report = await validatePackage(bytes);
  expect(report.errors).toEqual([]);
  expect(report.skipped).toEqual([]);
  // The parts that matter were validated, not skipped silently.
  expect(report.validated['sml.xsd']?.some((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toBe(
    true,
  );
  expect(report.validated['sml.xsd']).toContain('xl/workbook.xml');
}

const file = (name: string) => path.join(dir, name);

describe('ECMA-376 Transitional validation of every file Trépied writes', () => {
  beforeAll(async () => {
    await run(['new', 'ca', file('ca.xlsx'), '--example']);
    // Two partners' own workbooks, as a real consolidation merges (a file merged with its copy
    // exits 1: its rows would count twice).
    for (const n of [1, 2])
      fs.writeFileSync(file(`partner-${n}.xlsx`), await xlsxOf(ca, partnerData(n)));
  });

  it.each([
    ['ca', 'fr'],
    ['cpts', 'fr'],
    ['ca', 'en'],
    ['cpts', 'en'],
    ['evaluation', 'fr'],
    ['evaluation', 'en'],
  ])('trepied new %s --example --lang %s (in-memory writer)', async (template, lang) => {
    const out = file(`${template}-${lang}.xlsx`);
    await run(['new', template, out, '--example', '--lang', lang]);
    await expectValid(fs.readFileSync(out));
  });

  it('the streaming writer, just above its threshold of table cells', async () => {
    expect(canStream()).toBe(true);
    const now = new Date('2026-01-15T00:00:00Z');
    const cellsOf = (actions: number) =>
      tableCellCount(buildPlan(ca, { data: benchData(actions), now }));
    // Table cells grow linearly with the actions: as many as just pass the threshold, whatever
    // the template's columns are.
    const perAction = (cellsOf(200) - cellsOf(100)) / 100;
    const actions = Math.ceil((STREAM_THRESHOLD_CELLS - cellsOf(0)) / perAction) + 50;
    const plan = buildPlan(ca, { data: benchData(actions), now });
    const cells = tableCellCount(plan);
    expect(cells).toBeGreaterThan(STREAM_THRESHOLD_CELLS);
    expect(cells).toBeLessThan(STREAM_THRESHOLD_CELLS * 1.25);
    // No option: planToXlsx chooses the streaming writer by itself at this size.
    await expectValid(await planToXlsx(plan));
  });

  it('trepied check --write (the report workbook)', async () => {
    await run(['check', file('ca.xlsx'), '--write', file('rapport.xlsx')]);
    await expectValid(fs.readFileSync(file('rapport.xlsx')));
  });

  it('trepied merge', async () => {
    await run([
      'merge',
      file('partner-1.xlsx'),
      file('partner-2.xlsx'),
      '-o',
      file('merged.xlsx'),
      '--renumber',
    ]);
    await expectValid(fs.readFileSync(file('merged.xlsx')));
  });

  it('trepied upgrade (a version 1 workbook a partner edited: links, a formula, a sheet)', async () => {
    const bytes = await xlsxOf(caV1, EXAMPLES.ca.data, (wb) => {
      const proofs = wb.getWorksheet('Preuves');
      if (proofs)
        proofs.getCell('F3').value = { text: 'rapport', hyperlink: 'https://example.org/r.pdf' };
      const actions = wb.getWorksheet('Actions');
      if (actions) actions.getCell('E2').value = '=SUM(A1:A3)';
      wb.addWorksheet('Notes').getCell('B2').value = 'Penser au COPIL de juin';
    });
    fs.writeFileSync(file('v1.xlsx'), bytes);
    await run(['upgrade', file('v1.xlsx'), '-o', file('v2.xlsx')]);
    await expectValid(fs.readFileSync(file('v2.xlsx')));
  });

  it('fails a package whose worksheet has its elements out of order (the check can fail)', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file('ca.xlsx')));
    const name = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const cols = /<cols>[\s\S]*?<\/cols>/.exec(xml)?.[0] ?? '';
    expect(cols).not.toBe('');
    // <cols> must come before <sheetData>.
    const broken = xml.replace(cols, '').replace('</sheetData>', `</sheetData>${cols}`);
    zip.file(name, broken);
    const report = await validatePackage(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(report.errors.join('\n')).toMatch(/xl\/worksheets\/sheet1\.xml: .*cols/);
  });
});
