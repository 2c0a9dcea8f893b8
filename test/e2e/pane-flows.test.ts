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
import { createSheets, section, workbookView } from './support/pane';
import { EXAMPLES } from '../../src/core/examples';
import { caV1 } from '../merge/support/workbooks';
import { xlsxOf } from '../merge/support/files';
import { serveDirectory, type StaticServer } from './support/server';

/**
 * Issue 13, the bilan from the pane: Indicateurs › « Bilan pour le COPIL et l’ARS », a period and
 * a porteur chosen, the demo offers the same bilan as `trepied bilan` (same core code) as a file.
 * Issue 14: Consolider's upgrade summary in words, French formats in the demo's view.
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

describe('issue 14 in the running demo', () => {
  it.each([320, 350, 450])(
    'at %i px: the upgrade of an old workbook is summarised in words, not command-line text',
    async (width) => {
      const old = path.join(files, `ancien-${width}.xlsx`);
      fs.writeFileSync(old, await xlsxOf(caV1, EXAMPLES.ca.data));
      const page = await openPane(width);
      await section(page, 'Consolider').click();
      await page.getByLabel('Ancien classeur (.xlsx)').setInputFiles(old);
      const summary = page.getByTestId('upgrade-summary');
      await summary.waitFor();
      await expect(summary.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(
        'Ce que la mise à jour fera',
      );
      const text = (await summary.textContent()) ?? '';
      expect(text).toContain(
        `« ancien-${width}.xlsx » : Coopérative d'acteurs : suivi des actions`,
      );
      expect(text).toMatch(/version 1 → 3/);
      // Sheet names, not the contract's table names or the command line's words.
      expect(text).not.toMatch(/ChaineValeur|--|trepied|Mise à niveau de/);
      expect(text).toMatch(/Lignes reprises par feuille/);
      await expect(summary.locator('pre').count()).resolves.toBe(0);
      const fonts = await summary
        .locator('li, dt, dd, span')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).fontFamily));
      expect(fonts.filter((f) => /mono|courier|consolas/i.test(f))).toEqual([]);
      const overflow = await page.evaluate(() => {
        const pane = document.querySelector('main');
        return pane ? pane.scrollWidth - pane.clientWidth : -1;
      });
      expect(overflow).toBe(0);
      await summary.screenshot({
        path: path.join(SCREENSHOTS, `mise-a-jour-${width}.png`),
        animations: 'disabled',
      });
      expect(await seriousViolations(page)).toEqual([]);
      expect(headingJumps(await headingLevels(page))).toEqual([]);
      expect(await danglingAriaIds(page)).toEqual([]);
    },
  );

  it('shows years without a separator and dates as jj/mm/aaaa in the workbook view', async () => {
    const page = await openPane(1280);
    await createSheets(page, { example: true });
    const view = workbookView(page);
    const texts: string[] = [];
    for (const sheet of ['Programme', 'Actions', 'Instances', 'Synthèse']) {
      const tab = view.getByRole('tab', { name: sheet });
      if ((await tab.count()) === 0) continue;
      await tab.click();
      const table = view.locator(`table[data-sheet="${sheet}"]`);
      await table.waitFor();
      texts.push(...(await table.locator('td').allTextContents()));
    }
    const nb = texts.map((t) => t.replace(/[\u00a0\u202f]/g, ' '));
    expect(nb.length).toBeGreaterThan(100);
    expect(nb.filter((t) => /^-?\d \d{3}(,\d+)?( €| %)?$/.test(t))).toEqual([]);
    expect(nb.filter((t) => /,00 €$/.test(t))).toEqual([]);
    expect(nb.some((t) => /^\d{2}\/\d{2}\/20\d{2}$/.test(t))).toBe(true);
  });

  it('keeps the example self-consistent whatever the user typed (2026, own territories and publics)', async () => {
    const page = await openPane(350);
    await section(page, 'Créer').click();
    await page.getByRole('button', { name: /Période, territoires et publics/ }).click();
    await page.getByLabel('Début de période').fill('2026-01-01');
    await page.getByLabel('Fin de période').fill('2026-12-31');
    await page.getByLabel('Territoires').fill('Gaillac, Graulhet');
    await page.getByLabel('Publics cibles').fill('Jeunes de 16 à 25 ans');
    await page.getByLabel('Avec les données d’exemple').check();
    await page.getByRole('button', { name: 'Créer les feuilles' }).click();
    await page.getByText(/feuilles créées/).waitFor();
    await section(page, 'Contrôler').click();
    const counts = page.getByTestId('severity-counts');
    await counts.waitFor();
    // As the example alone (demo.test.ts): its three proof warnings, no clash with what was typed.
    await expect(counts.textContent()).resolves.toBe('0 erreur3 avertissements0 information');
  });
});
