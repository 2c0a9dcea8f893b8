import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { columnLetter } from '../../src/core/formula/refs';
import { buildPlan } from '../../src/core/plan/build';
import { getTemplate, tableDef } from '../../src/core/templates';
import { MemoryWorkbook } from '../../src/workbook/memory/memory-workbook';
import { openWorkbook } from '../../src/workbook/xlsx/open';
import { readWorkbookValues } from '../../src/workbook/xlsx/read';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { OFFICE_JS, launchChromium, offlineContext, type OutsideRequest } from './support/browser';
import { ROOT, buildPane } from './support/build';
import { createSheets, section, workbookView } from './support/pane';
import { serveDirectory, type StaticServer } from './support/server';

const SCREENSHOTS = path.join(ROOT, 'test-artifacts/screenshots');
/** office.js loads this table from its own folder; the package ships it, so it is served too. */
const OFFICE_TABLE = 'https://appsforoffice.microsoft.com/lib/1/hosted/o15apptofilemappingtable.js';
/** office.js frames its telemetry page; the pane's CSP (default-src 'self') blocks it unsent. */
const TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

let out = '';
let files = '';
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Outside requests of each page's context, as the route handler records them. */
const outside: OutsideRequest[][] = [];
const pageErrors: string[] = [];
const blockedByCsp: { url: string; directive: string }[] = [];

beforeAll(async () => {
  out = buildPane();
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-e2e-files-'));
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

/** A fresh demo page at the given width, its outside requests and CSP refusals recorded. */
async function openPane(width = 450, query = ''): Promise<Page> {
  const offline = await offlineContext(browser, width);
  contexts.push(offline.context);
  await offline.context.exposeFunction('reportCsp', (url: string, directive: string) => {
    blockedByCsp.push({ url, directive });
  });
  await offline.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCsp: (u: string, d: string) => void }).reportCsp;
      report(e.blockedURI, e.effectiveDirective);
    });
  });
  offline.context.setDefaultTimeout(10_000);
  const page = await offline.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  outside.push(offline.outside);
  await page.goto(`${server.origin}/taskpane.html${query}`);
  await section(page, /Créer|Create/).waitFor();
  return page;
}

/** An example workbook with one fixable issue: "oui" typed where the list says "OUI". */
async function workbookWithFixableIssue(): Promise<{ file: string; cell: string }> {
  const ca = getTemplate('ca')!;
  const columns = tableDef(ca, 'Actions').columns;
  const column = columns.findIndex(
    (c) => c.header === 'Les ressources ont été mobilisées comme prévu',
  );
  const cell = `${columnLetter(column)}2`;
  const wb = MemoryWorkbook.empty();
  await wb.render(buildPlan(ca, { lang: 'fr', ...EXAMPLES.ca }));
  await wb.setValue('Actions', cell, 'oui');
  const file = path.join(files, 'partenaire.xlsx');
  fs.writeFileSync(file, await wb.toBytes());
  return { file, cell };
}

