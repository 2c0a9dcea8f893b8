import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.join(__dirname, '../..');
const WEBPACK = path.join(ROOT, 'node_modules/webpack/bin/webpack.js');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The budget of the pane's initial JavaScript, gzip (bench/README.md; template: ~170 KB). */
const BUDGET_GZIP_KB = 150;
const ICONS = [16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`);

const outputs: string[] = [];

function build(args: string[]): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-web-'));
  outputs.push(out);
  const result = spawnSync(process.execPath, [WEBPACK, ...args, '--output-path', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

afterAll(() => {
  for (const out of outputs) fs.rmSync(out, { recursive: true, force: true });
});

/** The directives of the page's CSP meta tag (html-webpack-plugin minifies attribute quotes away). */
function csp(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)">/i.exec(html);
  expect(meta).not.toBeNull();
  return new Map(
    (meta?.[1] ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1] ?? '');
}

describe('production build', () => {
  let out = '';
  beforeAll(() => {
    out = build(['--mode', 'production']);
  });

  const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');

  it.each(['taskpane', 'commands'])(
    'emits %s.html loading office.js, then its own bundle',
    (page) => {
      const html = read(`${page}.html`);
      const sources = scripts(html);
      expect(sources[0]).toBe(OFFICE_JS);
      const bundle = sources.filter((src) => !src.startsWith('https://'));
      expect(bundle).toEqual([expect.stringMatching(new RegExp(`^${page}\\.[0-9a-f]{8}\\.js$`))]);
      expect(fs.statSync(path.join(out, bundle[0] ?? '')).size).toBeGreaterThan(0);
    },
  );

  it.each(['taskpane', 'commands'])('gives %s.html a strict CSP before any script', (page) => {
    const html = read(`${page}.html`);
    expect(html).toMatch(/^<!doctype html><html lang="?fr"?>/i);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const policy = csp(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    const origins = [...policy.values()].flat().filter((source) => !/^'|^data:$/.test(source));
    expect(origins).toEqual(['https://appsforoffice.microsoft.com']);
  });

  it('keeps ExcelJS out of the task pane entry: only demo mode loads it, on demand', () => {
    const files = fs.readdirSync(out);
    const entry = scripts(read('taskpane.html')).find((src) => !src.startsWith('https://')) ?? '';
    const lazy = files.filter((file) => /^exceljs\.[0-9a-f]{8}\.js$/.test(file));
    expect(lazy).toHaveLength(1);
    expect(files).toEqual(
      expect.arrayContaining([expect.stringMatching(/^demo\.[0-9a-f]{8}\.js$/)]),
    );
    // A part name and a namespace that only ExcelJS's writer spells out.
    for (const marker of ['xl/workbook.xml', 'spreadsheetml/2006/main']) {
      expect(read(lazy[0] ?? '')).toContain(marker);
      expect(read(entry)).not.toContain(marker);
    }
  });

  it('keeps ExcelJS out of the Excel-mode chunk (the Office adapter shares no module with it)', () => {
    const excel = fs.readdirSync(out).filter((file) => /^excel\.[0-9a-f]{8}\.js$/.test(file));
    expect(excel).toHaveLength(1);
    for (const marker of ['xl/workbook.xml', 'spreadsheetml/2006/main', 'JSZip']) {
      expect(read(excel[0] ?? '')).not.toContain(marker);
    }
    // The runtime loads each import() with its chunk group: ExcelJS goes with demo, never with excel.
    const entry = read(
      scripts(read('taskpane.html')).find((src) => !src.startsWith('https://')) ?? '',
    );
    const id = (name: string) => new RegExp(`(\\d+):"${name}"`).exec(entry)?.[1];
    const [exceljs, excelMode, demo] = [id('exceljs'), id('excel'), id('demo')] as string[];
    expect([exceljs, excelMode, demo].every(Boolean)).toBe(true);
    const groups = [...entry.matchAll(/Promise\.all\(\[([^\]]*)\]\)/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/\.e\((\d+)\)/g)].map((x) => x[1]),
    );
    expect(groups.some((g) => g.includes(demo) && g.includes(exceljs))).toBe(true);
    expect(groups.some((g) => g.includes(excelMode) && g.includes(exceljs))).toBe(false);
  });

  it('loads the Contrôler, Indicateurs and Consolider panels on demand, not with the entry', () => {
    const files = fs.readdirSync(out);
    const entry = read(
      scripts(read('taskpane.html')).find((src) => !src.startsWith('https://')) ?? '',
    );
    // Each panel marks its first paragraph with data-panel; the Créer panel stays in the entry.
    const marker = (panel: string) => `"data-panel":"${panel}"`;
    for (const chunk of ['check', 'indicators', 'consolidate']) {
      const file = files.find((f) => new RegExp(`^${chunk}\\.[0-9a-f]{8}\\.js$`).test(f));
      expect(file).toBeDefined();
      expect(read(file ?? '')).toContain(marker(chunk));
      expect(entry).not.toContain(marker(chunk));
    }
    expect(entry).toContain(marker('create'));
  });

  it('keeps the initial JavaScript of the pane within its budget (bench/README.md)', () => {
    const initial = scripts(read('taskpane.html')).filter((src) => !src.startsWith('https://'));
    const gzipKB =
      initial.reduce(
        (sum, file) =>
          sum + zlib.gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length,
        0,
      ) / 1024;
    expect(gzipKB).toBeGreaterThan(50); // the measure reads the real bundle: React and Fluent UI
    expect(gzipKB).toBeLessThanOrEqual(BUDGET_GZIP_KB);
  });

  it('ships the icons and the manifest unchanged', () => {
    for (const file of [...ICONS, 'manifest.xml']) {
      expect(fs.readFileSync(path.join(out, file))).toEqual(fs.readFileSync(path.join(ROOT, file)));
    }
  });
});

describe('code splitting', () => {
  it('keeps ExcelJS, reached through import(), in its own chunk', () => {
    const out = build([
      '--mode',
      'development',
      '--entry-reset',
      '--entry',
      './test/webpack/fixtures/lazy-exceljs.ts',
    ]);
    const files = fs.readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['main.js', 'exceljs.js']));
    const marker = 'xl/workbook.xml';
    expect(fs.readFileSync(path.join(out, 'exceljs.js'), 'utf8')).toContain(marker);
    expect(fs.readFileSync(path.join(out, 'main.js'), 'utf8')).not.toContain(marker);
  });
});
