import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { exportPdf } from '../support/libreoffice';
import { messyCaBytes } from '../support/messy-workbook';
import { pageSizes, pageTexts } from '../support/pdf';

/**
 * The Contrôles sheet of `check --write`, printed (issue 13's follow-up): before, it had no page
 * setup, so its 100-character messages were cut onto other pages across, in portrait, without
 * the header row, and LibreOffice showed one line of each wrapped message.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-report-pdf-'));
let pages: string[] = [];
let sizes: { width: number; height: number }[] = [];
let messages: string[] = [];

beforeAll(async () => {
  const input = path.join(dir, 'partenaire.xlsx');
  fs.writeFileSync(input, await messyCaBytes());
  const out = path.join(dir, 'rapport.xlsx');
  const noop = () => undefined;
  expect(await main(['check', input, '--write', out], { out: noop, err: noop })).toBe(1);
  const json: string[] = [];
  await main(['check', input, '--json'], { out: (s) => json.push(s), err: noop });
  messages = (JSON.parse(json.join('\n')) as { issues: { message: string }[] }).issues.map(
    (i) => i.message,
  );
  const [pdf] = exportPdf([out], path.join(dir, 'pdf'));
  const all = pageTexts(pdf!);
  const all_sizes = pageSizes(pdf!);
  const own = all.flatMap((p, i) =>
    p.split('\n').slice(0, 3).join(' ').includes('Contrôles') ? [i] : [],
  );
  pages = own.map((i) => all[i]!);
  sizes = own.map((i) => all_sizes[i]!);
}, 300000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the printed Contrôles sheet', () => {
  it('prints in landscape, the header row on every page, numbered pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    sizes.forEach((s) => expect(s.width).toBeGreaterThan(s.height));
    for (const p of pages) {
      expect(p).toMatch(/Gravité\s+Feuille\s+Cellule\s+Règle\s+Message/);
      expect(p).toMatch(/Page \d+ \/ \d+/);
    }
  });

  it('heads the Contrôles pages with the programme’s name, as the other sheets', () => {
    for (const p of pages)
      expect(p.split('\n').slice(0, 3).join(' ')).not.toMatch(/Coopérative d'acteurs : suivi/);
  });

  it('prints every message whole, one page across (no column cut off)', () => {
    expect(messages.length).toBeGreaterThan(3);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    for (const m of messages) {
      const words = m.replace(/\s+/g, ' ');
      expect([m, text.includes(words)]).toEqual([m, true]);
    }
  });
});
