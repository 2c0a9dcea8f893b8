import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { benchData } from '../../bench/generate';
import { checkWorkbook } from '../../src/core/check';
import { columnLetter } from '../../src/core/formula/refs';
import type { PlanOptions } from '../../src/core/plan/options';
import { buildPlan } from '../../src/core/plan/build';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { TEMPLATES } from '../../src/core/templates';
import { ca } from '../../src/core/templates/ca';
import type { TableDef, TemplateDef } from '../../src/core/templates/types';
import {
  COLLECTIVE_ITEMS,
  IMPACT_ITEMS,
  IMPACT_SCORE_ROWS,
} from '../../src/core/templates/evaluation-items';
import type { Row } from '../../src/core/values/cell';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { openWorkbook } from '../../src/workbook/xlsx/open';
import { readWorkbookValues } from '../support/exceljs-values';
import { STREAM_THRESHOLD_CELLS, planToXlsx, tableCellCount } from '../../src/workbook/xlsx/render';
import { writePlanXlsx } from '../../src/workbook/xlsx/render-stream';
import { caFixture, cptsFixture, evaluationFixture } from '../support/random-data';
import { worksheetChildren } from '../support/worksheet-xml';
import { writtenByStream } from '../support/raw-zip';

/**
 * The streaming writer (render-stream.ts) writes the same workbook as the in-memory one: every
 * sheet read back by ExcelJS is the same model (cells, styles, columns, panes, validations,
 * conditional formats, protection, links), the table parts are the same bytes, the workbook
 * part the same names and calculation mode, and trepied check reads the same issues and
 * figures. The plans carry what the examples lack: links (kept and refused), extra columns
 * whose headers need escaping, text that looks like XML entities.
 */
const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const NOW = new Date('2026-01-15T00:00:00Z');
const TRICKY = 'R&amp;D <b> "guillemets" l\'apostrophe & co';

interface Sample {
  plan: WorkbookPlan;
  /** Links the plan asked for, and how many of them a writer may keep (http, https, mailto). */
  links: { asked: number; allowed: number };
}

/** A random-data plan with links, an extra column and awkward text on one table. */
function sample(t: TemplateDef): Sample {
  const data: Record<string, Row[]> =
    t.id === 'ca'
      ? caFixture(7, 40)
      : t.id === 'cpts'
        ? cptsFixture(3, 30)
        : evaluationFixture(5, {
            impact: IMPACT_ITEMS.map((i) => i.code),
            collective: COLLECTIVE_ITEMS.map((i) => i.code),
            dimensions: IMPACT_SCORE_ROWS,
          });
  const fits = (d: TableDef) =>
    (data[d.name]?.length ?? 0) >= 5 &&
    d.columns.some((c) => !c.computed && !c.list && c.kind === 'text');
  // A table of its own rows when there is one (evaluation's are all pre-filled).
  const def = t.tables.find((d) => !d.prefill && fits(d)) ?? t.tables.find(fits)!;
  const col = def.columns.find((c) => !c.computed && !c.list && c.kind === 'text')!;
  const rows = data[def.name]!.map((r, i) => ({
    ...r,
    provenance: `fichier ${i % 3}`,
    ...(i < 5 ? { [col.id]: i === 4 ? TRICKY : `lien ${i}` } : {}),
  }));
  const targets = [
    'https://exemple.fr/preuve?id=1&v=2',
    'mailto:contact@exemple.fr',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ];
  const options: PlanOptions = {
    now: NOW,
    data: { ...data, [def.name]: rows },
    extras: {
      [def.name]: [{ id: 'provenance', header: "Provenance (fichier d'origine & <version>)" }],
    },
    links: {
      [def.name]: Object.fromEntries(targets.map((target, i) => [i, { [col.id]: target }])),
    },
  };
  const plan = buildPlan(t, options);
  // A note beside the first data row: the streaming writer keeps that row as the in-memory
  // writer wrote it (with the first link) and writes the next ones itself (the second link).
  const sp = plan.sheets.find((x) => x.table?.name === def.name)!;
  const origin = /^([A-Z]+)(\d+)$/.exec(sp.table!.origin)!;
  const beside = columnLetter(columnIndex(origin[1]!) + sp.table!.columns.length + 1);
  sp.cells.push({
    ref: `${beside}${Number(origin[2]) + 1}`,
    value: 'note & <remarque>',
    bold: true,
  });
  // A taller row and a page break among the streamed rows (wrapped text, printed pages).
  const r0 = Number(origin[2]);
  sp.rowHeights = { ...sp.rowHeights, [r0 + 4]: 45 };
  if (sp.pageSetup) sp.pageSetup.breaks = [...(sp.pageSetup.breaks ?? []), r0 + 5];
  return { plan, links: { asked: targets.length, allowed: 2 } };
}

