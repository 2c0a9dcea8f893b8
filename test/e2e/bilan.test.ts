import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bilanOf } from '../../src/core/bilan/from-check';
import { checkWorkbook } from '../../src/core/check';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { launchChromium, offlineContext } from './support/browser';
import { danglingAriaIds, headingJumps, headingLevels, seriousViolations } from './support/axe';
import { ROOT, buildPane } from './support/build';
import { createSheets, section } from './support/pane';
import { serveDirectory, type StaticServer } from './support/server';

/**
 * Issue 13, the bilan from the pane: Indicateurs › « Bilan pour le COPIL et l’ARS », a period and
 * a porteur chosen, the demo offers the same bilan as `trepied bilan` (same core code) as a file.
 */
const SCREENSHOTS = path.join(ROOT, 'test-artifacts/screenshots');

let out = '';
let files = '';
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  out = buildPane();
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-e2e-bilan-'));
  server = await serveDirectory(out);
  browser = await launchChromium();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  for (const dir of [out, files]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function openPane(width: number): Promise<Page> {
  const { context } = await offlineContext(browser, width);
  contexts.push(context);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  await section(page, 'Créer').waitFor();
  return page;
}

/** Save the download that `click` starts, under the name the page suggests. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [started] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(files, `${Date.now()}-${started.suggestedFilename()}`);
  await started.saveAs(file);
  return file;
}

describe('the bilan from the pane (demo mode)', () => {
  it.each([320, 350, 450])(
    'at %i px: T2 of one porteur downloaded, equal to the command line’s, axe clean',
    async (width) => {
      const page = await openPane(width);
      await createSheets(page, { example: true });
      await section(page, 'Indicateurs').click();
      const bilan = page.getByTestId('bilan');
      await bilan.getByRole('heading', { name: 'Bilan pour le COPIL et l’ARS' }).waitFor();
      await bilan.getByLabel('Période').selectOption('T2');
      await bilan.getByLabel('Porteur').selectOption('CSAPA Albi');
      const options = await bilan.getByLabel('Porteur').locator('option').allTextContents();
      expect(options).toEqual([
        'Tout le programme',
        'DAC du Tarn',
        'CSAPA Albi',
        'CSE du DAC',
        'Association Entraide',
      ]);
      const file = await download(page, () =>
        bilan.getByRole('button', { name: 'Télécharger le bilan' }).click(),
      );
      expect(path.basename(file)).toMatch(/-bilan-T2-csapa-albi\.xlsx$/);
      await bilan.getByText(/^Bilan téléchargé : bilan-T2-csapa-albi\.xlsx\./).waitFor();

      // The same bilan as `trepied bilan` makes of the workbook the pane holds.
      const workbook = await download(page, () =>
        page.getByRole('button', { name: 'Télécharger le classeur' }).click(),
      );
      const values = await readWorkbookFile(fs.readFileSync(workbook), 'suivi-ca.xlsx');
      const expected = bilanOf(checkWorkbook(values), 'ce classeur', {
        period: 'T2',
        lang: 'fr',
        porteur: 'CSAPA Albi',
      }).sheets[0]!;
      const wb = await loadXlsx(fs.readFileSync(file));
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Bilan T2 – CSAPA Albi']);
      const ws = wb.worksheets[0]!;
      const cells = expected.cells.filter((c) => c.value !== null && c.value !== undefined);
      expect(cells.length).toBeGreaterThan(50);
      for (const c of cells) {
        const got = ws.getCell(c.ref).value;
        const want = c.value instanceof Date ? c.value.getTime() : c.value;
        expect({ ref: c.ref, value: got instanceof Date ? got.getTime() : got }).toEqual({
          ref: c.ref,
          value: want,
        });
      }
      // One porteur's actions only: A2 (CSAPA Albi), not A1 (DAC du Tarn).
      const column = expected.cells.filter((c) => c.ref.startsWith('A')).map((c) => c.value);
      expect(column).toContain('A2');
      expect(column).not.toContain('A1');

      const overflow = await page.evaluate(() => {
        const pane = document.querySelector('main');
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          pane: pane ? pane.scrollWidth - pane.clientWidth : -1,
        };
      });
      expect(overflow).toEqual({ page: 0, pane: 0 });
      await bilan.scrollIntoViewIfNeeded();
      await bilan.screenshot({
        path: path.join(SCREENSHOTS, `bilan-${width}.png`),
        animations: 'disabled',
      });
      expect(await seriousViolations(page)).toEqual([]);
      expect(headingJumps(await headingLevels(page))).toEqual([]);
      expect(await danglingAriaIds(page)).toEqual([]);
    },
  );

  it('refuses plainly on a workbook that is not Trépied’s', async () => {
    const page = await openPane(350);
    await section(page, 'Indicateurs').click();
    await page.getByText(/n’est pas un classeur Trépied/).waitFor();
    // No bilan offered where there is nothing to report on.
    await expect(page.getByTestId('bilan').count()).resolves.toBe(0);
  });
});
