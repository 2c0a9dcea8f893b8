import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { printNamesOf, withPrintNames } from '../../src/workbook/xlsx/print-names';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { planToXlsxStreamed } from '../../src/workbook/xlsx/render-stream';
import {
  definedNamesOf,
  resolvePart,
  sheetParts,
  withDefinedNames,
  workbookSheets,
} from '../../src/workbook/xlsx/workbook-part';

/**
 * The workbook part (workbook-part.ts), shared by the writers, the print names of the demo and
 * check --write's copy: sheets with their parts, defined names read and edited in place. The
 * traps: openpyxl's absolute part targets, sheet names XML-escaped in the part, apostrophes
 * doubled in the references of a defined name.
 */
jest.setTimeout(60000);

const NOW = new Date('2026-01-15T00:00:00Z');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-workbook-part-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const WB = (names: string, after = '<calcPr calcId="191029"/>') =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="R&amp;D" sheetId="3" r:id="rId1"/>' +
  '<sheet name="Suivi d&apos;activité" sheetId="7" r:id="rId2"/></sheets>' +
  names +
  after +
  '</workbook>';

describe('the sheets of a workbook part', () => {
  it('reads an openpyxl file: absolute part targets, escaped names, in order', async () => {
    const file = path.join(dir, 'openpyxl.xlsx');
    const py = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        [
          'import sys, openpyxl',
          'wb = openpyxl.Workbook()',
          'ws = wb.active',
          'ws.title = "R&D"',
          'ws2 = wb.create_sheet("Suivi d\'activité")',
          'ws2["A1"] = "x"',
          'ws2.print_area = "A1:C4"',
          'ws2.print_title_rows = "1:1"',
          'wb.save(sys.argv[1])',
        ].join('\n'),
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(py.stderr).toBe('');
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    // What makes this file a trap: openpyxl writes the targets from the package root.
    expect(rels).toMatch(/Target="\/xl\/worksheets\/sheet1\.xml"/);
    expect(wb).toContain('name="R&amp;D"');
    const sheets = workbookSheets(wb, rels);
    expect(sheets.map((s) => [s.name, s.part])).toEqual([
      ['R&D', 'xl/worksheets/sheet1.xml'],
      ["Suivi d'activité", 'xl/worksheets/sheet2.xml'],
    ]);
    expect([...(await sheetParts(zip))]).toEqual(sheets.map((s) => [s.name, s.part]));
    for (const s of sheets) expect(zip.file(s.part!)).not.toBeNull();
    // The print names, by plain sheet name, their references with the apostrophe doubled.
    const kept = printNamesOf(wb);
    expect([...kept.keys()]).toEqual(["Suivi d'activité"]);
    expect(kept.get("Suivi d'activité")!.map((n) => n.text)).toEqual(
      expect.arrayContaining(["'Suivi d''activité'!$A$1:$C$4"]),
    );
  });

  it.each([
    // [base part, target as written, package path]
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/workbook.xml', './worksheets/a&amp;b.xml', 'xl/worksheets/a&b.xml'],
  ])('resolves %s → %s as %s', (base, target, part) => {
    expect(resolvePart(base, target)).toBe(part);
  });

  it('reads the ids and relationship of each sheet, whatever the r prefix', () => {
    const wb = WB('').replace(/r:id=/g, 'x:id=').replace('xmlns:r=', 'xmlns:x=');
    const rels =
      '<Relationships><Relationship Id="rId2" Type="t/worksheet" Target="worksheets/b.xml"/>' +
      '<Relationship Id="rId1" Type="t/worksheet" Target="/xl/worksheets/a.xml"/></Relationships>';
    expect(workbookSheets(wb, rels)).toEqual([
      { name: 'R&D', sheetId: 3, rId: 'rId1', part: 'xl/worksheets/a.xml' },
      { name: "Suivi d'activité", sheetId: 7, rId: 'rId2', part: 'xl/worksheets/b.xml' },
    ]);
  });
});

