import { spawnSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import type { TemplateId } from '../../src/core/templates/types';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { runCli as run, saveWithOpenpyxl } from '../support/cli';
import { convert } from '../support/libreoffice';
import { validatePackage } from '../support/ooxml';

/**
 * `check --write` on a workbook last saved by another program: the Contrôles sheet it adds uses
 * the namespace prefixes the file declares where it declares them. openpyxl declares the
 * relationships namespace on each <sheet>, not on <workbook>: the added <sheet r:id=…> once used
 * an undeclared prefix, and neither LibreOffice nor openpyxl could open the copy. Every copy here
 * is well-formed, validates against the ECMA-376 schemas, opens in LibreOffice and openpyxl, and
 * reads back with its Contrôles sheet.
 */
jest.setTimeout(240000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-ns-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Producer = 'openpyxl' | 'gnumeric' | 'sheetjs' | 'prefixed';
const PRODUCERS: Producer[] = ['openpyxl', 'gnumeric', 'sheetjs', 'prefixed'];
const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

const original = (id: string) => path.join(dir, `${id}.xlsx`);
const produced = (p: Producer, id: string) => path.join(dir, `${p}-${id}.xlsx`);
const copy = (p: Producer, id: string) => path.join(dir, `${p}-${id}-controle.xlsx`);

/**
 * A package whose workbook, relationships and content types parts bind their main namespace to a
 * prefix (`<x:workbook xmlns:x=…>`), as some generators do: the Contrôles parts must follow.
 */
async function prefixed(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const prefix = (xml: string, p: string) =>
    xml
      .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, `<$1${p}:$2`)
      .replace(new RegExp(`<${p}:(\\w+) xmlns="`), `<${p}:$1 xmlns:${p}="`);
  for (const [part, p] of [
    ['xl/workbook.xml', 'x'],
    ['xl/_rels/workbook.xml.rels', 'pr'],
    ['[Content_Types].xml', 'ct'],
  ] as const) {
    const xml = await zip.file(part)!.async('string');
    // Prefixed names only for unprefixed elements; r:, mc:, x15: and the like stay as they are.
    zip.file(part, prefix(xml.replace(/<\?xml[^>]*\?>/, ''), p));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

beforeAll(async () => {
  for (const id of TEMPLATE_IDS) {
    const ex = EXAMPLES[id];
    const plan = buildPlan(TEMPLATES[id]!, {
      now: new Date('2026-01-15T00:00:00Z'),
      config: ex.config,
      data: ex.data,
    });
    const bytes = Buffer.from(await planToXlsx(plan));
    fs.writeFileSync(original(id), bytes);
    const g = spawnSync('ssconvert', [original(id), produced('gnumeric', id)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (g.status !== 0) throw new Error(`ssconvert: ${g.stderr.slice(-2000)}`);
    const wb = XLSX.read(bytes, { type: 'buffer', cellDates: false });
    fs.writeFileSync(produced('sheetjs', id), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    fs.writeFileSync(produced('prefixed', id), await prefixed(bytes));
  }
  saveWithOpenpyxl(TEMPLATE_IDS.map((id) => [original(id), produced('openpyxl', id)]));
  for (const p of PRODUCERS)
    for (const id of TEMPLATE_IDS) {
      const r = await run(['check', produced(p, id), '--write', copy(p, id), '--force']);
      if (r.code === 2) throw new Error(`${p}-${id}: ${r.err}`);
    }
});

const cases = PRODUCERS.flatMap((p) => TEMPLATE_IDS.map((id) => [p, id] as const));

it('the openpyxl-saved workbook declares the relationships prefix on each <sheet> only', async () => {
  // The layout that broke: the regression case must still have it.
  const zip = await JSZip.loadAsync(fs.readFileSync(produced('openpyxl', 'cpts')));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  expect(/<workbook\b[^>]*>/.exec(wb)![0]).not.toContain('xmlns:r=');
  expect(wb).toMatch(/<sheet xmlns:r="[^"]+"[^>]* r:id="rId1"/);
});

it.each(cases)(
  'check --write on a workbook saved by %s (%s): every part is well-formed',
  async (p, id) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(copy(p, id)));
    const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
    const tmp = fs.mkdtempSync(path.join(dir, 'parts-'));
    const files = await Promise.all(
      parts.map(async (part, i) => {
        const f = path.join(tmp, `${i}.xml`);
        fs.writeFileSync(f, await zip.file(part)!.async('nodebuffer'));
        return f;
      }),
    );
    const r = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  },
);

it.each(cases)(
  'check --write on a workbook saved by %s (%s): the copy validates against ECMA-376',
  async (p, id) => {
    const report = await validatePackage(fs.readFileSync(copy(p, id)));
    expect(report.errors).toEqual([]);
    expect(report.validated['sml.xsd']).toContain('xl/workbook.xml');
  },
);

it.each(cases)(
  'check --write on a workbook saved by %s (%s): Trépied reads the Contrôles sheet back',
  async (p, id) => {
    const before = JSON.parse((await run(['check', produced(p, id), '--json'])).out) as {
      issues: unknown[];
    };
    const read = await readWorkbookFile(fs.readFileSync(copy(p, id)), 'controle.xlsx');
    expect(read.sheets).toContain('Contrôles');
    const table = read.tables.find((t) => t.sheet === 'Contrôles');
    expect(table?.name).toBe('Controles');
    expect(table!.values.filter((row) => row.some((v) => v !== null && v !== ''))).toHaveLength(
      before.issues.length,
    );
  },
);

it('openpyxl loads every copy and finds the Contrôles sheet', () => {
  const files = cases.map(([p, id]) => copy(p, id));
  const r = spawnSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys, openpyxl\nfor f in sys.argv[1:]:\n    print("Contrôles" in openpyxl.load_workbook(f).sheetnames)',
      ...files,
    ],
    { encoding: 'utf8' },
  );
  expect(r.stderr.replace(/^.*UserWarning.*\n.*warn\(.*\n?/gm, '')).toBe('');
  expect(r.stdout.trim().split('\n')).toEqual(files.map(() => 'True'));
});

it('LibreOffice opens every copy, with its Contrôles sheet', async () => {
  const files = cases.map(([p, id]) => copy(p, id));
  const out = path.join(dir, 'libreoffice');
  const converted = convert(files, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', out);
  for (const f of converted) {
    expect(fs.existsSync(f)).toBe(true);
    const read = await readWorkbookFile(fs.readFileSync(f), path.basename(f));
    expect(read.sheets).toContain('Contrôles');
  }
});
