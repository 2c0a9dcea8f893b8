import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { restyleCells } from '../../src/workbook/xlsx/sheet-cells';
import { messyCaBytes } from '../support/messy-workbook';

/**
 * `check --write`'s copy is the original package with the Contrôles parts added: ExcelJS's round
 * trip lost the absolute rows of every print area (the CA example's copy printed 24 pages for 16,
 * test/print/report-copy-pdf), the recalculation on load, and split the validations.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-report-copy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const noop = () => undefined;

async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name]!.dir) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

describe('check --write’s copy', () => {
  const input = path.join(dir, 'partenaire.xlsx');
  const out = path.join(dir, 'rapport.xlsx');
  let before: Map<string, string>;
  let after: Map<string, string>;
  beforeAll(async () => {
    fs.writeFileSync(input, await messyCaBytes());
    expect(await main(['check', input, '--write', out], { out: noop, err: noop })).toBe(1);
    before = await parts(input);
    after = await parts(out);
  });

  /** A part without cell styles, unwritten styled cells and row spans: what a fill changes. */
  const unstyled = (xml: string) =>
    xml
      .replace(/(<c\b[^>]*?)\ss="\d+"/g, '$1')
      .replace(/<c r="[A-Z]+\d+"\/>/g, '')
      .replace(/\sspans="[^"]*"/g, '');

  it('keeps every part of the original byte for byte, but the ones it adds to', () => {
    const touched = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];
    const changed = [...before.keys()].filter((p) => before.get(p) !== after.get(p));
    expect(changed.filter((p) => !touched.includes(p) && !p.startsWith('xl/worksheets/'))).toEqual([
      'xl/styles.xml',
    ]);
    // A highlighted sheet only has cells restyled: rows, heights, values, formulas unchanged.
    const sheets = changed.filter((p) => p.startsWith('xl/worksheets/'));
    expect(sheets.length).toBeGreaterThan(1);
    for (const p of sheets)
      expect([p, unstyled(after.get(p)!)]).toEqual([p, unstyled(before.get(p)!)]);
    const wb = after.get('xl/workbook.xml')!;
    for (const name of before
      .get('xl/workbook.xml')!
      .match(/<definedName\b[^>]*>[^<]*<\/definedName>/g)!)
      expect(wb).toContain(name);
    const calc = /<calcPr\b[^>]*>/;
    expect(calc.exec(wb)![0]).toBe(calc.exec(before.get('xl/workbook.xml')!)![0]);
  });

  it('fills the faulty cells, written or not, keeping their other formats', async () => {
    const wb = await loadXlsx(fs.readFileSync(out));
    const fill = (sheet: string, ref: string) =>
      (wb.getWorksheet(sheet)!.getCell(ref).fill as { fgColor?: { argb?: string } } | undefined)
        ?.fgColor?.argb;
    const json: string[] = [];
    await main(['check', input, '--json'], { out: (s) => json.push(s), err: noop });
    const issues = (JSON.parse(json.join('\n')) as { issues: { sheet: string; cell?: string }[] })
      .issues;
    const located = issues.filter((i) => i.cell && /^[A-Z]+\d+$/.test(i.cell));
    expect(located.length).toBeGreaterThan(5);
    for (const i of located)
      expect([i.sheet, i.cell, fill(i.sheet, i.cell!)]).not.toContainEqual(undefined);
  });

  it('replaces the Contrôles sheet of an earlier copy in place, with one Controles table', async () => {
    const again = path.join(dir, 'rapport-2.xlsx');
    expect(await main(['check', out, '--write', again], { out: noop, err: noop })).toBe(1);
    const twice = await parts(again);
    const sheets = (xml: string) => xml.match(/<sheet\b[^>]*>/g)!;
    expect(sheets(twice.get('xl/workbook.xml')!)).toEqual(sheets(after.get('xl/workbook.xml')!));
    const tables = [...twice].filter(([p]) => p.startsWith('xl/tables/'));
    expect(tables.filter(([, x]) => /\sname="Controles"/.test(x))).toHaveLength(1);
    expect(tables).toHaveLength([...after.keys()].filter((p) => p.startsWith('xl/tables/')).length);
    expect(twice.get('xl/workbook.xml')!.match(/_xlnm\.Print_Area/g)).toHaveLength(
      after.get('xl/workbook.xml')!.match(/_xlnm\.Print_Area/g)!.length,
    );
  });
});

describe('restyleCells', () => {
  const sheet =
    '<worksheet><cols><col min="2" max="3" style="7"/></cols><sheetData>' +
    '<row r="2" spans="1:1"><c r="A2" s="1" t="s"><v>0</v></c></row>' +
    '<row r="5" customFormat="1" s="9"><c r="D5"><v>3</v></c></row>' +
    '</sheetData></worksheet>';
  const plus100 = (ref: string) => ({ ref, style: (s: number) => s + 100 });

  it('restyles a written cell from its own style, keeping its value', () => {
    expect(restyleCells(sheet, [plus100('A2')])).toContain(
      '<row r="2"><c r="A2" t="s" s="101"><v>0</v></c></row>',
    );
  });

  it('adds an unwritten cell in column order, styled from its column or its row', () => {
    const xml = restyleCells(sheet, [plus100('C2'), plus100('B5'), plus100('E5')]);
    expect(xml).toContain('<row r="2"><c r="A2" s="1" t="s"><v>0</v></c><c r="C2" s="107"/></row>');
    expect(xml).toContain(
      '<row r="5" customFormat="1" s="9"><c r="B5" s="109"/><c r="D5"><v>3</v></c><c r="E5" s="109"/></row>',
    );
  });

  it('adds an unwritten row in row order', () => {
    const xml = restyleCells(sheet, [plus100('B1'), plus100('A3'), plus100('A9')]);
    expect(xml).toMatch(
      /<sheetData><row r="1"><c r="B1" s="107"\/><\/row><row r="2"[^>]*>.*<\/row><row r="3"><c r="A3" s="100"\/><\/row><row r="5".*<\/row><row r="9"><c r="A9" s="100"\/><\/row><\/sheetData>/,
    );
  });
});
