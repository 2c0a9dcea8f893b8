import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { isMonthLabel } from '../../src/core/i18n/lang';
import { buildBilan } from '../../src/core/bilan/build';
import { buildPlan, fitText } from '../../src/core/plan/build';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { buildReport } from '../../src/core/report/build-report';
import { jsonReport } from '../../src/core/report/json-report';
import { textReport } from '../../src/cli/check';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import type { Lang, TemplateDef } from '../../src/core/templates/types';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';

/**
 * No French left in English output, and no English in French output (issue 17: « missing
 * livrable », French month headers with --lang en). What is scanned: every label a generated
 * workbook shows (summary, notes, input prompts and error messages, chart titles, page headers,
 * the Calendrier's month headers), the check report (text, --json, the Contrôles sheet) and the
 * CLI's messages. What is left out, as docs/workbooks.md says: the contract's French names
 * (sheets, tables, columns, lists and their values, pre-filled rows), and what is quoted from a
 * workbook (« … », “ … ”).
 */
const FRENCH = new Set(
  'le la les des du une est sont pour avec sans dans et ou pas par sur aux au cette qui que où à été déjà ligne lignes colonne colonnes feuille classeur valeur erreur erreurs avertissement manquant manquante manquantes livrable livrables témoignage témoignages chiffres aucun aucune écrit créé mois janv févr avr juil août sept déc'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the of and with without is are to for in missing sheet column workbook row rows value error errors warning deliverable deliverables testimony testimonies figures not expected written created jan feb apr may jun jul aug sep dec'.split(
    ' ',
  ),
);

/** Every name of the contract, longest first (they are cut out of a text before it is scanned). */
function contractNames(): string[] {
  const names = new Set<string>(['Contrôles', 'Autres données', 'Provenance']);
  for (const t of [ca, cpts]) {
    const plan = buildPlan(t, { lang: 'fr' });
    for (const s of plan.sheets) {
      names.add(s.name);
      if (s.name === 'Listes' || s.name === '_meta')
        for (const c of s.cells ?? []) if (typeof c.value === 'string') names.add(c.value);
      if (s.table) {
        names.add(s.table.name);
        // A column's name, and as its input prompt shortens it (« Participation des… »).
        for (const c of s.table.columns)
          if (!isMonthLabel(c.header)) names.add(c.header).add(fitText(c.header, 32));
        for (const r of s.table.rows) for (const v of r) if (typeof v === 'string') names.add(v);
      }
    }
    for (const n of plan.names) names.add(n.name);
    // What the example's user typed (the programme's name in page headers…) is data, not a label.
    const ex = EXAMPLES[t.id as 'ca' | 'cpts']!;
    for (const v of Object.values(ex.config ?? {})) if (typeof v === 'string') names.add(v);
    for (const rows of Object.values(ex.data ?? {}))
      for (const r of rows)
        for (const v of Object.values(r)) if (typeof v === 'string') names.add(v);
  }
  return [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
}
const CONTRACT = contractNames();

/** The words of `text` that belong to the other language, after names and quotes are cut out. */
function foreignWords(text: string, lang: Lang): string[] {
  let t = text.replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, ' ');
  for (const n of CONTRACT) t = t.split(n).join(' ');
  const words = t.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const other = lang === 'en' ? FRENCH : ENGLISH;
  return words.filter((w) => other.has(w));
}

function expectIn(lang: Lang, texts: string[]): void {
  const found = texts
    .map((text) => ({ text, words: foreignWords(text, lang) }))
    .filter((x) => x.words.length > 0)
    .map((x) => `${x.words.join(', ')} ← ${x.text}`);
  expect(found).toEqual([]);
}

