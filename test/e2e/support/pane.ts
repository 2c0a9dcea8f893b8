import type { Locator, Page } from 'playwright-core';

/** A tab of the pane's sections (not a sheet tab of the demo's workbook view). */
export function section(page: Page, name: string | RegExp): Locator {
  return page.getByRole('tablist', { name: /sections/i }).getByRole('tab', { name });
}

/** The demo's read-only workbook view. */
export function workbookView(page: Page): Locator {
  return page.getByRole('complementary');
}

/** Créer, in French: optionally with the example data, then wait for the outcome. */
export async function createSheets(
  page: Page,
  options: { template?: 'ca' | 'cpts'; example?: boolean; name?: string; territories?: string },
): Promise<void> {
  await section(page, 'Créer').click();
  if (options.template) await page.getByLabel('Modèle').selectOption(options.template);
  if (options.name) await page.getByLabel(/^Nom (du programme|de la CPTS)$/).fill(options.name);
  if (options.territories) {
    // Period, territories and publics are optional: folded away until asked for.
    const territories = page.getByLabel('Territoires');
    if ((await territories.count()) === 0)
      await page.getByRole('button', { name: /Période, territoires et publics/ }).click();
    await territories.fill(options.territories);
  }
  if (options.example) await page.getByLabel('Avec les données d’exemple').check();
  await page.getByRole('button', { name: 'Créer les feuilles' }).click();
  await page.getByText(/feuilles créées/).waitFor();
}

/** Indicateurs › one of the folded documents to produce (bilan, dialogue), opened. */
export async function openReport(page: Page, title: string): Promise<void> {
  const header = page.getByRole('heading', { name: title }).getByRole('button');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}
