import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { EXAMPLES } from '../../src/core/examples';
import { cpts } from '../../src/core/templates/cpts';
import { ca } from '../../src/core/templates/ca';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { recalculate } from '../support/libreoffice';
import { xlsxOf } from '../merge/support/files';

/*
 * Year N compared with year N-1, as a coordinator runs it: last year's workbook, this year's
 * started from it with `new --from`, T1 typed and the file saved by LibreOffice, then `check
 * --precedent` and `bilan --periode annuel --precedent`.
 */

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-precedent-'));
const at = (f: string) => path.join(dir, f);
let n: string;

beforeAll(async () => {
  fs.writeFileSync(at('suivi-2024.xlsx'), await xlsxOf(ca, EXAMPLES.ca.data));
  fs.writeFileSync(at('usagers.xlsx'), await xlsxOf(cpts, EXAMPLES.cpts.data));
  const carried = await run(['new', 'ca', at('carried.xlsx'), '--from', at('suivi-2024.xlsx')]);
  if (carried.code !== 0) throw new Error(carried.err);
  // T1 of « Vues de la vidéo tutorielle » (A1's second indicator): 70 views this year.
  const wb = await loadXlsx(fs.readFileSync(at('carried.xlsx')));
  const sheet = wb.getWorksheet('Indicateurs')!;
  const header = sheet.getRow(1).values as ExcelJS.CellValue[];
  const t1 = header.indexOf('T1');
  const name = header.indexOf('Indicateur');
  const row = Array.from({ length: 30 }, (_, i) => i + 2).find(
    (r) => sheet.getRow(r).getCell(name).value === 'Vues de la vidéo tutorielle',
  )!;
  sheet.getRow(row).getCell(t1).value = 70;
  fs.writeFileSync(at('typed.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
  const [saved] = recalculate([at('typed.xlsx')], fs.mkdtempSync(path.join(dir, 'lo-')));
  n = at('suivi-2025.xlsx');
  fs.copyFileSync(saved!, n);
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('trepied check --precedent', () => {
  it('shows the evolution of each key figure and indicator, in French', async () => {
    const res = await run(['check', n, '--precedent', at('suivi-2024.xlsx')]);
    expect(res.err).toBe('');
    expect(res.out).toContain("Évolution depuis l'an dernier (« suivi-2024.xlsx »)");
    expect(res.out).toMatch(/ {2}Nombre d'actions +4 +4 +0\n/);
    // 60 + 40 = 100 last year; 70 this year (baseline 100 now: the target of 100 is to review).
    expect(res.out).toContain('  A1 · Vues de la vidéo tutorielle : 100 → 70 (-30) ;');
  });

  it('adds the evolution to the JSON report', async () => {
    const res = await run(['check', n, '--json', '--precedent', at('suivi-2024.xlsx')]);
    const json = JSON.parse(res.out) as {
      format: string;
      evolution: {
        previousFile: string;
        figures: { name: string; previous: number | null; current: number | null }[];
        indicators: { key: string; indicator: string; realised: { change: number | null } }[];
      };
    };
    expect(json.format).toBe('trepied-check');
    expect(json.evolution.previousFile).toBe('suivi-2024.xlsx');
    expect(json.evolution.figures.find((f) => f.name === 'CA_BeneficiairesAtteints')).toEqual({
      name: 'CA_BeneficiairesAtteints',
      previous: 210,
      current: 0,
      change: -210,
    });
    expect(
      json.evolution.indicators.find((i) => i.indicator === 'Vues de la vidéo tutorielle'),
    ).toMatchObject({ key: 'A1', realised: { change: -30 } });
  });

  it.each([
    [['check', 'N', '--precedent', 'usagers.xlsx'], 'est un classeur du modèle cpts'],
    [['check', 'N', '--precedent', 'absent.xlsx'], 'absent.xlsx'],
    [
      ['bilan', 'N', '--periode', 'T2', '--precedent', 'suivi-2024.xlsx', '-o', 'b.xlsx'],
      'avec --periode annuel',
    ],
  ])('refuses %j (exit 2, nothing written)', async (argv, message) => {
    const res = await run(argv.map((a) => (a === 'N' ? n : a.endsWith('.xlsx') ? at(a) : a)));
    expect(res.code).toBe(2);
    expect(res.err).toContain(message);
    expect(fs.existsSync(at('b.xlsx'))).toBe(false);
  });
});

describe('trepied bilan --periode annuel --precedent', () => {
  it('writes the bilan annuel with last year beside this year', async () => {
    const out = at('bilan-2025.xlsx');
    const res = await run([
      'bilan',
      n,
      '--periode',
      'annuel',
      '--precedent',
      at('suivi-2024.xlsx'),
      '-o',
      out,
    ]);
    expect(res.code).toBe(0);
    expect(res.out).toBe(`Bilan annuel, comparé à « suivi-2024.xlsx », écrit : ${out}`);
    const sheet = (await loadXlsx(fs.readFileSync(out))).getWorksheet('Bilan')!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.some((r) => r[0] === 'Évolution depuis l’année précédente')).toBe(true);
    const video = rows.find((r) => r[1] === 'Vues de la vidéo tutorielle' && r[4] === '-30');
    expect(video?.slice(0, 5)).toEqual(['A1', 'Vues de la vidéo tutorielle', 100, 70, '-30']);
  });
});
