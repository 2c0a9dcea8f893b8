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
      /'Évaluations'!B3 : « Évaluation 2 » \(20\/03\/2026\) est datée avant « Évaluation 1 » \(01\/06\/2026\)/,
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

describe('trepied new ca|cpts --avec evaluation', () => {
  it.each(['ca', 'cpts'])(
    'adds the self-assessment sheets to a %s workbook: read, checked and scored as one',
    async (id) => {
      const file = path.join(dir, `${id}-avec.xlsx`);
      const r = await run(['new', id, file, '--example', '--avec', 'evaluation']);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toContain('+ « Auto-évaluation de la démarche »');
      const wb = await loadXlsx(fs.readFileSync(file));
      const names = wb.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
      // The evaluation's sheets come after the template's own, before Synthèse and Listes.
      expect(names.slice(-7)).toEqual([
        'Évaluations',
        'Grille IMPACT',
        'Scores IMPACT',
        'Impacts collectifs',
        'Scores Impacts collectifs',
        'Synthèse',
        'Listes',
      ]);
      const plain = path.join(dir, `${id}-seul.xlsx`);
      await run(['new', id, plain, '--example']);
      const [mixed, alone] = await Promise.all(
        [file, plain].map(async (f) => JSON.parse((await run(['check', f, '--json'])).out)),
      );
      expect(mixed.template).toBe(id);
      expect(mixed.modules).toEqual(['evaluation']);
      expect(alone.modules).toBeUndefined();
      // The template's own issues and figures are unchanged; the evaluation's figures are added.
      expect(mixed.issues).toEqual(alone.issues);
      for (const [k, v] of Object.entries(alone.figures))
        expect([k, mixed.figures[k]]).toEqual([k, v]);
      expect([
        mixed.figures.EVAL_NiveauCooperation1,
        mixed.figures.EVAL_NiveauCooperation2,
      ]).toEqual([3, 5]);
    },
  );

  it('checks the added assessments too: an undated one with answers is an error', async () => {
    const file = path.join(dir, 'ca-avec.xlsx');
    const undated = path.join(dir, 'ca-avec-sans-date.xlsx');
    const wb = await loadXlsx(fs.readFileSync(file));
    wb.getWorksheet('Évaluations')!.getCell('B2').value = null;
    await wb.xlsx.writeFile(undated);
    const r = await run(['check', undated, '--json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.out).issues.filter(
      (i: { rule: string }) => i.rule === 'assessment-date',
    );
    expect(found.map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`)).toEqual([
      'Évaluations!B2',
      'Évaluations!B2',
    ]);
  });

  it('upgrade keeps the added sheets and every answer', async () => {
    const file = path.join(dir, 'ca-avec.xlsx');
    const out = path.join(dir, 'ca-avec-upgrade.xlsx');
    const r = await run(['upgrade', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/GrilleImpact\s+46/);
    expect(r.out).toContain('pas de feuille Autres données');
    const checked = JSON.parse((await run(['check', out, '--json'])).out);
    expect(checked.modules).toEqual(['evaluation']);
    expect(checked.figures.EVAL_ScoreImpact2).toBeCloseTo(37 / 45, 12);
  });

  it.each([
    [['--avec', 'autre'], 'seules ces feuilles s’ajoutent à un classeur : evaluation'],
    [['--avec', 'evaluation'], 'contient déjà ces feuilles'],
  ])('refuses %j with a French message and exit 2', async (extra, message) => {
    const template = extra[1] === 'evaluation' ? 'evaluation' : 'ca';
    const r = await run(['new', template, path.join(dir, 'refus.xlsx'), ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(fs.existsSync(path.join(dir, 'refus.xlsx'))).toBe(false);
  });
});
