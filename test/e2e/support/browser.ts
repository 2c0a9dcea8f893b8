import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Route } from 'playwright-core';
import { ROOT } from './build';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A request that left 127.0.0.1, and what the test network did with it. */
export interface OutsideRequest {
  url: string;
  outcome: 'served' | 'aborted';
}

/** The local file standing for an office.js URL (its sub-requests too), if the package has it. */
function officeFile(url: string): string | undefined {
  if (!url.startsWith(HOSTED)) return undefined;
  const relative = decodeURIComponent(new URL(url).pathname.slice('/lib/1/hosted/'.length));
  const file = path.resolve(OFFICE_DIST, relative);
  if (!file.startsWith(OFFICE_DIST + path.sep) || !fs.existsSync(file)) return undefined;
  return fs.statSync(file).isFile() ? file : undefined;
}

/**
 * A context whose network is 127.0.0.1 only: office.js (and any file it loads from its own
 * folder) is served from node_modules/@microsoft/office-js/dist; everything else is aborted.
 * Every request to another origin is recorded in `outside`.
 */
export async function offlineContext(
  browser: Browser,
  width: number,
): Promise<{ context: BrowserContext; outside: OutsideRequest[] }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
    locale: 'fr-FR',
    serviceWorkers: 'block',
  });
  const outside: OutsideRequest[] = [];
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    const { hostname, protocol } = new URL(url);
    if (hostname === '127.0.0.1' || protocol === 'blob:' || protocol === 'data:') {
      await route.continue();
      return;
    }
    const file = officeFile(url);
    outside.push({ url, outcome: file ? 'served' : 'aborted' });
    if (file) await route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
    else await route.abort('blockedbyclient');
  });
  return { context, outside };
}