describe('the task pane in a browser (demo mode)', () => {
  it('detects that no Excel host is present and says so', async () => {
    const page = await openPane();
    const mode = page.getByTestId('mode');
    await expect(mode.textContent()).resolves.toBe('Mode démo (navigateur)');
    await expect(mode.getAttribute('title')).resolves.toMatch(/Aucun classeur Excel détecté/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });

  it('(a) creates the CA workbook, refuses to overwrite it, downloads a readable file', async () => {
    const page = await openPane();
    await createSheets(page, { name: 'Coordination Albi', territories: 'Albi, Castres' });
    await expect(workbookView(page).getByRole('tab', { name: 'Actions' }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Créer les feuilles' }).click();
    const refusal = page.getByText(/Ce classeur contient déjà les feuilles « Programme »/);
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/ne remplace pas des feuilles existantes/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le classeur' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('suivi-ca.xlsx');
    const file = path.join(files, download.suggestedFilename());
    await download.saveAs(file);
    const values = readWorkbookValues(await openWorkbook(fs.readFileSync(file), 'suivi-ca.xlsx'));
    expect(values.tables.map((t) => t.name)).toContain('Actions');
    const programme = values.tables.find((t) => t.name === 'Programme');
    expect(programme?.values).toEqual(
      expect.arrayContaining([
        ['Intitulé du programme', 'Coordination Albi'],
        ['Territoire', 'Albi, Castres'],
      ]),
    );
    expect(checkWorkbook(values).template).toBe('ca');

    // The refusal offers a new workbook, in which the sheets can be created again.
    await page.getByRole('button', { name: 'Nouveau classeur' }).first().click();
    await workbookView(page).getByText('Le classeur est vide').waitFor();
    await createSheets(page, {});
  });

  it('(b) shows the example’s key figures and the invented A4 missing its « livrable »', async () => {
    const page = await openPane();
    await createSheets(page, { example: true });
    await section(page, 'Indicateurs').click();
    const actions = page.locator('[data-action]');
    await actions.first().waitFor();
    await expect(
      actions.evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))),
    ).resolves.toEqual(['A4', 'A1', 'A2', 'A3']);
    const a3 = page.locator('[data-action="A4"]');
    await expect(a3.getAttribute('data-flagged')).resolves.toBe('true');
    const missing = a3.locator('[data-missing="true"]');
    await expect(missing.allTextContents()).resolves.toEqual(['livrable : manquant']);
    await expect(a3.textContent()).resolves.toMatch(/chiffre : 1.*témoignage : 1/);
    await expect(page.locator('[data-action="A1"] [data-missing="true"]').count()).resolves.toBe(0);
    const rate = page.locator('[data-figure="CA_TauxTriangulation"]');
    await expect(rate.textContent()).resolves.toMatch(/^Taux de triangulation75,0\s%$/);
    const bars = page.getByTestId('planned-achieved').locator('li');
    await expect(bars.count()).resolves.toBeGreaterThan(3);
    await expect(bars.first().textContent()).resolves.toMatch(/^A1 · .*prévu .*réalisé /);
  });

  it('(c) lists the issues by sheet; a click selects the cell in the table view', async () => {
    const page = await openPane();
    await createSheets(page, { example: true });
    await section(page, 'Contrôler').click();
    const counts = page.getByTestId('severity-counts');
    await counts.getByText('3 avertissements').waitFor();
    await expect(counts.textContent()).resolves.toBe('0 erreur3 avertissements0 information');
    await expect(
      page
        .locator('section[data-sheet]')
        .evaluateAll((s) => s.map((e) => e.getAttribute('data-sheet'))),
    ).resolves.toEqual(['Actions', 'Preuves', 'Chaîne de valeur']);

    const triangulation = page.locator('li[data-rule="triangulation"]');
    const cell = (await triangulation.getAttribute('data-cell')) ?? '';
    expect(cell).toMatch(/^[A-Z]+5$/); // A4 is on row 5 of Actions
    await triangulation.getByRole('button', { name: /les preuves de « A4 »/ }).click();
    const view = workbookView(page);
    await view.getByText(`Cellule sélectionnée : Actions!${cell}`).waitFor();
    await view.locator('[role="tab"][aria-selected="true"]', { hasText: 'Actions' }).waitFor();
    await view.locator(`td[data-cell="${cell}"][data-selected="true"]`).waitFor();
    // Scrolled into the view's own scrolling box, far right of the Actions sheet.
    await page.waitForFunction((ref) => {
      const target = document.querySelector(`td[data-cell="${ref}"]`);
      const box = target?.closest('[role="region"]')?.getBoundingClientRect();
      const r = target?.getBoundingClientRect();
      return !!box && !!r && r.left >= box.left && r.right <= box.right + 1;
    }, cell);
  });

  it('(c) fixes an issue in one click, re-checks, and writes the report sheet', async () => {
    const { file, cell } = await workbookWithFixableIssue();
    const page = await openPane();
    await page.getByLabel('Choisir un classeur .xlsx à ouvrir').setInputFiles(file);
    await page.getByText('« partenaire.xlsx » est ouvert.').waitFor();
    await section(page, 'Contrôler').click();
    const fix = page.getByRole('button', { name: `Corriger Actions!${cell} : écrire « OUI »` });
    await fix.click();
    await page.getByText(`Actions!${cell} corrigée : « OUI ».`).waitFor();
    await expect(fix.count()).resolves.toBe(0);
    await expect(page.getByTestId('severity-counts').textContent()).resolves.toMatch(/^0 erreur/);

    await page.getByRole('button', { name: 'Écrire le rapport dans le classeur' }).click();
    await page.getByText(/Rapport écrit dans la feuille « Contrôles » \(3 lignes\)/).waitFor();
    const view = workbookView(page);
    await view.getByRole('tab', { name: 'Contrôles' }).click();
    await view.locator('table[data-sheet="Contrôles"]').waitFor();
    await expect(view.locator('td[data-cell="A1"]').textContent()).resolves.toBe('Gravité');
    await expect(view.locator('td[data-cell="A2"]').textContent()).resolves.toBe('Avertissement');
  });

  it('(d) switches to English', async () => {
    const page = await openPane();
    await page.getByRole('switch', { name: 'English' }).check();
    await section(page, 'Create').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.getByTestId('mode').textContent()).resolves.toBe('Demo mode (browser)');
    await page.getByLabel('With the example data').check();
    await page.getByRole('button', { name: 'Create the sheets' }).click();
    await page.getByText(/^12 sheets created: /).waitFor();
    await section(page, 'Check').click();
    await page.getByTestId('severity-counts').getByText('3 warnings').waitFor();
    await section(page, 'Indicators').click();
    await page.getByRole('heading', { name: 'Key figures' }).waitFor();
    await expect(
      page.locator('[data-action="A4"] [data-missing="true"]').textContent(),
    ).resolves.toBe('deliverable: missing');
    await page.getByRole('switch', { name: 'English' }).uncheck();
    await section(page, 'Indicateurs').waitFor();
  });

  it('(e) refuses a file that is not a workbook, in French', async () => {
    const page = await openPane();
    await page.getByLabel('Choisir un classeur .xlsx à ouvrir').setInputFiles({
      name: 'notes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Nom;Valeur\nA1;12\n'),
    });
    const alert = page.getByText('Ce fichier ne peut pas être ouvert');
    await alert.waitFor();
    await page
      .getByText(/« notes\.csv » est un fichier texte \(CSV \?\), pas un classeur \.xlsx/)
      .waitFor();
    await expect(workbookView(page).getByText('Le classeur est vide').count()).resolves.toBe(1);
  });

  it('(f) consolidates two partner workbooks: dry run, renumbering, Provenance', async () => {
    const ca = getTemplate('ca')!;
    const bytes = await planToXlsx(
      buildPlan(ca, { data: EXAMPLES.ca.data, config: EXAMPLES.ca.config }),
    );
    const partners = ['albi.xlsx', 'castres.xlsx'].map((name) => path.join(files, name));
    for (const file of partners) fs.writeFileSync(file, bytes);
    const page = await openPane();
    await section(page, 'Consolider').click();
    await page.getByLabel('Classeurs des partenaires (.xlsx)').setInputFiles(partners);
    const dryRun = page.getByTestId('merge-dry-run');
    await dryRun.waitFor();
    const text = (await dryRun.textContent()) ?? '';
    expect(text).toMatch(/^Fusion de 2 classeurs — /);
    expect(text).toMatch(/Actions : « A1 » \(N° action\) est dans albi\.xlsx, castres\.xlsx/);
    await page.getByLabel('Renuméroter les N° action en double').check();
    await dryRun.getByText(/renuméroté « A1-2 » dans castres\.xlsx/).waitFor();

    await page.getByRole('button', { name: 'Fusionner' }).click();
    await page.getByText(/^2 classeurs fusionnés : \d+ feuilles créées\.$/).waitFor();
    const view = workbookView(page);
    await view.getByRole('tab', { name: 'Actions' }).click();
    const table = view.locator('table[data-sheet="Actions"]');
    await table.waitFor();
    const cells = await table.locator('td').allTextContents();
    expect(cells).toContain('Provenance');
    expect(cells).toEqual(expect.arrayContaining(['A1', 'A1-2', 'A3', 'A3-2']));
    expect(cells.some((c) => c.startsWith('albi.xlsx'))).toBe(true);
    expect(cells.some((c) => c.startsWith('castres.xlsx'))).toBe(true);
  });

  it.each([320, 450])('fits every panel in %i px, with screenshots', async (width) => {
    const page = await openPane(width);
    await createSheets(page, { example: true });
    const panels = [
      ['creer', 'Créer', 'Créer les feuilles'],
      ['controler', 'Contrôler', '3 avertissements'],
      ['indicateurs', 'Indicateurs', 'Prévu et réalisé'],
      ['consolider', 'Consolider', 'Consolider des classeurs partenaires'],
    ] as const;
    for (const [file, tab, ready] of panels) {
      await section(page, tab).click();
      await page.getByText(ready, { exact: true }).first().waitFor();
      const overflow = await page.evaluate(() => {
        const pane = document.querySelector('main');
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          pane: pane ? pane.scrollWidth - pane.clientWidth : -1,
        };
      });
      expect(overflow).toEqual({ page: 0, pane: 0 });
      await page.locator('main').screenshot({
        path: path.join(SCREENSHOTS, `${file}-${width}.png`),
        animations: 'disabled',
      });
    }
  });

  it('shows the workbook beside the pane on a wide screen', async () => {
    const page = await openPane(1280);
    await createSheets(page, { example: true });
    await section(page, 'Contrôler').click();
    await page.locator('li[data-rule="triangulation"] button').click();
    await workbookView(page)
      .getByText(/^Cellule sélectionnée : Actions!/)
      .waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'demo-1280.png'),
      animations: 'disabled',
    });
  });

  it('still works when office.js cannot be fetched', async () => {
    const offline = await offlineContext(browser, 450);
    contexts.push(offline.context);
    await offline.context.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
    const page = await offline.context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
    await expect(page.getByTestId('mode').getAttribute('title')).resolves.toMatch(
      /Office\.js n’a pas pu être chargé/,
    );
    await createSheets(page, {});
  });

  it('sends nothing outside 127.0.0.1 but office.js, served from node_modules', async () => {
    for (const context of contexts.splice(0)) await context.close();
    expect(pageErrors).toEqual([]);
    const requests = outside.flat();
    expect(requests.filter((r) => r.outcome === 'aborted')).toEqual([]);
    expect(new Set(requests.map((r) => r.url))).toEqual(new Set([OFFICE_JS, OFFICE_TABLE]));
    // Every page fetched office.js itself (no other way for Office to be detected).
    expect(requests.filter((r) => r.url === OFFICE_JS)).toHaveLength(outside.length);
    expect(blockedByCsp.every((b) => b.url === TELEMETRY && b.directive === 'frame-src')).toBe(
      true,
    );
  });
});
