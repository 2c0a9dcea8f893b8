import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { FIGURE_COLUMN } from '../../src/core/bilan/print-sheet';
import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { pick } from '../../src/core/i18n/lang';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import type { TemplateDef } from '../../src/core/templates/types';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { exportPdf } from '../support/libreoffice';
import { pageSizes, pageTexts } from '../support/pdf';

/**
 * `trepied bilan` (issue 13): the print-ready report of a period for the COPIL and the ARS. Its
 * figures equal the checker's; the indicators are counted to the end of the period; one porteur's
 * bilan keeps its actions only; LibreOffice prints it on a few landscape pages.
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

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-bilan-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const example = async (id: TemplateDef['id']) => {
  const file = path.join(dir, `${id}.xlsx`);
  if (!fs.existsSync(file)) expect((await run(['new', id, file, '--example'])).code).toBe(0);
  return file;
};

async function sheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = await loadXlsx(fs.readFileSync(file));
  return wb.getWorksheet('Bilan')!;
}

/** The value beside each key figure's label (column A label, figure in FIGURE_COLUMN). */
function figures(ws: ExcelJS.Worksheet, t: TemplateDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow((row) => {
    const label = row.getCell(1).value;
    const s = t.summaries.find((x) => pick('fr', x.label) === label);
    if (s && !(s.name in out)) out[s.name] = row.getCell(FIGURE_COLUMN + 1).value ?? '';
  });
  return out;
}

/** A column's values, by row number (index 0 is row 1). */
const column = (ws: ExcelJS.Worksheet, c: number) => {
  const out: unknown[] = [];
  ws.eachRow((row, n) => (out[n - 1] = row.getCell(c).value));
  return out;
};

describe('trepied bilan', () => {
  it.each([ca, cpts])(
    'annual bilan of the %s example: every key figure equals the checker’s',
    async (t) => {
      const file = await example(t.id);
      const out = path.join(dir, `${t.id}-annuel.xlsx`);
      const r = await run(['bilan', file, '--periode', 'annuel', '-o', out]);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toContain('Bilan annuel écrit');
      const checked = checkWorkbook(
        await readWorkbookFile(fs.readFileSync(file), path.basename(file)),
      );
      const got = figures(await sheet(out), t);
      expect(Object.keys(got).sort()).toEqual(t.summaries.map((s) => s.name).sort());
      for (const s of t.summaries)
        expect([s.name, got[s.name]]).toEqual([s.name, checked.figures[s.name]]);
    },
  );

  it('counts each indicator to the end of T2 (sums T1 and T2, not T3 and T4)', async () => {
    const file = await example('ca');
    const out = path.join(dir, 'ca-T2.xlsx');
    expect((await run(['bilan', file, '--periode', 't2', '-o', out])).code).toBe(0);
    const ws = await sheet(out);
    const names = column(ws, 2);
    const sums = EXAMPLES.ca.data['Indicateurs']!.filter(
      (r) => r['mode'] === 'Somme' && typeof r['t3'] === 'number' && r['t3'] !== 0,
    );
    expect(sums.length).toBeGreaterThan(0);
    for (const ind of sums) {
      const at = names.indexOf(ind['name']);
      expect([ind['name'], at]).not.toEqual([ind['name'], -1]);
      const realised = ws.getRow(at + 1).getCell(6).value;
      const toDate = Number(ind['t1'] ?? 0) + Number(ind['t2'] ?? 0);
      expect([ind['name'], realised]).toEqual([ind['name'], toDate]);
    }
    // Only the meetings of T2 (April to June of the programme's year).
    const dates = column(ws, 1).filter((v): v is Date => v instanceof Date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.getUTCMonth()).toBeGreaterThanOrEqual(3);
    for (const d of dates) expect(d.getUTCMonth()).toBeLessThanOrEqual(5);
  });

  it('keeps one porteur’s actions and their rows with --porteur', async () => {
    const file = await example('ca');
    const out = path.join(dir, 'ca-csapa.xlsx');
    const r = await run(['bilan', file, '--periode', 'T2', '--porteur', 'csapa albi', '-o', out]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const ws = await sheet(out);
    expect(figures(ws, ca)['CA_NbActions']).toBe(1);
    const mine = EXAMPLES.ca.data['Actions']!.find((a) => a['owner'] === 'CSAPA Albi')!;
    const ids = column(ws, 1).filter((v) => typeof v === 'string' && /^A\d+$/.test(v));
    expect(new Set(ids)).toEqual(new Set([mine['id']]));
  });

  it('says in French what is wrong, exit 2: period, porteur, input kept', async () => {
    const file = await example('ca');
    const before = fs.readFileSync(file);
    const bad = await run(['bilan', file, '--periode', 'T5', '-o', path.join(dir, 'x.xlsx')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Période inconnue « T5 »');
    const who = await run([
      'bilan',
      file,
      '--periode',
      'T1',
      '--porteur',
      'Inconnu',
      '-o',
      path.join(dir, 'y.xlsx'),
    ]);
    expect(who.code).toBe(2);
    expect(who.err).toContain('« CSAPA Albi »');
    const same = await run(['bilan', file, '--periode', 'T1', '-o', file, '--force']);
    expect(same.code).toBe(2);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('prints the T2 bilan of the CA example on a few landscape pages, each headed', async () => {
    const out = path.join(dir, 'ca-T2.xlsx');
    if (!fs.existsSync(out))
      await run(['bilan', await example('ca'), '--periode', 'T2', '-o', out]);
    const [pdf] = exportPdf([out], path.join(dir, 'pdf'));
    const pages = pageTexts(pdf!);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    for (const s of pageSizes(pdf!)) expect(s.width).toBeGreaterThan(s.height);
    const name = EXAMPLES.ca.config.nom!;
    pages.forEach((p, i) => {
      expect(p.split('\n').slice(0, 2).join(' ')).toContain(name.slice(0, 30));
      expect(p).toContain(`Page ${i + 1} / ${pages.length}`);
    });
    const all = pages.join('\n');
    for (const title of [
      'Bilan T2',
      'Chiffres clés',
      'Indicateurs : prévu et réalisé à date',
      'Triangulation des preuves',
      'Réalisation : réponses et raisons',
      'Freins, leviers et pistes d’amélioration',
      'Instances tenues sur la période',
    ])
      expect(all).toContain(title);
    // Each key figure on its label's line.
    for (const s of ca.summaries) {
      const line = all.split('\n').find((l) => l.includes(pick('fr', s.label)));
      expect([s.name, line]).toEqual([s.name, expect.stringMatching(/\d/)]);
    }
  }, 120000);
});
