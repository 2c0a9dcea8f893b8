import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import { jsonReport } from '../../src/core/report/json-report';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import * as open from '../../src/workbook/xlsx/open';
import { readWorkbookValues } from '../support/exceljs-values';
import { MISTAKES, messyCaBytes, messyCaWorkbook } from '../support/messy-workbook';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-check-'));
const messy = path.join(dir, 'partenaire.xlsx');
const clean = path.join(dir, 'exemple.xlsx');
beforeAll(async () => {
  fs.writeFileSync(messy, await messyCaBytes());
  expect((await run(['new', 'ca', clean, '--example'])).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('trepied check', () => {
  it('says how many actions lack a proof in words, not as a fraction read backwards', async () => {
    // « (1/4) » read as « 1 triangulated out of 4 » when 3 of 4 were (a new user's trial).
    const r = await run(['check', clean]);
    expect(r.out).toContain('Triangulation des preuves : 1 action sur 4 à compléter');
    expect(r.out).not.toMatch(/Triangulation des preuves \(\d+\/\d+\)/);
  });

  it('passes the example workbook (warnings only) and flags exactly the invented A4', async () => {
    const r = await run(['check', clean, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ format: 'trepied-check', template: 'ca', version: 3 });
    expect(report.counts.error).toBe(0);
    expect(
      report.actions
        .filter((a: { flagged: boolean }) => a.flagged)
        .map((a: { id: string }) => a.id),
    ).toEqual(['A4']);
    expect(report.actions.find((a: { id: string }) => a.id === 'A4')).toMatchObject({
      evidence: { quantitative: 1, qualitative: 1, observable: 0 },
      missing: ['livrable'],
      unsupportedImpact: true,
    });
    // 3 worked cases, triangulated, and the invented A4: 3/4.
    expect(report.figures.CA_NbActions).toBe(4);
    expect(report.figures.CA_TauxTriangulation).toBeCloseTo(3 / 4, 12);
  });

  it.each(Object.entries(MISTAKES))('finds the %s mistake at its cell', async (_name, m) => {
    const report = JSON.parse((await run(['check', messy, '--json'])).out);
    const found = report.issues.filter(
      (i: { sheet: string; cell: string; rule: string }) =>
        i.sheet === m.sheet && i.cell === m.cell && i.rule === m.rule,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].message).toContain(m.cell);
  });

  it('exits 1 on errors, prints a French report grouped by sheet, and offers fixes', async () => {
    const r = await run(['check', messy]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('■ Actions');
    expect(r.out).toContain('Triangulation des preuves');
    expect(r.out).toContain('Chiffres clés');
    const report = JSON.parse((await run(['check', messy, '--json'])).out);
    const choice = report.issues.find(
      (i: { cell: string; rule: string }) => i.rule === 'choice' && i.cell === 'T2',
    );
    expect(choice.fix).toEqual({ cell: 'T2', value: 'OUI' });
    const comma = report.issues.find(
      (i: { cell: string; rule: string }) => i.rule === 'number' && i.cell === 'L2',
    );
    expect(comma.fix).toEqual({ cell: 'L2', value: 12.5 });
  });

  it('writes a copy with a Contrôles sheet, never touching the input', async () => {
    const before = fs.readFileSync(messy);
    const out = path.join(dir, 'rapport.xlsx');
    const r = await run(['check', messy, '--write', out]);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(messy).equals(before)).toBe(true);
    const wb = await loadXlsx(fs.readFileSync(out));
    const values = readWorkbookValues(wb);
    const report = values.tables.find((t) => t.name === 'Controles')!;
    expect(report.sheet).toBe('Contrôles');
    expect(report.headers).toEqual(['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message']);
    expect(
      report.values.some(
        (row) => row[1] === 'Actions' && row[2] === 'T2' && row[3] === 'Valeur hors liste',
      ),
    ).toBe(true);
    expect(report.formulas.some((row) => (row[2] ?? '').startsWith('HYPERLINK("#'))).toBe(true);
    const fill = wb.getWorksheet('Actions')!.getCell('T2').fill as { fgColor?: { argb?: string } };
    // « oui » for « OUI » is information: blue, not the red of the #REF! error typed in M3.
    expect(fill.fgColor?.argb).toBe('FFDDEBF7');
    const l3 = wb.getWorksheet('Actions')!.getCell('M3').fill as { fgColor?: { argb?: string } };
    expect(l3.fgColor?.argb).toBe('FFF8CBAD');
    expect((await run(['check', messy, '--write', messy, '--force'])).err).toContain(
      "fichier d'entrée",
    );
  });

  it.each([
    ['missing.xlsx', 'fichier introuvable'],
    ['notes.csv', 'fichier texte'],
  ])('refuses %s with exit 2 and a French message', async (name, message) => {
    const file = path.join(dir, name);
    if (name.endsWith('.csv')) fs.writeFileSync(file, 'a;b\n1;2\n');
    const r = await run(['check', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('checks a table of 50 000 rows', async () => {
    const { buildPlan } = await import('../../src/core/plan/build');
    const { ca } = await import('../../src/core/templates/ca');
    const { planToXlsx } = await import('../../src/workbook/xlsx/render');
    const proofs = Array.from({ length: 50000 }, (_, i) => ({
      key: `A${(i % 3) + 1}`,
      type: 'Qualitatif (témoignages)',
      proof: `Témoignage ${i + 1}`,
      source: 'Entretiens',
      limits: 'Biais de désirabilité sociale',
    }));
    const plan = buildPlan(ca, {
      data: {
        Actions: [
          { id: 'A1', title: 'Un' },
          { id: 'A2', title: 'Deux' },
          { id: 'A3', title: 'Trois' },
        ],
        Preuves: proofs,
      },
      now: new Date('2026-01-15T00:00:00Z'),
    });
    const file = path.join(dir, 'grand.xlsx');
    fs.writeFileSync(file, await planToXlsx(plan));
    const report = JSON.parse((await run(['check', file, '--json'])).out);
    // 50 000 testimonies shared by 3 actions: 16 667 + 16 667 + 16 666.
    expect(
      report.actions.map((a: { evidence: { qualitative: number } }) => a.evidence.qualitative),
    ).toEqual([16667, 16667, 16666]);
    expect(report.actions.every((a: { flagged: boolean }) => a.flagged)).toBe(true);
  }, 180000);

  it('reads the workbook as a stream, and writes the report copy without ExcelJS', async () => {
    const exceljs = jest.spyOn(open, 'openForReport');
    try {
      const r = await run(['check', messy, '--json']);
      expect(r.code).toBe(1);
      expect(exceljs).not.toHaveBeenCalled();
      // The same report as through ExcelJS's model.
      const values = readWorkbookValues(await loadXlsx(fs.readFileSync(messy)));
      const report = jsonReport('partenaire.xlsx', checkWorkbook(values), 'fr');
      expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(report)));
      const out = path.join(dir, 'rapport-flux.xlsx');
      expect((await run(['check', messy, '--write', out, '--force'])).code).toBe(1);
      // The copy is the original package plus the Contrôles parts (test/xlsx/report-copy).
      expect(exceljs).not.toHaveBeenCalled();
    } finally {
      exceljs.mockRestore();
    }
  });

  it('checks a workbook too large for --write without it, and says so when --write refuses it', async () => {
    const limit = open.LIMITS.totalBytes;
    open.LIMITS.totalBytes = 512 * 1024; // the example unzips to about 600 KB
    try {
      const refused = await run(['check', clean, '--write', path.join(dir, 'trop-gros.xlsx')]);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('au-delà de la limite de 0.5 Mo');
      expect(refused.err).toContain('Sans --write, trepied check le contrôle quand même');
      expect(fs.existsSync(path.join(dir, 'trop-gros.xlsx'))).toBe(false);
      expect((await run(['check', clean, '--json'])).code).toBe(0);
    } finally {
      open.LIMITS.totalBytes = limit;
    }
  });

  it('refuses a damaged workbook with exit 2 and a French message, with or without --write', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(clean));
    const sheet = (await zip.file('xl/worksheets/sheet4.xml')!.async('string')).replace(
      '</row>',
      '</rov>',
    );
    zip.file('xl/worksheets/sheet4.xml', sheet);
    const file = path.join(dir, 'abime.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    for (const extra of [[], ['--write', path.join(dir, 'rapport-abime.xlsx')]]) {
      const r = await run(['check', file, ...extra]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('« abime.xlsx » est endommagé');
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('recognises a workbook whose _meta sheet was deleted, and says so', async () => {
    const wb = await messyCaWorkbook();
    wb.removeWorksheet(wb.getWorksheet('_meta')!.id);
    const file = path.join(dir, 'sans-meta.xlsx');
    fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const report = JSON.parse((await run(['check', file, '--json'])).out);
    expect(report.template).toBe('ca');
    expect(
      report.issues.some(
        (i: { rule: string; params: { problem?: string } }) =>
          i.rule === 'structure' && i.params.problem === 'template-guessed',
      ),
    ).toBe(true);
  });
});
