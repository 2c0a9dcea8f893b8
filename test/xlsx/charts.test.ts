import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { CHARTS } from '../../src/core/templates/charts';
import { carryCharts } from '../../src/workbook/xlsx/charts';
import { sheetParts } from '../../src/workbook/xlsx/workbook-part';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { worksheetChildren } from '../support/worksheet-xml';

/**
 * Native charts (issue 13): DrawingML parts written by hand (ExcelJS writes none), valid against
 * the ECMA-376 schemas (schemas/ooxml, copied from ECMA-376 Part 4), tied into the package, and
 * reading the workbook's own cells. Both writers.
 */
const NOW = new Date('2026-01-15T00:00:00Z');
const XSD = path.join(__dirname, '..', '..', 'schemas', 'ooxml');

function xmllint(xml: string, schema: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-xsd-'));
  try {
    const file = path.join(dir, 'part.xml');
    fs.writeFileSync(file, xml);
    const r = spawnSync(
      'xmllint',
      ['--nonet', '--noout', '--schema', path.join(XSD, schema), file],
      {
        encoding: 'utf8',
      },
    );
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const WRITERS = Object.keys(TEMPLATES).flatMap((id) => [
  { id, writer: 'in memory', stream: false },
  { id, writer: 'streaming', stream: true },
]);

describe.each(WRITERS)('charts: $id ($writer)', ({ id, stream }) => {
  const t = TEMPLATES[id]!;
  const plan = buildPlan(t, { now: NOW, ...EXAMPLES[t.id] });
  const summaryIndex = plan.sheets.findIndex((s) => s.name === t.summarySheet);
  let zip: JSZip;
  const text = (p: string) => zip.file(p)!.async('string');

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await planToXlsx(plan, { stream }));
  });

  it('writes one chart part per chart, each valid against dml-chart.xsd', async () => {
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(CHARTS[t.id].length);
    for (const p of charts) {
      const r = xmllint(await text(p), 'dml-chart.xsd');
      expect([p, r.output.trim()]).toEqual([p, expect.stringMatching(/validates$/)]);
      expect(r.ok).toBe(true);
    }
  });

  it('anchors them in a drawing part valid against dml-spreadsheetDrawing.xsd', async () => {
    const xml = await text('xl/drawings/drawing1.xml');
    const r = xmllint(xml, 'dml-spreadsheetDrawing.xsd');
    expect(r.output.trim()).toMatch(/validates$/);
    expect(xml.match(/<xdr:twoCellAnchor /g)).toHaveLength(CHARTS[t.id].length);
  });

  it('rejects a broken chart part (the schema check can fail)', async () => {
    const xml = await text('xl/charts/chart1.xml');
    expect(xmllint(xml, 'dml-chart.xsd').ok).toBe(true);
    const broken = xml.replace('<c:autoTitleDeleted val="0"/>', '<c:autoTitleDeleted val="non"/>');
    expect(broken).not.toBe(xml);
    expect(xmllint(broken, 'dml-chart.xsd').ok).toBe(false);
  });

  it('ties the drawing to the summary sheet: relationship, <drawing> in schema order, content types', async () => {
    const sheet = `xl/worksheets/sheet${summaryIndex + 1}.xml`;
    const xml = await text(sheet);
    const rId = /<drawing r:id="([^"]+)"\/>/.exec(xml)?.[1];
    expect(rId).toBeDefined();
    const children = worksheetChildren(xml);
    expect(children.indexOf('drawing')).toBeGreaterThan(children.indexOf('headerFooter'));
    expect(children.slice(-1)[0]).toBe('drawing');
    const rels = await text(`xl/worksheets/_rels/sheet${summaryIndex + 1}.xml.rels`);
    expect(rels).toContain(
      `Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    const drawingRels = await text('xl/drawings/_rels/drawing1.xml.rels');
    const targets = [...drawingRels.matchAll(/Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map(
      (m) => m[1],
    );
    expect(targets).toHaveLength(CHARTS[t.id].length);
    for (const c of targets) expect(zip.file(`xl/charts/${c}`)).not.toBeNull();
    const types = await text('[Content_Types].xml');
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    );
    for (const c of targets)
      expect(types).toContain(
        `PartName="/xl/charts/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
      );
    // No other sheet gets a drawing.
    for (const [i] of plan.sheets.entries())
      if (i !== summaryIndex)
        expect(await text(`xl/worksheets/sheet${i + 1}.xml`)).not.toContain('<drawing ');
  });

  it('reads the workbook’s cells: summary figures by their labels, table columns by their headers', async () => {
    const summary = plan.sheets[summaryIndex]!;
    const charts = summary.charts!;
    for (const [k, def] of CHARTS[t.id].entries()) {
      const xml = await text(`xl/charts/chart${k + 1}.xml`);
      const refs = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) =>
        m[1]!.replace(/&apos;/g, "'"),
      );
      const c = charts[k]!;
      expect(refs).toContain(c.categories);
      for (const s of c.series) expect(refs).toContain(s.values);
      if (def.from === 'summaries') {
        // Each value cell is the one its defined name points at; each label is beside it.
        const names = def.names.map((n) => plan.names.find((x) => x.name === n)!.ref);
        const rows = names.map((r) => Number(/\$(\d+)$/.exec(r)![1]));
        const sheet = names[0]!.slice(0, names[0]!.lastIndexOf('!') + 1);
        expect(c.series[0]!.values).toBe(`${sheet}$B$${rows[0]}:$B$${rows.at(-1)}`);
        for (const r of rows)
          expect(summary.cells.find((x) => x.ref === `A${r}`)?.value).toEqual(expect.any(String));
      } else {
        const sp = plan.sheets.find((s) => s.table?.name === def.table)!;
        const ids = t.tables.find((d) => d.name === def.table)!.columns.map((col) => col.id);
        def.series.forEach((sid, i) => {
          const header = sp.table!.columns[ids.indexOf(sid)]!.header;
          expect(c.series[i]!.name).toBe(header);
        });
        // The used rows of the example, not the spare ones.
        // A pre-filled table (evaluation's scores) uses its pre-filled rows.
        const used = Math.max(
          (EXAMPLES[t.id].data[def.table] ?? []).length,
          t.tables.find((d) => d.name === def.table)!.prefill?.length ?? 0,
        );
        expect(c.categories).toMatch(new RegExp(`!\\$A\\$2:\\$A\\$${1 + used}$`));
      }
    }
  });

  it('puts data bars (0 % to 100 %) on the attainment rates', async () => {
    const bars = plan.sheets.flatMap((s) => (s.dataBars ?? []).map((b) => ({ s, b })));
    if (t.id === 'ca') expect(bars.length).toBeGreaterThan(0);
    for (const { s, b } of bars) {
      const i = plan.sheets.indexOf(s);
      const xml = await text(`xl/worksheets/sheet${i + 1}.xml`);
      const block = new RegExp(
        `<conditionalFormatting sqref="${b.range}">[\\s\\S]*?</conditionalFormatting>`,
      ).exec(xml)?.[0];
      expect(block).toContain('type="dataBar"');
      expect(block).toMatch(/<cfvo type="num" val="0"\/><cfvo type="num" val="1"\/>/);
    }
  });
});

describe('charts through an ExcelJS rewrite (trepied check --write)', () => {
  it('are dropped by ExcelJS and carried back by carryCharts, on the same sheet', async () => {
    const plan = buildPlan(TEMPLATES['ca']!, { now: NOW, ...EXAMPLES.ca });
    const original = await planToXlsx(plan);
    const wb = await loadXlsx(original);
    const rewritten = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const lost = await JSZip.loadAsync(rewritten);
    expect(Object.keys(lost.files).filter((p) => p.startsWith('xl/charts/'))).toEqual([]);
    const zip = await JSZip.loadAsync(await carryCharts(original, rewritten));
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(CHARTS.ca.length);
    const paths = [...(await sheetParts(zip)).entries()];
    const withDrawing = [];
    for (const [name, p] of paths)
      if ((await zip.file(p)!.async('string')).includes('<drawing r:id=')) withDrawing.push(name);
    expect(withDrawing).toEqual(['Synthèse']);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const c of charts) expect(types).toContain(`PartName="/${c}"`);
  });
});
