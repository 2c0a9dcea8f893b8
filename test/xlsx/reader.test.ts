import JSZip from 'jszip';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import { EXAMPLES } from '../../src/core/examples';
import { UnreadableWorkbook } from '../../src/workbook/xlsx/open';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { minimalXlsx, rawZip } from '../support/raw-zip';

/**
 * The reader on what other producers write (each case named after what broke): valid OOXML that
 * our own writer never produces, and damaged or hostile packages, refused in French.
 */
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const sheet = (rows: string, tail = '') =>
  `<?xml version="1.0"?><worksheet ${NS} xmlns:r="${R}"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
const tableRels = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/table" Target="${target}"/></Relationships>`;

async function refusal(bytes: Uint8Array): Promise<UnreadableWorkbook> {
  try {
    await readWorkbookFile(bytes, 'partenaire.xlsx');
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

async function generated(): Promise<Uint8Array> {
  const ex = EXAMPLES.ca!;
  return planToXlsx(
    buildPlan(ca, { config: ex.config, data: ex.data, now: new Date('2026-01-01T00:00:00Z') }),
  );
}

/** Rewrite the parts of a package matching `re` (text parts). */
async function rewrite(
  bytes: Uint8Array,
  re: RegExp,
  edit: (xml: string, path: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const p of Object.keys(zip.files).filter((x) => re.test(x)))
    zip.file(p, edit(await zip.file(p)!.async('string'), p));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the reader on valid OOXML from other producers', () => {
  it('resolves absolute relationship targets as openpyxl writes them (/xl/tables/table1.xml)', async () => {
    const good = await generated();
    const absolute = await rewrite(good, /_rels\/.*\.rels$/, (xml, p) => {
      const base = p.slice(0, p.indexOf('_rels/'));
      return xml.replace(/Target="(?!\/)([^"]+)"/g, (_all, t: string) => {
        const parts = `${base}${t}`.split('/');
        const out: string[] = [];
        for (const s of parts)
          if (s === '..') out.pop();
          else if (s) out.push(s);
        return `Target="/${out.join('/')}"`;
      });
    });
    const a = await readWorkbookFile(good, 'a.xlsx', { everything: true });
    const b = await readWorkbookFile(absolute, 'b.xlsx', { everything: true });
    expect(b.tables.length).toBeGreaterThan(3);
    expect(b.tables).toEqual(a.tables);
    expect(b.names).toEqual(a.names);
    expect(b.meta).toEqual(a.meta);
  });

  it('with `loose`, reads the cells outside the tables as `everything` does, without the links', async () => {
    const good = await generated();
    const all = await readWorkbookFile(good, 'a.xlsx', { everything: true });
    const loose = await readWorkbookFile(good, 'a.xlsx', { loose: true });
    const plain = await readWorkbookFile(good, 'a.xlsx');
    expect(plain.loose).toBeUndefined();
    expect(loose.loose!.length).toBeGreaterThan(0);
    expect(loose.loose).toEqual(all.loose);
    expect(loose.tables.some((t) => 'links' in t)).toBe(false);
    expect(loose.tables).toEqual(all.tables.map(({ links: _links, ...t }) => t));
  });

  it('reads namespace-prefixed parts (<x:worksheet>), cells and rows without numbers', async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const v = await readWorkbookFile(minimalXlsx({ Feuil1: xml }), 'p.xlsx', { everything: true });
    expect(v.loose).toEqual([
      { sheet: 'Feuil1', ref: 'A1', value: 'a' },
      { sheet: 'Feuil1', ref: 'B1', value: 2 },
      { sheet: 'Feuil1', ref: 'C2', value: 3 },
      { sheet: 'Feuil1', ref: 'D2', value: 4 },
    ]);
  });

  it('reads t="d" ISO dates as dates, CDATA as text, plain text followed by rich runs', async () => {
    const rows =
      '<row r="1"><c r="A1" t="d"><v>2024-03-15</v></c><c r="B1" t="d"><v>2024-03-15T10:30:00</v></c>' +
      '<c r="C1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>deb</t><r><t>ut</t></r></is></c>' +
      '<c r="E1" t="s"><v>1</v></c></row>';
    const sst = `<?xml version="1.0"?><sst ${NS}><si><t><![CDATA[Santé & <co>]]></t></si><si><t>plain</t><r><t xml:space="preserve"> rich</t></r><rPh><t>ふ</t></rPh></si></sst>`;
    const v = await readWorkbookFile(
      minimalXlsx({ F: sheet(rows) }, [], { sharedStrings: sst }),
      'p.xlsx',
      {
        everything: true,
      },
    );
    expect(v.loose!.map((c) => c.value)).toEqual([
      new Date('2024-03-15T00:00:00Z'),
      new Date('2024-03-15T10:30:00Z'),
      'Santé & <co>',
      'debut',
      'plain rich',
    ]);
  });

  it('reads UTF-16 parts', async () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Été</t></is></c></row>').replace(
      '<?xml version="1.0"?>',
      '<?xml version="1.0" encoding="UTF-16"?>',
    );
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(xml).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const zipped = rawZip([
      ...(await entriesOf(minimalXlsx({ F: '' }))).filter(
        (e) => e.name !== 'xl/worksheets/sheet1.xml',
      ),
      { name: 'xl/worksheets/sheet1.xml', data: utf16 },
    ]);
    const v = await readWorkbookFile(zipped, 'p.xlsx', { everything: true });
    expect(v.loose).toEqual([{ sheet: 'F', ref: 'A1', value: 'Été' }]);
  });

  it('reads tables without a name, with <xmlColumnPr>, and 0-byte parts (signed workbooks)', async () => {
    const table = `<?xml version="1.0"?><table ${NS} id="1" ref="A1:B2"><tableColumns count="2"><tableColumn id="1" name="N°"><xmlColumnPr mapId="1" xpath="/a/b" xmlDataType="string"/></tableColumn><tableColumn id="2" name="Qui"/></tableColumns></table>`;
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>N°</t></is></c><c r="B1" t="inlineStr"><is><t>Qui</t></is></c></row>' +
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>';
    const bytes = minimalXlsx(
      { F: sheet(rows, '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>') },
      [
        { name: 'xl/tables/table1.xml', data: table },
        { name: '_xmlsignatures/sig1.xml', data: '' },
        { name: 'docProps/app.xml', data: '' },
      ],
      { sheetRels: { 1: tableRels('../tables/table1.xml') } },
    );
    const v = await readWorkbookFile(bytes, 'p.xlsx');
    expect(v.tables).toEqual([
      {
        name: 'Tableau1',
        sheet: 'F',
        origin: 'A1',
        headers: ['N°', 'Qui'],
        values: [[1, 'x']],
        formulas: [[null, null]],
      },
    ]);
  });
});

