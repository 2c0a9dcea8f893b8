import { buildDialogue } from '../../src/core/bilan/dialogue';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import { OfficeWorkbook } from '../../src/workbook/office';
import { HEADER_STYLE } from '../../src/workbook/formats';
import { FakeExcel } from './fake-excel';
import { excelApiUpTo, noOffice } from './requirements-mock';

/** Excel mode prints as the file does: each sheet's page layout and explicit header style. */
const NOW = new Date('2026-01-15T00:00:00Z');

async function render(plan: WorkbookPlan): Promise<FakeExcel> {
  const fake = new FakeExcel({ sheets: [{ name: 'Feuil1' }] }).install();
  await new OfficeWorkbook().render(plan);
  return fake;
}

describe('Excel mode page layout (ExcelApi 1.9)', () => {
  beforeEach(() => excelApiUpTo(9));
  afterEach(noOffice);

  it.each([ca, cpts])('sets every visible sheet’s layout from the plan: %s', async (t) => {
    const plan = buildPlan(t, { now: NOW, ...EXAMPLES[t.id] });
    const fake = await render(plan);
    const printed = plan.sheets.filter((s) => s.pageSetup);
    expect(printed.length).toBe(plan.sheets.filter((s) => s.state === 'visible').length);
    for (const sp of printed) {
      const ps = sp.pageSetup!;
      const at = `sheet:${sp.name}`;
      expect([sp.name, fake.valueAt(at, 'pageLayout.orientation')]).toEqual([
        sp.name,
        ps.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      ]);
      expect(fake.valueAt(at, 'pageLayout.paperSize')).toBe('A4');
      // A fixed scale where manual breaks cut the pages (Excel ignores them when fitting).
      expect([sp.name, fake.valueAt(at, 'pageLayout.zoom')]).toEqual([
        sp.name,
        ps.scale
          ? { scale: ps.scale }
          : expect.objectContaining({ horizontalFitToPages: ps.fit.width }),
      ]);
      const columnBreaks = fake
        .calls()
        .filter((c) => c.target === at && c.path === 'verticalPageBreaks.add')
        .map((c) => c.args[0]);
      expect([sp.name, columnBreaks]).toEqual([
        sp.name,
        (ps.columnBreaks ?? []).map((c) => `${String.fromCharCode(65 + c)}1`),
      ]);
      expect(fake.valueAt(at, 'pageLayout.leftMargin')).toBeCloseTo(ps.margins.left * 72);
      const calls = fake.calls().filter((c) => c.target === at);
      expect(calls.find((c) => c.path === 'pageLayout.setPrintArea')?.args).toEqual([
        ps.area!.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'),
      ]);
      if (ps.titleRows)
        expect(calls.some((c) => c.path === 'pageLayout.setPrintTitleRows')).toBe(true);
      const header = ['leftHeader', 'centerHeader', 'rightHeader'].map((k) =>
        String(fake.valueAt(at, `pageLayout.headersFooters.defaultForAllPages.${k}`) ?? ''),
      );
      expect(header).toEqual([ps.header.left, '&A', '&D']);
      // Excel refuses a header over 255 characters.
      expect(header.join('').length).toBeLessThanOrEqual(255);
    }
    // Wide Actions: three pages across, its N° action repeated on each.
    const actions = fake.calls('pageLayout.setPrintTitleColumns');
    expect(actions.map((c) => c.args[0])).toContain('$A:$A');
  });

  it('prints the dialogue de gestion of each ACI mission on one portrait page (issue 15)', async () => {
    const start = new Date(Date.UTC(2024, 6, 1));
    const tables = {
      ...EXAMPLES.cpts.data,
      CPTS: [{ field: 'Année contractuelle (début)', value: start }],
    };
    const plan = buildDialogue(cpts, tables, { now: NOW });
    const fake = await render(plan);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Accès aux soins',
      'Parcours pluriprofessionnels',
      'Prévention',
      'Fonctionnement de la CPTS',
    ]);
    for (const sp of plan.sheets) {
      const at = `sheet:${sp.name}`;
      expect(fake.valueAt(at, 'pageLayout.orientation')).toBe('Portrait');
      expect(fake.valueAt(at, 'pageLayout.zoom')).toMatchObject({
        horizontalFitToPages: 1,
        verticalFitToPages: 1,
      });
    }
  });

  it('styles table headers on the cells: fill, bold white text', async () => {
    const plan = buildPlan(ca, { now: NOW });
    const fake = await render(plan);
    const fills = fake.sets('format.fill.color').filter((s) => s.target.startsWith('Actions!A1:'));
    expect(fills.map((s) => s.value)).toContain(`#${HEADER_STYLE.fill.slice(2)}`);
    const bold = fake.sets('format.font.bold').filter((s) => s.target.startsWith('Actions!A1:'));
    expect(bold.map((s) => s.value)).toContain(true);
  });
});

