import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { main } from '../../src/cli/main';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { saveWithOpenpyxl } from '../support/cli';
import { convert } from '../support/libreoffice';

/**
 * The producers corpus: our workbooks (both templates, empty and with the example data) opened
 * and saved unchanged by the programs partners use, made here by the real programs: LibreOffice
 * (.xlsx and .ods, one run each), Gnumeric's ssconvert, openpyxl (Debian's python3) and SheetJS.
 * Each comes back through check, check --write and upgrade with the original's figures, evidence
 * and issues, plus only the issues that say what the program removed.
 */
jest.setTimeout(180000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-producers-'));
const NOW = new Date('2026-01-15T00:00:00Z');
const ORIGINALS = Object.keys(TEMPLATES).flatMap((t) => [`${t}-vide`, `${t}-exemple`]);

/** What a program may report as removed, and nothing else. */
const REMOVED = new Set(['table-recovered', 'column-formulas-lost', 'meta-visible']);

/** What each program is known to remove, as the checker says it. */
const SAID: Record<Producer, string[]> = {
  libreoffice: ['column-formulas-lost', 'meta-visible'],
  'libreoffice-ods': ['meta-visible'],
  gnumeric: ['meta-visible', 'table-recovered'],
  openpyxl: [],
  sheetjs: ['table-recovered'],
};

/**
 * The issues that say what a program removed. SheetJS also drops the formulas that have no cached
 * result (ExcelJS writes none) and the date formats: the checker says so, table by table
 * (formulas-absent) and cell by cell (a date serial number without a date format).
 */
function saysWhatWasRemoved(producer: Producer, i: Report['issues'][number]): boolean {
  if (i.rule === 'structure') return REMOVED.has(i.params.problem ?? '');
  if (producer !== 'sheetjs') return false;
  return i.rule === 'formulas-absent' || (i.rule === 'date' && i.params.problem === 'serial');
}

type Producer = 'libreoffice' | 'libreoffice-ods' | 'gnumeric' | 'openpyxl' | 'sheetjs';
const PRODUCERS: Producer[] = ['libreoffice', 'libreoffice-ods', 'gnumeric', 'openpyxl', 'sheetjs'];

const original = (name: string) => path.join(dir, `${name}.xlsx`);
const produced = (p: Producer, name: string) =>
  path.join(dir, p, `${name}.${p === 'libreoffice-ods' ? 'ods' : 'xlsx'}`);

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Report {
  figures: Record<string, number | null>;
  actions: unknown[];
  issues: { rule: string; sheet: string; cell: string; params: { problem?: string } }[];
}

async function report(file: string): Promise<{ code: number; report: Report }> {
  const r = await run(['check', file, '--json']);
  if (r.code === 2) throw new Error(`${file}: ${r.err}`);
  return { code: r.code, report: JSON.parse(r.out) as Report };
}

const originals = new Map<string, { code: number; report: Report }>();

beforeAll(async () => {
  for (const p of PRODUCERS) fs.mkdirSync(path.join(dir, p));
  for (const name of ORIGINALS) {
    const [id, kind] = name.split('-') as ['ca' | 'cpts', string];
    const ex = EXAMPLES[id];
    const plan = buildPlan(TEMPLATES[id]!, {
      now: NOW,
      ...(kind === 'exemple' ? { config: ex.config, data: ex.data } : {}),
    });
    fs.writeFileSync(original(name), await planToXlsx(plan));
  }
  const files = ORIGINALS.map(original);
  convert(files, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', path.join(dir, 'libreoffice'));
  convert(files, 'ods', 'ods', path.join(dir, 'libreoffice-ods'));
  for (const name of ORIGINALS) {
    // ssconvert warns once per formula it cannot parse (structured references): megabytes on
    // stderr for the COPIL dashboard, past spawnSync's default 1 MB buffer.
    const g = spawnSync('ssconvert', [original(name), produced('gnumeric', name)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (g.status !== 0)
      throw new Error(`ssconvert: ${g.error?.message ?? ''} ${g.stderr.slice(-2000)}`);
    const wb = XLSX.read(fs.readFileSync(original(name)), { type: 'buffer', cellDates: false });
    fs.writeFileSync(
      produced('sheetjs', name),
      XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }),
    );
  }
  saveWithOpenpyxl(ORIGINALS.map((n) => [original(n), produced('openpyxl', n)]));
  for (const name of ORIGINALS) originals.set(name, await report(original(name)));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const key = (i: Report['issues'][number]) => JSON.stringify([i.rule, i.sheet, i.cell, i.params]);

describe.each(PRODUCERS)('a workbook saved by %s', (producer) => {
  it.each(ORIGINALS)(
    '%s: check --json gives the original figures, evidence and issues',
    async (name) => {
      const before = originals.get(name)!;
      const after = await report(produced(producer, name));
      expect(after.report.figures).toEqual(before.report.figures);
      expect(after.report.actions).toEqual(before.report.actions);
      const removed = after.report.issues.filter((i) => saysWhatWasRemoved(producer, i));
      const rest = after.report.issues.filter((i) => !removed.includes(i));
      const said = [...new Set(removed.map((i) => i.params.problem ?? i.rule))].sort();
      expect(said).toEqual(expect.arrayContaining(SAID[producer]));
      if (SAID[producer].length === 0) expect(said).toEqual([]);
      expect(rest.map(key)).toEqual(before.report.issues.map(key));
      expect(after.code).toBe(before.code);
    },
  );

  it.each(ORIGINALS)('%s: upgrade restores the workbook with the same figures', async (name) => {
    const up = path.join(dir, producer, `${name}-upgrade.xlsx`);
    const r = await run(['upgrade', produced(producer, name), '-o', up, '--force']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const before = originals.get(name)!;
    const after = await report(up);
    expect(after.report.figures).toEqual(before.report.figures);
    expect(after.report.issues.map(key)).toEqual(before.report.issues.map(key));
  });

  it.each(ORIGINALS)('%s: check --write writes the report copy, or says why not', async (name) => {
    const out = path.join(dir, producer, `${name}-rapport.xlsx`);
    const r = await run(['check', produced(producer, name), '--write', out, '--force']);
    if (producer === 'libreoffice-ods') {
      expect(r.code).toBe(2);
      expect(r.err).toContain('OpenDocument');
      return;
    }
    expect(r.code).toBe(originals.get(name)!.code);
    const copy = await readWorkbookFile(fs.readFileSync(out), 'rapport.xlsx');
    expect(copy.sheets).toContain('Contrôles');
    expect(copy.tables.map((t) => t.name)).toContain('Controles');
  });
});
