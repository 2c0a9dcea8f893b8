import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { templateAt } from '../../src/core/restore/template-at';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import type { TemplateDef } from '../../src/core/templates/types';
import type { Row } from '../../src/core/values/cell';
import type { WorkbookValues } from '../../src/workbook/types';
import { openWorkbook, UnreadableWorkbook } from '../../src/workbook/xlsx/open';
import { readWorkbookValues } from '../support/exceljs-values';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { recalculate } from '../support/libreoffice';
import { messyCaWorkbook } from '../support/messy-workbook';
import { caFixture, cptsFixture } from '../support/random-data';

/**
 * The reader against ExcelJS's model (`readWorkbookValues(await openWorkbook(…))`, what the
 * report copy and the demo load): the same values for every kind of workbook the tests produce;
 * on odd cells, what the reader gives; and its refusals.
 */
const NOW = new Date('2026-01-15T00:00:00Z');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-reader-cases-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Outcome =
  { values: WorkbookValues } | { refusal: string; message: string } | { error: string };

/** Dates as their instant, so that two invalid dates (a text result in a date cell) compare. */
function canon(v: unknown): unknown {
  if (v instanceof Date) return { date: String(v.getTime()) };
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canon(x)]));
  return v;
}

async function outcome(read: () => Promise<WorkbookValues>): Promise<Outcome> {
  try {
    return { values: await read() };
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return { refusal: e.reason, message: e.message };
    return { error: String(e) };
  }
}

const viaExcelJS = (bytes: Uint8Array) =>
  outcome(async () => readWorkbookValues(await openWorkbook(bytes, 'partenaire.xlsx')));
const viaReader = (bytes: Uint8Array) =>
  outcome(async () => {
    const { notes, ...values } = await readWorkbookFile(bytes, 'partenaire.xlsx');
    expect(notes).toBeDefined();
    return values;
  });

/** Both readers give the same outcome; returns it. */
async function same(bytes: Uint8Array): Promise<Outcome> {
  const expected = await viaExcelJS(bytes);
  const actual = await viaReader(bytes);
  expect(canon(actual)).toStrictEqual(canon(expected));
  return expected;
}

/** Both readers read the same values (and do read them). */
async function sameValues(bytes: Uint8Array): Promise<WorkbookValues> {
  const o = await same(bytes);
  if (!('values' in o)) throw new Error(`refused: ${JSON.stringify(o)}`);
  return o.values;
}

/** What the reader reads (or refuses). */
async function read(bytes: Uint8Array): Promise<WorkbookValues> {
  const o = await viaReader(bytes);
  if (!('values' in o)) throw new Error(`refused: ${JSON.stringify(o)}`);
  return o.values;
}

const rows = (v: WorkbookValues) => v.tables.reduce((n, t) => n + t.values.length, 0);

function generated(
  t: TemplateDef,
  data: Record<string, Row[]>,
  config?: (typeof EXAMPLES)['ca']['config'],
  stream = false,
): Promise<Uint8Array> {
  return planToXlsx(buildPlan(t, { data, now: NOW, ...(config ? { config } : {}) }), { stream });
}