describe('Excel mode charts and data bars', () => {
  beforeEach(() => excelApiUpTo(8));
  afterEach(noOffice);

  it.each([ca, cpts])(
    'draws the plan’s charts on the summary sheet, on the same cells: %s',
    async (t) => {
      const plan = buildPlan(t, { now: NOW, ...EXAMPLES[t.id] });
      const fake = await render(plan);
      const charts = plan.sheets.find((s) => s.name === t.summarySheet)!.charts!;
      const added = fake.calls('charts.add');
      expect(added.map((c) => c.target)).toEqual(charts.map(() => `sheet:${t.summarySheet}`));
      expect(added.map((c) => c.args[0])).toEqual(
        charts.map((c) =>
          c.type === 'doughnut'
            ? 'Doughnut'
            : `${c.type === 'bar' ? 'Bar' : 'Column'}${c.stacked ? 'Stacked' : 'Clustered'}`,
        ),
      );
      charts.forEach((c, k) => {
        const target = `chart:${t.summarySheet}#${k}`;
        expect(fake.valueAt(target, 'title.text')).toBe(c.title);
        expect(fake.calls('setPosition').find((x) => x.target === target)?.args).toEqual([
          c.from,
          c.to,
        ]);
        c.series.forEach((s, i) => {
          const series = `${target}/series${i}`;
          expect(fake.valueAt(series, 'name')).toBe(s.name);
          const [values] = fake.calls('setValues').find((x) => x.target === series)!.args;
          const [labels] = fake.calls('setXAxisValues').find((x) => x.target === series)!.args;
          const where = (ref: string) => ref.replace(/^'?(.+?)'?!/, '$1!');
          expect(fake.targetOf(values)).toBe(where(s.values));
          expect(fake.targetOf(labels)).toBe(where(c.categories));
        });
      });
    },
  );

  it('puts data bars from 0 to 1 on the attainment rates', async () => {
    const plan = buildPlan(ca, { now: NOW });
    const fake = await render(plan);
    const bars = plan.sheets.flatMap((s) => (s.dataBars ?? []).map((b) => `${s.name}!${b.range}`));
    expect(bars.length).toBeGreaterThan(0);
    const added = fake.calls('conditionalFormats.add').filter((c) => c.args[0] === 'DataBar');
    // Each sheet's added last first: each goes on top, so they end up in the plan's order.
    const perSheet = plan.sheets.flatMap((s) =>
      [...(s.dataBars ?? [])].reverse().map((b) => `${s.name}!${b.range}`),
    );
    expect(added.map((c) => c.target)).toEqual(perSheet);
    for (const b of bars) {
      expect(fake.valueAt(`cf:${b}`, 'dataBar.upperBoundRule')).toEqual({
        type: 'Number',
        formula: '1',
      });
    }
  });
});

describe('Excel mode page layout without ExcelApi 1.9', () => {
  beforeEach(() => excelApiUpTo(8));
  afterEach(noOffice);

  it('renders the workbook and leaves the page layout to Excel', async () => {
    const fake = await render(buildPlan(ca, { now: NOW }));
    expect(fake.sets().filter((s) => s.path.startsWith('pageLayout.'))).toEqual([]);
    expect(fake.sets('values').length).toBeGreaterThan(0);
  });
});
