import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildPlan } from '../src/core/plan/build';
import { ca } from '../src/core/templates/ca';
import { planToXlsx } from '../src/workbook/xlsx/render';
import { launchChromium, offlineContext } from '../test/e2e/support/browser';
import { buildPane } from '../test/e2e/support/build';
import { serveDirectory } from '../test/e2e/support/server';
import { median } from './core-check';
import { benchData } from './generate';

/**
 * `tsx bench/pane-open.ts [actions] [runs] [build dir]`: how long each panel of the demo takes to open on a
 * workbook of N generated actions (default 500), in Chromium, at 350 px. Timed inside the page,
 * from the tab's click to the first frame painted after the panel's content is in the DOM (a
 * panel reads and checks the workbook afresh each time it opens). Cold: the first opening (the
 * panel's chunk loads); warm: the median of the next `runs`. Then again with the CPU slowed 4×
 * (Chrome's own throttling), for an older office laptop.
 */
const [actions = 500, runs = 5] = process.argv.slice(2, 4).map(Number);
/** A production build of the pane to reuse (else one is made, and removed after). */
const prebuilt = process.argv[4];

/** Each tab and what shows that its panel is open with its content. */
const PANELS = [
  ['Contrôler', '[data-testid="severity-counts"]'],
  ['Indicateurs', '[data-testid="planned-achieved"]'],
  ['Consolider', '[data-panel="consolidate"]'],
  ['Créer', '[data-panel="create"]'],
] as const;

/** Contrôler opened on a check made by another panel. */
const AFTER_CHECK = 'Contrôler, after a check by Indicateurs';

/**
 * Click the tab in the page and time until `ready` exists and a frame has been painted. The
 * script is text: tsx would otherwise wrap its inner functions in a helper the page lacks.
 */
function openTab(page: Page, tab: string, ready: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const tabs = [...document.querySelectorAll('[role="tablist"] [role="tab"]')];
    const target = tabs.find((t) => t.textContent.includes(${JSON.stringify(tab)}));
    const t0 = performance.now();
    target.click();
    const poll = () => {
      if (document.querySelector(${JSON.stringify(`[role="tabpanel"] ${ready}`)}))
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      else requestAnimationFrame(poll);
    };
    poll();
  })`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-pane-bench-'));
  const file = path.join(dir, `bench-${actions}.xlsx`);
  fs.writeFileSync(file, await planToXlsx(buildPlan(ca, { data: benchData(actions) })));
  const out = prebuilt ?? buildPane();
  const server = await serveDirectory(out);
  const browser = await launchChromium();
  const lines = [
    `| panel (${actions} actions, 350 px) | cold | warm (median of ${runs}) | cold, CPU ÷4 | warm, CPU ÷4 |`,
    '|---|---:|---:|---:|---:|',
  ];
  const results: Record<string, number[]> = {};
  try {
    for (const slowdown of [1, 4]) {
      const { context } = await offlineContext(browser, 350);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByLabel('Choisir un classeur .xlsx à ouvrir').setInputFiles(file);
      await page.locator('[data-testid="severity-counts"]').waitFor({ timeout: 120_000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      // Start from Créer so that every panel's first opening is measured.
      await openTab(page, 'Créer', '[data-panel="create"]');
      for (const [tab, ready] of PANELS) {
        const times: number[] = [];
        for (let i = 0; i <= runs; i++) {
          times.push(await openTab(page, tab, ready));
          // Leave for another panel, so the next opening mounts this one again.
          const [other, otherReady] = tab === 'Créer' ? PANELS[0] : PANELS[3];
          await openTab(page, other, otherReady);
        }
        const [cold = NaN, ...warm] = times;
        results[tab] = [...(results[tab] ?? []), cold, median(warm)];
      }
      // Contrôler on a check it has not shown yet: made by Indicateurs' « Actualiser », the user
      // reading the figures for a second, then Contrôler opened (its groups are new).
      const times: number[] = [];
      const refresh = page.locator('[role="tabpanel"] button', { hasText: 'Actualiser' });
      for (let i = 0; i <= runs; i++) {
        await openTab(page, 'Indicateurs', PANELS[1][1]);
        await refresh.click();
        await page
          .waitForFunction(
            () => document.querySelector('[role="tabpanel"] button[disabled]') !== null,
            undefined,
            { timeout: 5_000 },
          )
          .catch(() => undefined);
        await page.waitForFunction(
          () => document.querySelector('[role="tabpanel"] button[disabled]') === null,
          undefined,
          { timeout: 120_000 },
        );
        await page.waitForTimeout(1_000);
        times.push(await openTab(page, ...PANELS[0]));
      }
      const [first = NaN, ...next] = times;
      results[AFTER_CHECK] = [...(results[AFTER_CHECK] ?? []), first, median(next)];
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    if (!prebuilt) fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const tab of [...PANELS.map(([name]) => name), AFTER_CHECK])
    lines.push(
      `| ${tab} | ${(results[tab] ?? []).map((ms) => `${Math.round(ms)} ms`).join(' | ')} |`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
