import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Issue } from '../../src/core/checks/issue';
import { EXAMPLES } from '../../src/core/examples';
import { renderIssue } from '../../src/core/i18n/render';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import type { TemplateId } from '../../src/core/templates/types';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { runCli as run } from '../support/cli';
import { convert } from '../support/libreoffice';

/**
 * Rows typed just below a table (an expense on « Dépenses ACI » row 42 when the table is A1:E41)
 * were silently ignored: LibreOffice and partners' programs do not extend an Excel table as Excel
 * does. `check` now warns, naming the sheet, the cells and what to do; the workbooks Trépied
 * writes (every template, empty and with the example data) give no such warning.
 */
jest.setTimeout(240000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-outside-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const IDS = Object.keys(TEMPLATES) as TemplateId[];
const file = (name: string) => path.join(dir, `${name}.xlsx`);

async function issues(f: string): Promise<Issue[]> {
  const r = await run(['check', f, '--json']);
  if (r.code === 2) throw new Error(r.err);
  return (JSON.parse(r.out) as { issues: Issue[] }).issues;
}

const outside = (list: Issue[]) =>
  list.flatMap((i) =>
    i.rule === 'structure' && i.params.problem === 'outside-table'
      ? [{ ...i.params, at: i.cell }]
      : [],
  );

/**
 * What a partner types with openpyxl, outside the tables: per table, [column letter offset from
 * the table's last row or column, values]. A formula under a column (a total) is not data.
 */
const TYPE_OUTSIDE = `
import sys, datetime, openpyxl
from openpyxl.utils import range_boundaries, get_column_letter
src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)
def table(sheet, name):
    ws = wb[sheet]
    return ws, range_boundaries(ws.tables[name].ref)
if 'Dépenses ACI' in wb.sheetnames:
    ws, (c0, r0, c1, r1) = table('Dépenses ACI', 'DepensesACI')
    for c, v in zip('ABCD', [datetime.datetime(2026, 3, 1), 'Prévention', 'Ligne sous le tableau', 999]):
        ws[f'{c}{r1 + 1}'] = v
    ws[f'E{r1 + 3}'] = f'=SUM(D2:D{r1})'
    ws, (c0, r0, c1, r1) = table('Indicateurs ACI', 'IndicateursACI')
    for c, v in zip('ABCDGH', ['Prévention', 'Sous le tableau', 'Action', 0.5, 10, 5]):
        ws[f'{c}{r1 + 1}'] = v
    ws, (c0, r0, c1, r1) = table('Projets', 'Projets')
    ws[f'{get_column_letter(c1 + 1)}2'] = 'note à droite'
if 'Actions' in wb.sheetnames:
    ws, (c0, r0, c1, r1) = table('Actions', 'Actions')
    ws[f'A{r1 + 2}'] = 'A99'
    ws[f'B{r1 + 2}'] = 'Action tapée deux lignes sous le tableau'
if 'Grille IMPACT' in wb.sheetnames:
    ws, (c0, r0, c1, r1) = table('Grille IMPACT', 'GrilleImpact')
    ws[f'{get_column_letter(c1 + 2)}{r0 + 1}'] = 3
wb.save(dst)
`;

/** The warnings expected for each template, from the table extents of the generated file. */
const EXPECTED: Record<TemplateId, { sheet: string; side: string; count: number }[]> = {
  ca: [{ sheet: 'Actions', side: 'below', count: 2 }],
  cpts: [
    { sheet: 'Projets', side: 'beside', count: 1 },
    { sheet: 'Indicateurs ACI', side: 'below', count: 6 },
    { sheet: 'Dépenses ACI', side: 'below', count: 4 },
  ],
  evaluation: [{ sheet: 'Grille IMPACT', side: 'beside', count: 1 }],
};

beforeAll(async () => {
  for (const id of IDS)
    for (const example of [false, true]) {
      const plan = buildPlan(TEMPLATES[id]!, {
        now: new Date('2026-01-15T00:00:00Z'),
        ...(example ? { config: EXAMPLES[id].config, data: EXAMPLES[id].data } : {}),
      });
      fs.writeFileSync(file(`${id}-${example ? 'exemple' : 'vide'}`), await planToXlsx(plan));
    }
  for (const id of IDS) {
    const py = spawnSync(
      '/usr/bin/python3',
      ['-c', TYPE_OUTSIDE, file(`${id}-exemple`), file(`${id}-openpyxl`)],
      { encoding: 'utf8' },
    );
    if (py.status !== 0) throw new Error(`openpyxl: ${py.stderr}`);
  }
  // The same workbooks opened and saved by LibreOffice, which keeps the tables as they were.
  fs.mkdirSync(path.join(dir, 'lo'));
  convert(
    IDS.map((id) => file(`${id}-openpyxl`)),
    'xlsx:Calc MS Excel 2007 XML',
    'xlsx',
    path.join(dir, 'lo'),
  );
});

it.each(IDS.flatMap((id) => [`${id}-vide`, `${id}-exemple`]))(
  'a workbook Trépied writes (%s) gives no warning about cells outside its tables',
  async (name) => {
    expect(outside(await issues(file(name)))).toEqual([]);
  },
);

describe.each(['openpyxl', 'LibreOffice'])('values typed outside the tables, saved by %s', (by) => {
  const saved = (id: TemplateId) =>
    by === 'openpyxl' ? file(`${id}-openpyxl`) : path.join(dir, 'lo', `${id}-openpyxl.xlsx`);

  it.each(IDS)('%s: one warning per table and side, naming its cells', async (id) => {
    const found = outside(await issues(saved(id)));
    expect(found.map(({ sheet, side, count }) => ({ sheet, side, count }))).toEqual(EXPECTED[id]);
  });

  it('cpts: the expense under « Dépenses ACI » is named with its row and what to do', async () => {
    const list = await issues(saved('cpts'));
    const i = list.find(
      (x) =>
        x.rule === 'structure' &&
        x.params.problem === 'outside-table' &&
        x.params.sheet === 'Dépenses ACI',
    )!;
    const last = Number(/\d+$/.exec((i.params as { tableRange: string }).tableRange)![0]);
    expect(i.severity).toBe('warning');
    expect(i.cell).toBe(`A${last + 1}`);
    expect(i.params).toMatchObject({
      cells: [`A${last + 1}`, `B${last + 1}`, `C${last + 1}`, `D${last + 1}`],
      range: `A${last + 1}:D${last + 1}`,
    });
    const fr = renderIssue(i, 'fr');
    expect(fr).toContain('« Dépenses ACI »');
    expect(fr).toContain(`A${last + 1}, B${last + 1}`);
    expect(fr).toContain(`Agrandissez le tableau jusqu'à la ligne ${last + 1}`);
    expect(fr).toContain('insérez une ligne dans le tableau');
    const en = renderIssue(i, 'en');
    expect(en).toContain('“Dépenses ACI”');
    expect(en).toContain(`Resize the table down to row ${last + 1}`);
  });
});
