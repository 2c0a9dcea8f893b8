import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES } from '../../src/core/examples';
import { pick } from '../../src/core/i18n/lang';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { CHARTS } from '../../src/core/templates/charts';
import type { TemplateDef } from '../../src/core/templates/types';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { exportPdf } from '../support/libreoffice';
import { pageSizes, pageTextWithin, pageTexts } from '../support/pdf';

/**
 * What a coordinator gets from File > Export as PDF in LibreOffice (issue 13: the CA example
 * printed on 54 portrait pages, the CPTS one on 25, Synthèse labels and figures on different
 * pages, pages of empty rows). Both writers, each example once.
 */
const NOW = new Date('2026-03-01T00:00:00Z');
/**
 * Issue 13's budget (CA 15 pages, CPTS 10, for the sheets the templates had then), plus one page
 * for each sheet added since by other issues, each printing on one page: the CA's « Tableau de bord COPIL » and the CPTS's « Usagers
 * partenaires » (issue 18), « Indicateurs ACI », « Paliers ACI » and « Dépenses ACI » (issue 15).
 */
const ADDED_SHEETS: Record<string, string[]> = {
  evaluation: [],
  ca: ['Tableau de bord COPIL'],
  cpts: ['Usagers partenaires', 'Indicateurs ACI', 'Paliers ACI', 'Dépenses ACI'],
};
const MAX_PAGES: Record<string, number> = {
  ca: 15 + ADDED_SHEETS.ca!.length,
  // + 1: the ACI sheet prints two pages across (its Mission repeated) since it holds last year's
  // balance and what remains at each due date (issue 15): 23 columns, too wide for one page at
  // a readable scale.
  cpts: 10 + ADDED_SHEETS.cpts!.length + 1,
  evaluation: 9,
};
/** Left and right margins of the plan's page setup (0.4 inch). */
const MARGIN_POINTS = 0.4 * 72;

interface Printed {
  t: TemplateDef;
  pdf: string;
  pages: string[];
  sizes: { width: number; height: number }[];
}

const printed: Record<string, Printed> = {};

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-print-'));
  const files: string[] = [];
  for (const id of ['ca', 'cpts', 'evaluation'] as const) {
    const t = TEMPLATES[id]!;
    const plan = buildPlan(t, { now: NOW, ...EXAMPLES[id] });
    for (const stream of [false, true]) {
      const file = path.join(dir, `${id}-${stream ? 'stream' : 'memory'}.xlsx`);
      fs.writeFileSync(file, await planToXlsx(plan, { stream }));
      files.push(file);
    }
  }
  const pdfs = exportPdf(files, path.join(dir, 'pdf'));
  files.forEach((f, i) => {
    const key = path.basename(f, '.xlsx');
    const t = TEMPLATES[key.split('-')[0]!]!;
    printed[key] = { t, pdf: pdfs[i]!, pages: pageTexts(pdfs[i]!), sizes: pageSizes(pdfs[i]!) };
  });
}, 300000);

/** The name heading each page: the programme's, else (evaluation) the template's title. */
const headerName = (t: TemplateDef) => EXAMPLES[t.id].config.nom ?? t.title.fr;

/** The sheet a page belongs to, from its header (programme name left, sheet name centre). */
function sheetOf(t: TemplateDef, page: string): string | undefined {
  const top = page.split('\n').slice(0, 3).join(' ').replace(headerName(t), '');
  return [...t.sheets].sort((a, b) => b.length - a.length).find((s) => top.includes(s));
}

const cases = ['ca-memory', 'ca-stream', 'cpts-memory', 'cpts-stream'].concat([
  'evaluation-memory',
  'evaluation-stream',
]);