/** Rewrite some parts of an archive. */
async function patch(
  bytes: Uint8Array,
  edits: Record<string, (xml: string) => string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [p, edit] of Object.entries(edits)) {
    const file = zip.file(p);
    zip.file(p, edit(file ? await file.async('string') : ''));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A workbook with what a hand-filled one may hold besides plain values: rich text, booleans,
 * errors, dates, formulas with and without results, a shared formula, hyperlinks (on text, on a
 * number, on a formula), merged cells (in the table, their first cell outside it, in _meta),
 * answer lists with blanks and a date, single-cell names (one on a merged cell).
 */
async function oddWorkbook(date1904 = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Données');
  ws.addTable({
    name: 'T1',
    ref: 'B3',
    headerRow: true,
    columns: ['Texte', 'Nombre', 'Date', 'Formule', 'Lien'].map((name) => ({ name })),
    rows: [
      [
        'a',
        1,
        new Date('2024-02-29T00:00:00Z'),
        { formula: 'C4*2', result: 2 },
        { text: 'site', hyperlink: 'https://example.org' },
      ],
      [
        { richText: [{ text: 'gras', font: { bold: true } }, { text: ' et normal' }] },
        true,
        new Date('1900-03-01T00:00:00Z'),
        { formula: 'C5*2' },
        { text: 'x', hyperlink: 'https://example.org/x' },
      ],
      [{ error: '#N/A' }, 0, 45000.5, { formula: 'C6&"x"', result: 'ax' }, null],
      [
        null,
        -1.5e-7,
        { formula: 'DATE(2024,1,31)', result: new Date('2024-01-31T00:00:00Z') },
        { sharedFormula: 'E4', result: 8 },
        'fin',
      ],
    ],
  });
  ws.getCell('A1').value = 'Titre fusionné';
  ws.mergeCells('A1:D2');
  ws.getCell('E2').value = { formula: 'SUM(C4:C7)', result: 0 };
  ws.mergeCells('E2:F2');
  ws.getCell('A6').value = 'maître hors table';
  ws.mergeCells('A6:C6');
  ws.getCell('D6').numFmt = 'dd/mm/yyyy';
  ws.getCell('F7').value = { text: 'lien', hyperlink: 'https://example.org/f' };
  ws.getCell('B7').value = { text: 'lien interne', hyperlink: '#Données!A1' };
  const meta = wb.addWorksheet('_meta');
  meta.getCell('A1').value = 'template';
  meta.getCell('B1').value = 'ca';
  meta.getCell('A2').value = 'version';
  meta.getCell('B2').value = 2;
  meta.getCell('A4').value = 'fusion';
  meta.mergeCells('A4:A5');
  meta.getCell('B5').value = 'x';
  meta.getCell('C7').value = 'ailleurs';
  meta.getCell('A8').value = 7;
  const lists = wb.addWorksheet('Listes');
  ['OUI', 'NON', '  ', 'En partie'].forEach((v, i) => (lists.getCell(`A${i + 1}`).value = v));
  lists.getCell('B1').value = new Date('2025-01-01T00:00:00Z');
  lists.getCell('B2').value = 3.5;
  wb.definedNames.add("'Listes'!$A$1:$A$6", 'Reponses');
  wb.definedNames.add("'Listes'!$B$1:$B$2", 'Divers');
  wb.definedNames.add("'Données'!$E$2", 'Total');
  wb.definedNames.add("'Données'!$F$2", 'DansFusion');
  wb.definedNames.add("'Données'!$B$3", 'Entete');
  wb.definedNames.add("'Listes'!$C$9", 'Vide');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Cells as other writers (or hand edits) write them, in the table of the odd workbook. */
const ODD_ROWS = [
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Titre en ligne</t></is></c></row>',
  '<row r="3"><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c><c r="D3" t="s"><v>3</v></c><c r="E3" t="s"><v>4</v></c><c r="F3" t="s"><v>5</v></c></row>',
  // Inline rich text, a str cell (decoded twice by ExcelJS), a text result in a date cell, a
  // shared formula, an error result.
  '<row r="4"><c r="B4" t="inlineStr"><is><r><rPr><b/></rPr><t>riche</t></r><r><t xml:space="preserve"> en ligne</t></r></is></c><c r="C4" t="str"><v>&amp;lt;b&amp;gt; &amp;amp; co</v></c><c r="D4" s="1" t="str"><f>TEXT(1,"0")</f><v>texte</v></c><c r="E4"><f t="shared" ref="E4:E6" si="3">C4*2</f><v>4</v></c><c r="F4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
  // Cells without an address follow the previous one; a CDATA value is not read; a shared
  // formula without its master; a boolean result.
  '<row r="5"><c r="B5" t="b"><v>0</v></c><c><v>2.5</v></c><c s="1"><v>45000</v></c><c r="E5"><f t="shared" si="3"/><v>5</v></c><c r="F5"><v><![CDATA[7]]></v></c></row>',
  // Hyperlinks (see ODD_LINKS) on a formula, on an unstyled empty cell, on a styled empty one.
  '<row r="6"><c r="B6" t="s"><v>0</v></c><c r="C6"><f t="shared" si="9"/><v>3</v></c><c r="D6" s="1"><f>TODAY()</f><v>46000</v></c><c r="E6"><f>1+1</f><v>2</v></c><c r="F6"/></row>',
  // A row written twice: the second replaces the first; a column written twice in a row.
  '<row r="7"><c r="B7" t="s"><v>0</v></c><c r="C7"><v>1</v></c></row>',
  '<row r="7"><c r="C7"><v>8</v></c><c r="D7" s="1"/><c r="E7" t="b"><f>TRUE()</f><v>1</v></c><c r="E7"><v>9</v></c><c r="F7" s="1"/></row>',
].join('');

const ODD_LINKS =
  '<hyperlinks><hyperlink ref="D6" r:id="rId1"/><hyperlink ref="E6" r:id="rId2"/><hyperlink ref="F6" r:id="rId1"/><hyperlink ref="F7" r:id="rId2"/><hyperlink ref="B4" location="Listes!A1"/></hyperlinks>';

function oddSheet(xml: string, extra = ''): string {
  return xml
    .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${ODD_ROWS}${extra}</sheetData>`)
    .replace(/<hyperlinks>[\s\S]*<\/hyperlinks>/, ODD_LINKS);
}

describe('the reader reads what ExcelJS reads', () => {
  it.each([
    ['ca, example', () => generated(ca, EXAMPLES.ca.data, EXAMPLES.ca.config)],
    ['cpts, example', () => generated(cpts, EXAMPLES.cpts.data, EXAMPLES.cpts.config)],
    ['ca, random', () => generated(ca, caFixture(7, 40))],
    ['cpts, random', () => generated(cpts, cptsFixture(3, 60))],
    ['ca, empty', () => generated(ca, {})],
    ['ca version 1 (older)', () => generated(templateAt(ca, 1) as TemplateDef, EXAMPLES.ca.data)],
    // What planToXlsx writes with ExcelJS's streaming writer (large plans, e.g. 50 000 actions).
    [
      'ca, example, streaming writer',
      () => generated(ca, EXAMPLES.ca.data, EXAMPLES.ca.config, true),
    ],
    ['cpts, random, streaming writer', () => generated(cpts, cptsFixture(5, 80), undefined, true)],
  ])('a generated workbook: %s', async (_label, make) => {
    const v = await sameValues(await make());
    expect(v.tables.length).toBeGreaterThan(5);
    expect(Object.keys(v.meta)).toContain('template');
    expect(Object.keys(v.lists ?? {}).length).toBeGreaterThan(0);
  });

  it('a hand-filled workbook with the usual mistakes', async () => {
    const wb = await messyCaWorkbook();
    const v = await sameValues(new Uint8Array(await wb.xlsx.writeBuffer()));
    const actions = v.tables.find((t) => t.name === 'Actions')!;
    expect(actions.values.flat()).toContain('#REF!');
  });

  it('rich text, errors, dates, hyperlinks, merged cells, lists (1900 and 1904 dates)', async () => {
    for (const date1904 of [false, true]) {
      const v = await read(await oddWorkbook(date1904));
      const t1 = v.tables[0]!;
      expect(t1.values[1]![0]).toBe('gras et normal');
      expect(t1.values[0]![2]).toEqual(new Date('2024-02-29T00:00:00Z'));
      expect(t1.values[3]![2]).toEqual(new Date('2024-01-31T00:00:00Z')); // a formula's date
      // A merged cell shows its first cell's value (a formula's result too).
      expect(v.names['DansFusion']).toBe(0);
      expect(v.meta['fusion']).toBe('x');
      expect(v.lists?.['Reponses']).toEqual(['OUI', 'NON', 'En partie']);
    }
  });

  it('cells as other writers write them: inline strings, shared formulas, no address, duplicates', async () => {
    const bytes = await patch(await oddWorkbook(), {
      'xl/worksheets/sheet1.xml': (xml) => oddSheet(xml),
    });
    const v = await read(bytes);
    const t1 = v.tables[0]!;
    expect(t1.values[0]!.slice(0, 2)).toEqual(['riche en ligne', '&lt;b&gt; &amp; co']);
    expect(t1.formulas[1]![3]).toBe('C4*2'); // a shared formula's cell gives its master's text
    expect(t1.values[1]![1]).toBe(2.5); // a cell without an address follows the previous one
    expect(t1.values[1]![4]).toBe(7); // CDATA is text
    expect(t1.values[2]![4]).toBeNull(); // an empty cell with a hyperlink
    // A row written twice: its cells are merged, the last value of a cell wins.
    expect(t1.values[3]).toEqual(['Titre fusionné', 8, null, 9, null]);
  });

  it('a sheet whose tail is not where a byte search finds it (read twice)', async () => {
    // `</sheetData>` in a comment among the rows: the guess of the hyperlinks is wrong.
    const bytes = await patch(await oddWorkbook(), {
      'xl/worksheets/sheet1.xml': (xml) =>
        oddSheet(xml).replace('<row r="4">', '<!-- </sheetData> --><row r="4">'),
    });
    const v = await read(bytes);
    expect(v.tables[0]!.values[2]![4]).toBeNull();
  });

  it('defined names ExcelJS skips or reads oddly', async () => {
    const bytes = await patch(await oddWorkbook(), {
      'xl/workbook.xml': (xml) =>
        xml.replace(
          '</definedNames>',
          '<definedName name="Casse">#REF!</definedName><definedName name="Deux">\'Listes\'!$A$1,\'Listes\'!$B$2</definedName><definedName name="Ailleurs">\'Absente\'!$A$1</definedName><definedName name="Total" localSheetId="0">\'Données\'!$E$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'Données\'!$A$1:$F$7</definedName></definedNames>',
        ),
    });
    const v = await read(bytes);
    expect(v.names['Total']).toBe(0);
  });

  it('a workbook recalculated and saved by LibreOffice', async () => {
    const files = [
      ['exemple.xlsx', await generated(ca, EXAMPLES.ca.data, EXAMPLES.ca.config)],
      ['cpts.xlsx', await generated(cpts, cptsFixture(3, 60))],
      ['messy.xlsx', new Uint8Array(await (await messyCaWorkbook()).xlsx.writeBuffer())],
      ['odd.xlsx', await oddWorkbook()],
    ] as const;
    const paths = files.map(([name, bytes]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    });
    const recalculated = recalculate(paths, path.join(dir, 'lo'));
    for (const file of recalculated) {
      const bytes = fs.readFileSync(file);
      if (file.endsWith('odd.xlsx')) {
        await read(bytes);
        continue;
      }
      expect(rows(await sameValues(bytes))).toBeGreaterThan(10);
    }
    // LibreOffice caches the results ExcelJS's writer left out: a computed column is filled.
    const example = await read(fs.readFileSync(recalculated[0]!));
    const actions = example.tables.find((t) => t.name === 'Actions')!;
    const computed = actions.formulas[0]!.findIndex((f) => f !== null);
    expect(actions.values.some((r) => r[computed] !== '' && r[computed] !== null)).toBe(true);
  }, 180000);
});

describe('the reader refuses what it cannot read, in French', () => {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);
  const zipOf = async (files: Record<string, string | Uint8Array>) => {
    const z = new JSZip();
    for (const [k, v] of Object.entries(files)) z.file(k, v);
    return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  };
  const good = () => planToXlsx(buildPlan(ca, { now: NOW }));

  it.each([
    ['an empty file', async () => new Uint8Array(0), 'empty'],
    ['a .xls renamed', async () => new Uint8Array([...ole, ...new Array(600).fill(0)]), 'xls'],
    [
      'a password-protected workbook',
      async () => new Uint8Array([...ole, ...new Array(100).fill(0), ...utf16('EncryptionInfo')]),
      'encrypted',
    ],
    ['a PDF', async () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a CSV', async () => new TextEncoder().encode('N° action;Intitulé\nA1;Campagne\n'), 'text'],
    [
      'random bytes',
      async () => new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)),
      'not-zip',
    ],
    [
      'a truncated workbook',
      async () => {
        const g = await good();
        return g.slice(0, Math.floor(g.length / 2));
      },
      'truncated',
    ],
    [
      'a zip bomb',
      () =>
        zipOf({
          'xl/workbook.xml': '<workbook/>',
          'xl/worksheets/sheet1.xml': new Uint8Array(24 * 1024 * 1024),
        }),
      'too-large',
    ],
    ['a Word document renamed', () => zipOf({ 'word/document.xml': '<w:document/>' }), 'not-xlsx'],
    [
      'a sheet whose XML is broken',
      async () =>
        patch(await good(), { 'xl/worksheets/sheet4.xml': (x) => x.replace('</row>', '</rov>') }),
      'corrupt',
    ],
  ])('%s', async (_label, make, reason) => {
    const o = await viaReader(await make());
    expect(o).toMatchObject({ refusal: reason });
    expect((o as { message: string }).message).toContain('« partenaire.xlsx »');
  });

  it('reads what ExcelJS refused: a row without its number, a long sheet name, an absolute target', async () => {
    const base = await good();
    const noNumber = await patch(base, {
      'xl/worksheets/sheet4.xml': (x) => x.replace(/<row r="2"/, '<row'),
    });
    const longName = await patch(base, {
      'xl/workbook.xml': (x) =>
        x.replace('name="Programme"', 'name="Programme des actions de la coopérative"'),
    });
    const absolute = await patch(base, {
      'xl/worksheets/_rels/sheet4.xml.rels': (x) => x.replace('../tables/', '/xl/tables/'),
    });
    const expected = await read(base);
    expect((await read(noNumber)).tables).toEqual(expected.tables);
    expect((await read(absolute)).tables).toEqual(expected.tables);
    expect((await read(longName)).sheets[0]).toBe('Programme des actions de la coopérative');
  });

  it('a part inflating to another size than its zip directory declares', async () => {
    // JSZip finds it once the part is inflated; the streaming reader as soon as it is exceeded.
    const bytes = Buffer.from(await good());
    const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    const name = Buffer.from('xl/worksheets/sheet4.xml');
    let at = bytes.lastIndexOf(signature);
    while (at >= 0 && !bytes.subarray(at + 46, at + 46 + name.length).equals(name))
      at = bytes.lastIndexOf(signature, at - 1);
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt32LE(100, at + 24); // its uncompressed size in the central directory
    const o = await viaReader(bytes);
    expect(o).toMatchObject({ refusal: 'corrupt' });
    expect((o as { message: string }).message).toContain('sa taille');
  });
});
