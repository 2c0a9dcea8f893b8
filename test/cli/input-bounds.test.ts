import { spawnSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { buildPlan } from '../../src/core/plan/build';
import { restore } from '../../src/core/restore/restore';
import { ca } from '../../src/core/templates/ca';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';

/** Inputs that must neither hang nor eat the machine: refused in French, or read within bounds. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-bounds-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('special files are refused before anything is read', () => {
  const fifo = path.join(dir, 'tube.xlsx');
  beforeAll(() => {
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  });

  it.each([
    ['check', (f: string) => ['check', f]],
    ['upgrade', (f: string) => ['upgrade', f, '-o', path.join(dir, 'out.xlsx')]],
    ['merge', (f: string) => ['merge', f, '-o', path.join(dir, 'out.xlsx')]],
  ])('%s: a FIFO and /dev/zero', async (_cmd, argv) => {
    for (const f of [fifo, '/dev/zero']) {
      const r = await run(argv(f));
      expect(r.code).toBe(2);
      expect(r.err).toContain("n'est pas un fichier ordinaire");
    }
  });
});

describe('a sheet of 190 000 loose cells (upgrade crashed: Maximum call stack size exceeded)', () => {
  it('is read and restored, every cell carried', async () => {
    const zip = await JSZip.loadAsync(await planToXlsx(buildPlan(ca, {})));
    const rows: string[] = [];
    for (let r = 1; r <= 190000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    zip.file(
      'xl/worksheets/notes.xml',
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
    const book = await zip.file('xl/workbook.xml')!.async('string');
    zip.file(
      'xl/workbook.xml',
      book.replace('</sheets>', '<sheet name="Notes" sheetId="99" r:id="rIdNotes"/></sheets>'),
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/></Relationships>',
      ),
    );
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const values = await readWorkbookFile(bytes, 'notes.xlsx', { everything: true });
    expect(values.loose!.filter((c) => c.sheet === 'Notes')).toHaveLength(190000);
    const r = restore(values, 'notes.xlsx');
    expect(r.template).toBeDefined();
    if (!r.template) return;
    expect(r.others.filter((o) => o.sheet === 'Notes')).toHaveLength(190000);
  });
});

describe('a Trépied workbook with 50 000 merged ranges (check --write ran past 60 s)', () => {
  it('is checked, and its report copy keeps every merge (no ExcelJS model to compare them)', async () => {
    const zip = await JSZip.loadAsync(await planToXlsx(buildPlan(ca, {})));
    const cells: string[] = [];
    for (let r = 1; r <= 50000; r++) cells.push(`<mergeCell ref="H${r}:I${r}"/>`);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace(
        '</sheetData>',
        `</sheetData><mergeCells count="50000">${cells.join('')}</mergeCells>`,
      ),
    );
    const file = path.join(dir, 'fusions.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect((await run(['check', file])).code).not.toBe(2);
    const out = path.join(dir, 'rapport.xlsx');
    const r = await run(['check', file, '--write', out]);
    expect(r.code).not.toBe(2);
    expect(r.err).toBe('');
    const copy = await JSZip.loadAsync(fs.readFileSync(out));
    const kept = await copy.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(kept.match(/<mergeCell ref=/g)).toHaveLength(50000);
    expect(await copy.file('xl/workbook.xml')!.async('string')).toContain('name="Contrôles"');
  });
});

describe('a valid workbook that is not ours', () => {
  it('gets « n’est pas un classeur Trépied », never an internal error', async () => {
    const { minimalXlsx } = await import('../support/raw-zip');
    const file = path.join(dir, 'autre.xlsx');
    fs.writeFileSync(
      file,
      minimalXlsx({
        Feuil1:
          '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
      }),
    );
    for (const argv of [
      ['check', file],
      ['upgrade', file, '-o', path.join(dir, 'o.xlsx')],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain("n'est pas un classeur Trépied");
    }
  });
});