const text = (zip: JSZip, p: string) => zip.file(p)!.async('string');
const parts = (zip: JSZip, re: RegExp) =>
  Object.keys(zip.files)
    .filter((p) => re.test(p))
    .sort();

/** What ExcelJS reads of a sheet: everything but the rows' layout hints. */
function sheetModel(ws: ExcelJS.Worksheet): unknown {
  const m = (ws as unknown as { model: Record<string, unknown> }).model;
  return JSON.parse(JSON.stringify(m));
}

describe.each(Object.keys(TEMPLATES))('streaming writer: %s', (id) => {
  const t = TEMPLATES[id]!;
  const { plan, links } = sample(t);
  let memory: { bytes: Uint8Array; zip: JSZip; wb: ExcelJS.Workbook };
  let streamed: typeof memory;

  beforeAll(async () => {
    const read = async (bytes: Uint8Array) => ({
      bytes,
      zip: await JSZip.loadAsync(bytes),
      wb: await loadXlsx(bytes),
    });
    memory = await read(await planToXlsx(plan, { stream: false }));
    streamed = await read(await planToXlsx(plan, { stream: true }));
  });

  it('writes with the streaming writer only when asked (its zip has data descriptors)', () => {
    expect(writtenByStream(memory.bytes)).toBe(false);
    expect(writtenByStream(streamed.bytes)).toBe(true);
  });

  it('gives every sheet the same model: cells, styles, columns, panes, validations, formats, protection', () => {
    const names = streamed.wb.worksheets.map((w) => [w.name, w.state]);
    expect(names).toEqual(memory.wb.worksheets.map((w) => [w.name, w.state]));
    expect(names).toHaveLength(plan.sheets.length);
    let cells = 0;
    for (const ws of memory.wb.worksheets) {
      const other = streamed.wb.getWorksheet(ws.name)!;
      expect([ws.name, sheetModel(other)]).toEqual([ws.name, sheetModel(ws)]);
      ws.eachRow({ includeEmpty: true }, (row) => (cells += row.cellCount));
    }
    expect(cells).toBeGreaterThan(1000);
  });

  it('keeps the allowed links only, on their text', () => {
    const found: string[] = [];
    for (const ws of streamed.wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { hyperlink?: string; text?: string } | null;
          if (v && typeof v === 'object' && v.hyperlink) found.push(`${v.text} → ${v.hyperlink}`);
        }),
      );
    }
    expect(found).toEqual([
      'lien 0 → https://exemple.fr/preuve?id=1&v=2',
      'lien 1 → mailto:contact@exemple.fr',
    ]);
    expect(found).toHaveLength(links.allowed);
    expect(links.asked).toBeGreaterThan(links.allowed);
  });

  it('writes the table parts byte for byte as the in-memory writer and its repair do', async () => {
    const tables = parts(memory.zip, /^xl\/tables\/table\d+\.xml$/);
    expect(tables).toHaveLength(plan.sheets.filter((s) => s.table).length);
    expect(parts(streamed.zip, /^xl\/tables\/table\d+\.xml$/)).toEqual(tables);
    for (const p of tables)
      expect([p, await text(streamed.zip, p)]).toEqual([p, await text(memory.zip, p)]);
    const all = (await Promise.all(tables.map((p) => text(streamed.zip, p)))).join('');
    expect(all).toContain('name="Provenance (fichier d&apos;origine &amp; &lt;version&gt;)"');
    expect(all).toContain('<calculatedColumnFormula>');
  });

  it('lays out every worksheet part as the in-memory writer does (schema order, links, table)', async () => {
    const sheets = parts(memory.zip, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(parts(streamed.zip, /^xl\/worksheets\/sheet\d+\.xml$/)).toEqual(sheets);
    const seen = new Set<string>();
    for (const p of sheets) {
      const mine = worksheetChildren(await text(streamed.zip, p));
      const theirs = worksheetChildren(await text(memory.zip, p));
      expect([p, mine]).toEqual([p, theirs]);
      const used = async (zip: JSZip) => /<dimension ref="([^"]+)"/.exec(await text(zip, p))?.[1];
      expect([p, await used(streamed.zip)]).toEqual([p, await used(memory.zip)]);
      mine.forEach((c) => seen.add(c));
    }
    for (const c of [
      'sheetProtection',
      'conditionalFormatting',
      'dataValidations',
      'hyperlinks',
      'tableParts',
    ])
      expect(seen).toContain(c);
    // Each sheet's relationships: the same targets (links, then its table).
    for (const p of parts(memory.zip, /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/)) {
      const rels = async (zip: JSZip) =>
        [...(await text(zip, p)).matchAll(/<Relationship Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map(
          (m) => `${m[1]} ${m[2]}`,
        );
      expect([p, await rels(streamed.zip)]).toEqual([p, await rels(memory.zip)]);
    }
  });

  it('writes the same workbook part: sheets, states, defined names, full recalculation on load', async () => {
    const norm = (xml: string) => xml.replace(/ r:id="rId\d+"/g, '');
    const mine = await text(streamed.zip, 'xl/workbook.xml');
    expect(norm(mine)).toEqual(norm(await text(memory.zip, 'xl/workbook.xml')));
    expect(mine).toContain('fullCalcOnLoad="1"');
    expect(mine).toContain('state="veryHidden"');
    for (const n of plan.names) expect(mine).toContain(`<definedName name="${n.name}">`);
    expect(plan.names.length).toBeGreaterThan(0);
    for (const k of ['creator', 'created', 'modified'] as const)
      expect(streamed.wb[k]).toEqual(memory.wb[k]);
  });

  it('reads back through openWorkbook and checkWorkbook with the same values, issues and figures', async () => {
    const read = async (bytes: Uint8Array) =>
      readWorkbookValues(await openWorkbook(bytes, 'classeur.xlsx'));
    const mine = await read(streamed.bytes);
    const theirs = await read(memory.bytes);
    expect(mine).toEqual(theirs);
    const cells = mine.tables.flatMap((tv) => tv.values.flat());
    expect(cells).toContain(TRICKY);
    const result = checkWorkbook(mine);
    expect(result).toEqual(checkWorkbook(theirs));
    expect(result.template).toBe(t.id);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(Object.keys(result.figures).length).toBe(t.summaries.length);
  });
});