/** The labels a workbook shows, outside the contract's names. */
function planLabels(plan: WorkbookPlan): string[] {
  const out: string[] = [];
  for (const s of plan.sheets) {
    if (s.name === 'Listes' || s.name === '_meta') continue;
    for (const c of s.cells ?? []) if (typeof c.value === 'string') out.push(c.value);
    for (const v of s.validations ?? [])
      for (const m of [v.prompt, v.error]) if (m) out.push(m.title, m.text);
    for (const c of s.charts ?? []) out.push(c.title);
    const p = s.pageSetup;
    if (p) for (const part of [p.header, p.footer]) if (part) out.push(...Object.values(part));
    if (s.table) for (const c of s.table.columns) if (isMonthLabel(c.header)) out.push(c.header);
  }
  return out.filter((x) => typeof x === 'string' && x !== '');
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-lang-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(['en', 'fr'] as const)('%s output says nothing in the other language', (lang) => {
  it.each([
    ['ca', ca],
    ['cpts', cpts],
  ] as [string, TemplateDef][])('labels of the generated workbook (%s)', (_id, t) => {
    const plan = buildPlan(t, {
      lang,
      data: EXAMPLES[t.id as 'ca' | 'cpts']!.data,
      config: EXAMPLES[t.id as 'ca' | 'cpts']!.config,
    });
    const labels = planLabels(plan);
    expect(labels.length).toBeGreaterThan(40);
    expectIn(lang, labels);
  });

  it('input prompt titles are cut between words (regression: « Participation des habitants : ni »)', () => {
    const titles = buildPlan(ca, { lang }).sheets.flatMap((s) =>
      (s.validations ?? []).flatMap((v) => (v.prompt ? [v.prompt.title] : [])),
    );
    const cut = titles.filter((t) => t.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const t of titles) expect(t.length).toBeLessThanOrEqual(32);
    for (const t of cut) expect(t).toMatch(/\p{L}…$/u);
    expect(titles).toContain('Participation des habitants…');
  });

  it('labels of the annual and quarterly bilan', async () => {
    const bytes = await planToXlsx(buildPlan(ca, { lang, data: EXAMPLES.ca.data }));
    const result = checkWorkbook(await readWorkbookFile(bytes, 'suivi.xlsx'));
    const tables = Object.fromEntries(
      Object.entries(result.records).map(([k, rows]) => [k, rows.map((r) => r.raw)]),
    );
    for (const period of ['annuel', 'T2'] as const) {
      const labels = planLabels(buildBilan(ca, tables, { period, lang }));
      expect(labels.length).toBeGreaterThan(10);
      expectIn(lang, labels);
    }
  });

  it('the Calendrier’s month headers are in the workbook’s language (regression)', () => {
    const plan = buildPlan(ca, { lang, config: EXAMPLES.ca.config });
    const months = plan.sheets
      .flatMap((s) => s.table?.columns ?? [])
      .map((c) => c.header)
      .filter(isMonthLabel);
    expect(months.length).toBeGreaterThan(0);
    expect(months[0]).toMatch(lang === 'en' ? /^[A-Z][a-z]{2} \d{4}$/ : /^[a-zéû]+\.? \d{4}$/);
  });

  it('the check report: text, --json and the Contrôles sheet', async () => {
    const bytes = await planToXlsx(buildPlan(ca, { lang, data: EXAMPLES.ca.data }));
    const result = checkWorkbook(await readWorkbookFile(bytes, 'suivi.xlsx'));
    expect(result.issues.length).toBeGreaterThan(0);
    // The month columns, in either language, are read as generated, not carried as extra data.
    const calendar = result.records['Calendrier'] ?? [];
    expect(calendar.length).toBeGreaterThan(0);
    expect(calendar.flatMap((r) => Object.keys(r.extra))).toEqual([]);
    const report = buildReport(result, lang);
    expectIn(lang, [
      ...textReport('suivi.xlsx', result, lang).split('\n'),
      // Of the JSON, the messages: rule, severity and missing are codes (docs/rapport-json.md).
      ...jsonReport('suivi.xlsx', result, lang).issues.map((i) => i.message),
      ...report.headers,
      ...report.rows.flatMap((r) => [r.severityLabel, r.rule, r.message]),
    ]);
  });

  it('the messages of trepied new, check --write and bilan', async () => {
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
    const file = path.join(dir, `suivi-${lang}.xlsx`);
    expect(await main(['new', 'ca', file, '--example', '--lang', lang], io)).toBe(0);
    const out = path.join(dir, `rapport-${lang}.xlsx`);
    expect(await main(['check', file, '--lang', lang, '--write', out], io)).toBeLessThan(2);
    const bilan = path.join(dir, `bilan-${lang}.xlsx`);
    const code = await main(
      ['bilan', file, '--periode', 'annuel', '-o', bilan, '--lang', lang],
      io,
    );
    expect(code).toBeLessThan(2);
    const all = lines.flatMap((l) => l.split('\n'));
    expect(all.length).toBeGreaterThan(20);
    expectIn(lang, all);
  });
});
