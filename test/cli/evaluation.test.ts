import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { loadXlsx } from '../../src/workbook/xlsx/load';

/**
 * The self-assessment from the command line, as a coordinator runs it: `trepied new evaluation`
 * with the example, `trepied check` on it, then on the same workbook after she forgets a date,
 * types an answer outside the list, and dates the second assessment before the first.
 */
function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-eval-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const example = path.join(dir, 'evaluation.xlsx');

beforeAll(async () => {
  const r = await run(['new', 'evaluation', example, '--example']);
  expect(r).toMatchObject({ code: 0, err: '' });
});

/** A copy of the example edited cell by cell, as a user would in Excel. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await loadXlsx(fs.readFileSync(example));
  edit(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('trepied new evaluation', () => {
  it('creates the self-assessment workbook, and check finds it clean with both scores', async () => {
    const r = await run(['check', example, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.template).toBe('evaluation');
    expect(report.issues).toEqual([]);
    const f = report.figures;
    expect([f.EVAL_NiveauCooperation1, f.EVAL_NiveauCooperation2]).toEqual([3, 5]);
    expect(f.EVAL_ScoreImpact2).toBeGreaterThan(f.EVAL_ScoreImpact1);
    expect(f.EVAL_ScoreImpactsCollectifs2).toBeGreaterThan(f.EVAL_ScoreImpactsCollectifs1);
  });

  it('without --example, the grids are there, unanswered, and check says nothing is wrong', async () => {
    const file = path.join(dir, 'vide.xlsx');
    expect((await run(['new', 'evaluation', file])).code).toBe(0);
    const r = await run(['check', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Auto-évaluation de la démarche');
  });

  it('flags answers without a date, an answer outside the list and dates in the wrong order', async () => {
    const file = await edited('erreurs.xlsx', (wb) => {
      const ev = wb.getWorksheet('Évaluations')!;
      ev.getCell('B2').value = new Date(Date.UTC(2026, 5, 1)); // Évaluation 1 after Évaluation 2
      const grid = wb.getWorksheet('Grille IMPACT')!;
      grid.getCell('E2').value = 'Peut-être';
    });
    const undated = await edited('sans-date.xlsx', (wb) => {
      wb.getWorksheet('Évaluations')!.getCell('B3').value = null;
    });
    const r = await run(['check', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Peut-être');
    expect(r.out).toMatch(
      /'Évaluations'!B3 : « Évaluation 2 » \(2026-03-20\) est datée avant « Évaluation 1 » \(2026-06-01\)/,
    );
    const u = await run(['check', undated, '--json']);
    expect(u.code).toBe(1);
    const missing = JSON.parse(u.out).issues.filter(
      (i: { rule: string }) => i.rule === 'assessment-date',
    );
    expect(missing.map((i: { cell: string; severity: string }) => [i.cell, i.severity])).toEqual([
      ['B3', 'error'],
      ['B3', 'error'],
    ]);
    expect(missing[0].message).toContain(
      "« Évaluation 2 » n'a pas de date alors que 46 réponses sont saisies (Grille IMPACT › Réponse 2)",
    );
  });

  it('says which items a dated assessment left unanswered, as information', async () => {
    const file = await edited('oubli.xlsx', (wb) => {
      wb.getWorksheet('Impacts collectifs')!.getCell('H4').value = null;
    });
    const r = await run(['check', file, '--json']);
    // Edited by ExcelJS: the tables lost their column formulas (a structure warning, not ours).
    const info = JSON.parse(r.out).issues.filter((i: { rule: string }) => i.rule !== 'structure');
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ rule: 'assessment-date', severity: 'info', cell: 'H4' });
    expect(info[0].message).toContain(
      '1 élément de la feuille « Impacts collectifs » sans réponse',
    );
  });

  it('bilan explains it reports on actions, not on a self-assessment (exit 2, no stack)', async () => {
    const r = await run(['bilan', example, '--periode', 'annuel', '-o', path.join(dir, 'b.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Le bilan porte sur les actions d'un classeur ca ou cpts");
    expect(r.err).not.toContain('    at ');
  });
});
