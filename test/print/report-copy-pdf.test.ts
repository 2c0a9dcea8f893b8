import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { TEMPLATES } from '../../src/core/templates';
import { exportPdf } from '../support/libreoffice';
import { pageTexts } from '../support/pdf';

/**
 * `check --write`'s copy of the CA example printed on 24 pages where the original printed on 16:
 * ExcelJS's round trip wrote the print areas back with relative rows (`$A1:$I13`), so LibreOffice
 * printed pages of empty rows under the header of six sheets. The copy must print as the original,
 * page for page, plus the Contrôles pages.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-copy-pdf-'));
let original: string[] = [];
let copy: string[] = [];

beforeAll(async () => {
  const noop = () => undefined;
  const input = path.join(dir, 'suivi.xlsx');
  const out = path.join(dir, 'rapport.xlsx');
  expect(await main(['new', 'ca', input, '--example'], { out: noop, err: noop })).toBe(0);
  expect(await main(['check', input, '--write', out], { out: noop, err: noop })).toBe(0);
  const [a, b] = exportPdf([input, out], path.join(dir, 'pdf'));
  original = pageTexts(a!);
  copy = pageTexts(b!);
}, 300000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheets = [...TEMPLATES.ca!.sheets, 'Contrôles'].sort((x, y) => y.length - x.length);
/** The sheet of a page, from its header (sheet name in the centre). */
const sheetOf = (page: string) => {
  const top = page.split('\n').slice(0, 3).join(' ');
  return sheets.find((s) => top.includes(s));
};
/** A page without its « Page n / N » footer, which the Contrôles pages renumber. */
const body = (page: string) =>
  page
    .replace(/Page \d+ \/ \d+/, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('check --write’s copy of the CA example, printed', () => {
  it('prints every sheet of the original on the same pages, then the Contrôles pages', () => {
    expect(original.length).toBeGreaterThan(10);
    const own = copy.filter((p) => sheetOf(p) === 'Contrôles');
    expect(own.length).toBeGreaterThan(0);
    expect(copy.length).toBe(original.length + own.length);
    expect(copy.slice(0, original.length).map(sheetOf)).toEqual(original.map(sheetOf));
  });

  it('numbers the copy’s pages through, as the original (ExcelJS wrote « Page 1 » on every sheet)', () => {
    copy.forEach((p, i) =>
      expect([i + 1, p]).toEqual([
        i + 1,
        expect.stringContaining(`Page ${i + 1} / ${copy.length}`),
      ]),
    );
  });

  it('prints the same text on each of the original’s pages (no row re-fitted, none added)', () => {
    original.forEach((p, i) => expect([i + 1, body(copy[i]!)]).toEqual([i + 1, body(p)]));
  });
});