describe('the streaming path', () => {
  const plan = buildPlan(ca, { data: benchData(1400), now: NOW });
  let bytes: Uint8Array;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-stream-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    bytes = await planToXlsx(plan);
  });

  it('is taken by planToXlsx by itself above the threshold', async () => {
    expect(tableCellCount(plan)).toBeGreaterThan(STREAM_THRESHOLD_CELLS);
    expect(writtenByStream(bytes)).toBe(true);
    const example = buildPlan(ca, { now: NOW });
    expect(tableCellCount(example)).toBeLessThan(STREAM_THRESHOLD_CELLS);
    expect(writtenByStream(await planToXlsx(example))).toBe(false);
  });

  it('writes every row of a large table, each computed cell with its formula', async () => {
    const values = readWorkbookValues(await loadXlsx(bytes));
    for (const sp of plan.sheets.filter((s) => s.table)) {
      const tv = values.tables.find((x) => x.name === sp.table!.name)!;
      expect([sp.name, tv.values.length]).toEqual([sp.name, sp.table!.rows.length]);
      const j = sp.table!.columns.findIndex((c) => c.formula);
      if (j >= 0)
        expect(tv.formulas.every((r) => r[j] === sp.table!.columns[j]!.formula)).toBe(true);
    }
    expect(values.tables.find((x) => x.name === 'Indicateurs')!.values.length).toBeGreaterThan(
      8400,
    );
  });

  it('writes the same file to a path, a stream and memory', async () => {
    const file = path.join(dir, 'classeur.xlsx');
    await writePlanXlsx(plan, fs.createWriteStream(file));
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => chunks.push(c));
    await writePlanXlsx(plan, sink);
    const contents = async (b: Uint8Array) => {
      const zip = await JSZip.loadAsync(b);
      const names = Object.keys(zip.files).sort();
      return Promise.all(names.map(async (n) => `${n}\n${await text(zip, n)}`));
    };
    const expected = await contents(bytes);
    expect(await contents(fs.readFileSync(file))).toEqual(expected);
    expect(await contents(Buffer.concat(chunks))).toEqual(expected);
  });
});