describe('the reader refuses damaged and hostile packages in French', () => {
  it('a part whose CRC is wrong', async () => {
    const e = await refusal(
      rawZip([
        ...(await entriesOf(minimalXlsx({ F: sheet('') }))).map((x) =>
          x.name === 'xl/workbook.xml' ? { ...x, crc: 12345 } : x,
        ),
      ]),
    );
    expect(e.message).toContain('endommagé');
    expect(e.message).toContain('CRC');
  });

  it('duplicate entries', async () => {
    const entries = await entriesOf(minimalXlsx({ F: sheet('') }));
    const e = await refusal(
      rawZip([...entries, { name: 'xl/worksheets/sheet1.xml', data: sheet('') }]),
    );
    expect(e.message).toContain('endommagé');
    expect(e.message).toContain('deux fois');
  });

  it('XML that is not well formed: « endommagé », never a JavaScript error', async () => {
    const e = await refusal(minimalXlsx({ F: '<worksheet><sheetData><row></sheetData>' }));
    expect(e.reason).toBe('corrupt');
    expect(e.message).toMatch(/^« partenaire\.xlsx » est endommagé/);
  });

  it('bounds a table and a defined name over the whole sheet', async () => {
    const table = `<?xml version="1.0"?><table ${NS} id="1" name="T" displayName="T" ref="A1:XFD1048576"><tableColumns count="1"><tableColumn id="1" name="a"/></tableColumns></table>`;
    const bytes = minimalXlsx(
      {
        F: sheet(
          '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>',
          '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
        ),
      },
      [{ name: 'xl/tables/table1.xml', data: table }],
      {
        sheetRels: { 1: tableRels('/xl/tables/table1.xml') },
        names:
          '<definedNames><definedName name="Tout">F!$A$1:$XFD$1048576</definedName></definedNames>',
      },
    );
    const v = await readWorkbookFile(bytes, 'p.xlsx');
    expect(v.tables[0]!.values).toEqual([
      [null, null],
      [null, 2],
    ]);
    expect(v.lists).toEqual({});
  });
});

async function entriesOf(bytes: Uint8Array): Promise<{ name: string; data: Uint8Array }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: { name: string; data: Uint8Array }[] = [];
  for (const f of Object.values(zip.files))
    if (!f.dir) out.push({ name: f.name, data: await f.async('uint8array') });
  return out;
}

describe('other formats get a French refusal naming them', () => {
  it('an Apple Numbers file', async () => {
    const e = await refusal(
      rawZip([
        { name: 'Index/Document.iwa', data: 'x' },
        { name: 'Metadata/Properties.plist', data: 'x' },
      ]),
    );
    expect(e.reason).toBe('not-xlsx');
    expect(e.message).toContain('Apple Numbers');
  });
});
