import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import { planToXlsx } from '../../src/workbook/xlsx/render';

/**
 * A workbook whose tables a program removed and whose headers were changed too, so that they
 * cannot be found again: the figures that need them are « non calculable » (never 0), and
 * upgrade and merge do not call it a success when a whole table goes to Autres données.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-stripped-'));
const file = path.join(dir, 'sans-tableaux.xlsx');

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const ex = EXAMPLES.ca;
  const bytes = await planToXlsx(
    buildPlan(ca, { config: ex.config, data: ex.data, now: new Date('2026-01-15T00:00:00Z') }),
  );
  const zip = await JSZip.loadAsync(bytes);
  for (const p of Object.keys(zip.files)) {
    if (/^xl\/tables\//.test(p)) zip.remove(p);
    else if (/^xl\/worksheets\/_rels\//.test(p)) zip.remove(p);
    else if (/^xl\/worksheets\/sheet\d+\.xml$/.test(p)) {
      const xml = await zip.file(p)!.async('string');
      zip.file(p, xml.replace(/<tableParts[\s\S]*?<\/tableParts>/, ''));
    }
  }
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', sst.replace(/<t>N° action<\/t>/g, '<t>Numéro</t>'));
  fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a workbook whose tables were removed and cannot be found again', () => {
  it('check: the figures of a missing table are not computable, never 0, and say why', async () => {
    const r = await run(['check', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.figures.CA_NbActions).toBeNull();
    expect(report.figures.CA_TauxTriangulation).toBeNull();
    const why = report.issues.find(
      (i: { params: { problem?: string; table?: string } }) =>
        i.params.problem === 'figures-not-computable' && i.params.table === 'Actions',
    );
    expect(why.message).toContain('non calculables sans le tableau « Actions »');
    expect(why.message).toContain('pas 0');
    const text = await run(['check', file]);
    expect(text.out).toMatch(/Nombre d'actions\s+—/);
  });

  it('upgrade writes what it could but does not exit 0', async () => {
    const out = path.join(dir, 'mis-a-niveau.xlsx');
    const r = await run(['upgrade', file, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('le tableau « Actions » est introuvable dans « sans-tableaux.xlsx »');
    expect(r.err).toContain('dans Autres données');
    expect(fs.existsSync(out)).toBe(true);
  });

  it('merge does not exit 0 either', async () => {
    const out = path.join(dir, 'fusion.xlsx');
    const r = await run(['merge', file, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('le tableau « Actions » est introuvable');
  });
});