describe('the defined names of a workbook part', () => {
  const names =
    '<definedNames><definedName name="Total" comment="a &amp; b">\'R&amp;D\'!$A$1</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="1">\'Suivi d\'\'activité\'!$A$1:$C$4</definedName>' +
    '</definedNames>';

  it('reads them as plain text, the reference as the file quotes it', () => {
    expect(definedNamesOf(WB(names))).toEqual([
      { name: 'Total', localSheetId: undefined, text: "'R&D'!$A$1" },
      { name: '_xlnm.Print_Area', localSheetId: 1, text: "'Suivi d''activité'!$A$1:$C$4" },
    ]);
  });

  it('drops and adds names, every other byte as it was', () => {
    const add = [{ name: 'Part', localSheetId: 0, text: "'R&D'!$B$2<>0" }];
    const out = withDefinedNames(WB(names), add, (n) => n.localSheetId === 1);
    expect(out).toBe(
      WB(
        '<definedNames><definedName name="Total" comment="a &amp; b">\'R&amp;D\'!$A$1</definedName>' +
          '<definedName name="Part" localSheetId="0">\'R&amp;D\'!$B$2&lt;&gt;0</definedName>' +
          '</definedNames>',
      ),
    );
    expect(definedNamesOf(out)[1]).toEqual(add[0]);
  });

  it.each([
    ['no <definedNames>', ''],
    ['an empty <definedNames/>', '<definedNames/>'],
    ['an empty <definedNames></definedNames>', '<definedNames></definedNames>'],
  ])('makes the element in its place from %s (before <calcPr>)', (_, empty) => {
    const add = [{ name: 'N', localSheetId: undefined, text: '1' }];
    expect(withDefinedNames(WB(empty), add)).toBe(
      WB('<definedNames><definedName name="N">1</definedName></definedNames>'),
    );
  });

  it('makes the element before </workbook> when nothing follows it', () => {
    const add = [{ name: 'N', localSheetId: undefined, text: '1' }];
    expect(withDefinedNames(WB('', ''), add)).toBe(
      WB('<definedNames><definedName name="N">1</definedName></definedNames>', ''),
    );
  });

  it('leaves a part alone when there is nothing to drop or add', () => {
    expect(withDefinedNames(WB(''), [])).toBe(WB(''));
    expect(withPrintNames(WB(names), new Map())).toBe(WB(names));
  });

  it('puts kept print names back on the sheet of the same name, escaped once', () => {
    const kept = new Map([
      ["Suivi d'activité", [{ name: '_xlnm.Print_Titles', text: "'Suivi d''activité'!$1:$1" }]],
    ]);
    const out = withPrintNames(WB(names), kept);
    expect(printNamesOf(out)).toEqual(kept);
    expect(out).toContain('<definedName name="Total" comment="a &amp; b">');
  });
});

describe('sheets whose names XML escapes (& and apostrophe)', () => {
  it('are streamed with all their rows, as the in-memory writer writes them', async () => {
    // The streaming writer matched the workbook part's names as written (« R&amp;D ») with the
    // plan's, so such a sheet kept only the rows of the thin plan.
    const plan = buildPlan(TEMPLATES['ca']!, { now: NOW, ...EXAMPLES.ca });
    const i = plan.sheets.findIndex((s) => s.table && s.table.rows.length > 3);
    const renamed = { ...plan.sheets[i]!, name: "R&D d'actions" };
    const odd = { ...plan, sheets: plan.sheets.map((s, k) => (k === i ? renamed : s)) };
    const rows = async (bytes: Uint8Array) => {
      const ws = (await loadXlsx(bytes)).getWorksheet(renamed.name)!;
      return ws.getSheetValues().filter(Boolean).length;
    };
    const memory = await rows(await planToXlsx(odd));
    expect(memory).toBeGreaterThan(renamed.table!.rows.length);
    expect(await rows(await planToXlsxStreamed(odd))).toBe(memory);
  });
});