describe.each(cases)('printed example %s', (key) => {
  const get = () => printed[key]!;

  it('fits in a few pages (was 54 for CA, 25 for CPTS)', () => {
    const { t, pages } = get();
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES[t.id]!);
    // Each sheet added since issue 13 prints on one page.
    for (const sheet of ADDED_SHEETS[t.id] ?? []) {
      expect([sheet, pages.filter((p) => sheetOf(t, p) === sheet).length]).toEqual([sheet, 1]);
    }
    // Every visible sheet prints: at least one page each.
    expect(pages.length).toBeGreaterThanOrEqual(t.sheets.length);
  });

  it('heads every page with the programme, the sheet and the page number', () => {
    const { t, pages } = get();
    const name = headerName(t);
    const seen = new Set<string>();
    pages.forEach((text, i) => {
      const top = text.split('\n').slice(0, 3).join(' ');
      expect([i + 1, top]).toEqual([i + 1, expect.stringContaining(name.slice(0, 30))]);
      const sheet = sheetOf(t, text);
      expect([i + 1, sheet]).toEqual([i + 1, expect.any(String)]);
      seen.add(sheet!);
      expect(text).toContain(`Page ${i + 1} / ${pages.length}`);
    });
    expect([...seen].sort()).toEqual([...t.sheets].sort());
  });

  it('prints wide sheets in landscape, narrow ones in portrait (A4)', () => {
    const { sizes } = get();
    const landscape = sizes.filter((s) => s.width > s.height);
    expect(landscape.length).toBeGreaterThan(0);
    for (const s of sizes) {
      expect(Math.round(Math.max(s.width, s.height))).toBe(842);
      expect(Math.round(Math.min(s.width, s.height))).toBe(595);
    }
  });

  it('puts each Synthèse label on the same line as its figure, all on the first Synthèse page', () => {
    const { t, pages } = get();
    const synth = pages.filter((p) => sheetOf(t, p) === t.summarySheet);
    expect(synth.length).toBeGreaterThanOrEqual(1);
    const lines = synth[0]!.split('\n');
    for (const s of t.summaries) {
      const label = pick('fr', s.label);
      const line = lines.find((l) => l.includes(label));
      expect([label, line]).toEqual([label, expect.stringMatching(/\d/)]);
      // The figure follows the label on its line (not only digits inside the label).
      const after = line!.slice(line!.indexOf(label) + label.length);
      expect([label, after]).toEqual([label, expect.stringMatching(/^\s+[\d\s,.]+\s?(%|€)?/)]);
    }
  });

  it('draws the Synthèse charts (their titles are printed) on the page after the figures', () => {
    const { t, pages, pdf } = get();
    const synth = pages.flatMap((p, i) => (sheetOf(t, p) === t.summarySheet ? [i + 1] : []));
    expect(synth).toHaveLength(2);
    // What shows between the margins: LibreOffice draws the charts clipped at the column break.
    const [figures, charts] = synth.map((n) => pageTextWithin(pdf, n, MARGIN_POINTS));
    const sections = [...new Set(t.summaries.map((s) => pick('fr', s.section)))];
    for (const c of CHARTS[t.id]) {
      const title = pick('fr', c.title);
      expect([title, charts]).toEqual([title, expect.stringContaining(title)]);
      // A chart title alone on a line of the figures page: the chart drawn there (a section of
      // the figures may bear the same title, « Expérience des usagers »: that line is its heading).
      const alone = new RegExp(`^\\s*${title}\\s*$`, 'gm');
      const headings = sections.filter((s) => s === title).length;
      expect([title, figures!.match(alone)?.length ?? 0]).toEqual([title, headings]);
    }
  });

  it('leaves the Synthèse names (CA_NbActions…) off the paper: they mean nothing there', () => {
    const { t, pages } = get();
    const synth = pages.filter((p) => sheetOf(t, p) === t.summarySheet).join('\n');
    expect(synth).toContain(pick('fr', t.summaries[0]!.label));
    for (const s of t.summaries) expect([s.name, synth.includes(s.name)]).toEqual([s.name, false]);
    expect(synth).not.toMatch(/^\s*\S.*\s{2,}Nom\s*$/m);
  });

  it('repeats the header row on every page of a table sheet', () => {
    const { t, pages } = get();
    for (const def of t.tables) {
      const own = pages.filter((p) => sheetOf(t, p) === def.sheet);
      expect([def.sheet, own.length]).toEqual([def.sheet, expect.any(Number)]);
      expect(own.length).toBeGreaterThan(0);
      const first = def.columns[0]!.header;
      for (const p of own)
        expect([def.sheet, p]).toEqual([def.sheet, expect.stringContaining(first)]);
    }
  });
});
