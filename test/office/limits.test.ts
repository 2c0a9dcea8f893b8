import { reportLayout } from '../../src/core/report/build-report';
import { benchData } from '../../bench/generate';
import { checkWorkbook } from '../../src/core/check';
import { buildPlan } from '../../src/core/plan/build';
import type { ReportPlan } from '../../src/core/plan/report-types';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { absoluteRange, columnLetter } from '../../src/core/formula/refs';
import { dateToSerial } from '../../src/core/read/parse-date';
import { ca } from '../../src/core/templates/ca';
import { BORDER_COLOR, NUM_FMT, SEVERITY_FILL } from '../../src/workbook/formats';
import { filesToMergeDryRun, mergedPlan } from '../../src/taskpane/consolidate';
import { fr } from '../../src/taskpane/strings-fr';
import { OfficeWorkbook } from '../../src/workbook/office';
import { hexColor } from '../../src/workbook/office/cells';
import { PROTECTION } from '../../src/workbook/office/render';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { PAYLOAD_LIMIT, StrictExcel } from './excel';
import { formatArea } from './excel/model';

/**
 * The Office.js adapter against the strict fake Excel, at the sizes the issue names: every
 * request and response under Excel on the web's 5 MB, protected sheets written the way Excel
 * allows, at ExcelApi 1.8 (the manifest's minimum) and 1.9 (copyFrom, getRanges).
 */
const NOW = new Date('2026-01-15T00:00:00Z');

function plan(actions: number): WorkbookPlan {
  return buildPlan(ca, { data: benchData(actions), now: NOW });
}

function blank(version: number): StrictExcel {
  const excel = new StrictExcel({ version }).install();
  excel.addSheet('Feuil1');
  return excel;
}

function underLimit(excel: StrictExcel): void {
  const max = excel.maxPayload();
  expect(max.request).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  expect(max.response).toBeLessThanOrEqual(PAYLOAD_LIMIT);
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** A report on Actions!B2…: severities in turn, so that no two neighbouring rows share a fill. */
const fixedReport = (highlights: number): ReportPlan => {
  const rows = Array.from({ length: highlights }, (_, i) => ({
    severity: SEVERITIES[i % 3] ?? 'info',
    severityLabel: 'Avertissement',
    sheet: 'Actions',
    cell: `B${i + 2}`,
    rule: 'required',
    message: `Actions!B${i + 2} : la colonne est vide.`,
  }));
  return {
    sheet: 'Contrôles',
    headers: ['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message'],
    rows,
    ...reportLayout(rows, 'fr'),
    highlights: rows.map((r) => ({ sheet: r.sheet, cell: r.cell, severity: r.severity })),
  };
};

describe.each([8, 9])(
  'a 2 000-action CA workbook in Excel on the web (ExcelApi 1.%i)',
  (version) => {
    const excel = blank(version);
    const workbook = new OfficeWorkbook();
    const built = plan(2000);

    beforeAll(async () => {
      excel.install();
      await workbook.render(built);
    });
    beforeEach(() => excel.install());

    it('Créer: writes every table, each request under 5 MB, sheets protected as planned', () => {
      underLimit(excel);
      const actions = excel.model.tables.find((t) => t.name === 'Actions');
      expect(actions && actions.area.r2 - actions.area.r1).toBe(
        built.sheets.find((s) => s.name === 'Actions')?.table?.rows.length,
      );
      expect(excel.cell('Actions', 'A2001')?.value).toBe('A2000');
      for (const sp of built.sheets) {
        expect(excel.sheet(sp.name).protection.protected).toBe(Boolean(sp.protect));
      }
      expect(excel.sheet('Actions').protection.options).toEqual(PROTECTION);
    });

    it('Créer: page layout from ExcelApi 1.9 only, charts on Synthèse, data bars, borders, heights', () => {
      const layouts = built.sheets.filter((sp) => sp.pageSetup);
      expect(layouts.length).toBeGreaterThan(0);
      for (const sp of layouts) {
        const layout = excel.sheet(sp.name).pageLayout;
        const ps = sp.pageSetup!;
        if (version < 9) {
          // Worksheet.pageLayout is ExcelApi 1.9: not called (it would fail with ApiNotFound).
          expect(layout).toEqual({
            orientation: 'Portrait',
            paperSize: 'Letter',
            zoom: { scale: 100 },
            margins: {},
            headersFooters: {},
            breaks: [],
            columnBreaks: [],
          });
          continue;
        }
        expect(layout).toMatchObject({
          orientation: ps.orientation === 'landscape' ? 'Landscape' : 'Portrait',
          paperSize: 'A4',
          printArea: absoluteRange(ps.area!),
          margins: { leftMargin: ps.margins.left * 72, footerMargin: ps.margins.footer * 72 },
          headersFooters: { centerHeader: ps.header.center, rightFooter: ps.footer.right },
          breaks: (ps.breaks ?? []).map((r) => r + 1),
          columnBreaks: (ps.columnBreaks ?? []).map((c) => c + 1),
        });
        expect(layout.zoom).toEqual(
          ps.scale
            ? { scale: ps.scale }
            : expect.objectContaining({ horizontalFitToPages: ps.fit.width }),
        );
        if (ps.titleRows) expect(layout.titleRows).toBe(absoluteRange(ps.titleRows));
        if (ps.titleColumns) expect(layout.titleColumns).toBe(absoluteRange(ps.titleColumns));
      }
      // The Synthèse prints its labels and figures (A:B), then its charts, never its names (C).
      if (version >= 9)
        expect(excel.sheet('Synthèse').pageLayout.printArea).toMatch(
          /^\$A\$1:\$B\$\d+,\$E\$1:\$L\$\d+$/,
        );
      // The charts of the plan, all on Synthèse, over the rows of Actions.
      const charts = built.sheets.flatMap((sp) => sp.charts ?? []);
      expect(charts.length).toBeGreaterThan(0);
      expect(excel.model.charts.map((c) => c.sheet.name)).toEqual(charts.map(() => 'Synthèse'));
      excel.model.charts.forEach((chart, i) => {
        const c = charts[i]!;
        expect(chart).toMatchObject({ title: c.title, from: c.from, to: c.to, legend: 'Bottom' });
        expect(chart.series.map((s) => [s.name, s.values, s.xValues, s.hasDataLabels])).toEqual(
          c.series.map((s) => [s.name, s.values, c.categories, true]),
        );
      });
      // Data bars on the attainment rates of the table sheets the plan names.
      for (const sp of built.sheets) {
        const bars = excel.sheet(sp.name).conditionalFormats.filter((cf) => cf.type === 'DataBar');
        expect(bars.map((cf) => formatArea(cf.area).replace(/\$/g, ''))).toEqual(
          (sp.dataBars ?? []).map((b) => b.range),
        );
        for (const [k, cf] of bars.entries()) {
          expect(cf.dataBar).toEqual({
            lowerBoundRule: { type: 'Number', formula: '0' },
            upperBoundRule: { type: 'Number', formula: '1' },
            fillColor: hexColor(sp.dataBars![k]!.color),
            gradientFill: false,
          });
        }
      }
      expect(excel.sheet('Actions').conditionalFormats.some((cf) => cf.type === 'DataBar')).toBe(
        true,
      );
      // Header and body borders, header row heights, down to the last row.
      const thin = { style: 'Continuous', weight: 'Thin', color: hexColor(BORDER_COLOR) };
      const actions = built.sheets.find((sp) => sp.name === 'Actions')!;
      const last = 1 + actions.table!.rows.length;
      expect(excel.border('Actions', 'A1', 'EdgeBottom')).toEqual(thin);
      expect(excel.border('Actions', `C${last}`, 'InsideVertical')).toEqual(thin);
      expect(excel.border('Actions', `C${last + 1}`, 'InsideVertical')).toEqual({});
      expect(excel.sheet('Actions').rowHeight.get(1)).toBe(actions.rowHeights?.[1]);
    });

    it('Contrôler and Indicateurs: reads every row back in responses under 5 MB', async () => {
      const before = excel.syncs.length;
      const values = await workbook.readValues();
      const actions = values.tables.find((t) => t.name === 'Actions');
      expect(actions?.values[1999]?.[0]).toBe('A2000');
      expect(actions?.values.filter((row) => row[0] !== null)).toHaveLength(2000);
      const indicators = values.tables.find((t) => t.name === 'Indicateurs')?.values ?? [];
      expect(indicators.filter((row) => row[0] !== null)).toHaveLength(12000);
      underLimit(excel);
      // More than one response was needed: a single one would have been refused.
      const read = excel.syncs.slice(before);
      const total = read.reduce((sum, s) => sum + s.response, 0);
      expect(total).toBeGreaterThan(PAYLOAD_LIMIT);
      // One sync per chunk: chunks are at least half full on average.
      expect(read.length).toBeLessThanOrEqual(3 + Math.ceil(total / (PAYLOAD_LIMIT * 0.4)));
      expect(checkWorkbook(values).figures).toBeDefined();
    });

    it('a one-click fix on the protected Actions sheet: written, protection as it was', async () => {
      expect(excel.locked('Actions', 'B2')).toBe(false);
      await workbook.setValue('Actions', 'B2', '=Objectif corrigé');
      expect(excel.cell('Actions', 'B2')).toMatchObject({
        value: '=Objectif corrigé',
        numberFormat: '@',
      });
      expect(excel.cell('Actions', 'B2')?.formula).toBeUndefined();
      expect(excel.sheet('Actions').protection).toEqual({ protected: true, options: PROTECTION });
    });

    it('the report highlights cells of the protected Actions sheet and protects it again', async () => {
      await workbook.writeReport(fixedReport(2000));
      expect(excel.cell('Actions', 'B2001')?.format['fill.color']).toBe(
        hexColor(SEVERITY_FILL.warning),
      );
      expect(excel.sheet('Actions').protection).toEqual({ protected: true, options: PROTECTION });
      expect(excel.model.tables.find((t) => t.name === 'Controles')?.area.r2).toBe(2001);
      underLimit(excel);
    });
  },
);

describe('a 10 000-action CA workbook (ExcelApi 1.9)', () => {
  it('is created and read back with every request and response under 5 MB, by chunks', async () => {
    const excel = blank(9);
    // The Actions table alone: the largest one, 37 columns.
    const built = buildPlan(ca, { data: { Actions: benchData(10_000).Actions ?? [] }, now: NOW });
    await new OfficeWorkbook().render(built);
    const created = excel.syncs.length;
    const values = await new OfficeWorkbook().readValues();
    const actions = values.tables.find((t) => t.name === 'Actions')?.values ?? [];
    expect(actions.filter((row) => row[0] !== null)).toHaveLength(10_000);
    underLimit(excel);
    const read = excel.syncs.slice(created);
    const total = read.reduce((sum, s) => sum + s.response, 0);
    expect(read.length).toBeLessThanOrEqual(3 + Math.ceil(total / (PAYLOAD_LIMIT * 0.4)));
  });
});

describe('a report of 100 000 rows and highlights, cell by cell (ExcelApi 1.8)', () => {
  // Regression: the highlights and the report's own fills went in one request each, over 5 MB here.
  it('sends every fill in requests under 5 MB, Actions protected again after each', async () => {
    const excel = new StrictExcel({ version: 8 }).install();
    excel.addSheet('Actions');
    excel.protect('Actions', PROTECTION as Record<string, unknown>);
    await new OfficeWorkbook().writeReport(fixedReport(100_000));
    underLimit(excel);
    // Row 100 001 is the 100 000th, an error (severities in turn).
    expect(excel.cell('Actions', 'B100001')?.format['fill.color']).toBe(
      hexColor(SEVERITY_FILL.error),
    );
    expect(excel.sheet('Actions').protection).toEqual({ protected: true, options: PROTECTION });
  });
});

describe('the strict fake refuses what Excel refuses', () => {
  it('a value in a locked cell or a format change on a protected sheet', async () => {
    const excel = new StrictExcel().install();
    excel.addSheet('Actions');
    excel.protect('Actions', { allowFormatColumns: true });
    const write = (act: (range: Excel.Range) => void) =>
      Excel.run(async (context) => {
        act(context.workbook.worksheets.getItem('Actions').getRange('A2'));
        await context.sync();
      });
    await expect(write((r) => (r.values = [['x']]))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    await expect(write((r) => (r.numberFormat = [['@']]))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    await expect(write((r) => (r.format.fill.color = '#FF0000'))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    // Column widths are allowed by these options.
    await write((r) => (r.format.columnWidth = 80));
  });

  it('a request over 5 MB', async () => {
    const excel = new StrictExcel().install();
    excel.addSheet('Feuil1');
    const big = Array.from({ length: 60_000 }, (_, i) => [`ligne ${i} ${'x'.repeat(80)}`]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Feuil1').getRange('A1:A60000').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.cell('Feuil1', 'A1')).toBeUndefined();
  });

  it('an API beyond the requirement sets of this Excel (copyFrom is ExcelApi 1.9)', async () => {
    const excel = new StrictExcel({ version: 8 }).install();
    excel.addSheet('Feuil1');
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Feuil1');
        ws.getRange('A2:A9').copyFrom(ws.getRange('A1'), 'Formulas');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('a table over another table, a resize that moves its header row (ExcelApi 1.13)', async () => {
    const excel = new StrictExcel({ version: 13 }).install();
    excel.addSheet('Feuil1');
    excel.put('Feuil1', 'A1', [['a', 'a', '']]);
    excel.addTable('T1', 'Feuil1', 'A1:C3');
    const run = (act: (ws: Excel.Worksheet, t: Excel.Table) => void) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Feuil1');
        const tables = context.workbook.tables;
        tables.load('items/name');
        await context.sync();
        act(ws, tables.items[0] as Excel.Table);
        await context.sync();
      });
    await expect(run((ws) => ws.tables.add(ws.getRange('B2:D5'), true))).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    await expect(run((_, t) => t.resize('A2:C9'))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await run((_, t) => t.resize('A1:C9'));
    expect(excel.model.tables[0]?.area.r2).toBe(9);
    // A new table's headers are made unique and non-blank, as Excel does.
    await run((ws) => ws.tables.add(ws.getRange('E1:G2'), true));
    excel.put('Feuil1', 'I1', [['x', 'x', '']]);
    await run((ws) => ws.tables.add(ws.getRange('I1:K2'), true));
    expect(['I1', 'J1', 'K1'].map((c) => excel.cell('Feuil1', c)?.value)).toEqual([
      'x',
      'x2',
      'Column3',
    ]);
  });
});

describe('protected sheets, Range.copyFrom, conditional formats, 1904 dates', () => {
  it('a fix on a sheet protected with a password fails in French and writes nothing', async () => {
    const excel = new StrictExcel().install();
    excel.addSheet('Actions');
    excel.sheet('Actions').columnLocked.set(1, false);
    excel.protect('Actions', { allowAutoFilter: true }, 'secret');
    await expect(new OfficeWorkbook().setValue('Actions', 'B2', 'x')).rejects.toThrow(
      /La feuille « Actions » est protégée et Trépied n’a pas pu ôter sa protection/,
    );
    expect(excel.cell('Actions', 'B2')?.value ?? '').toBe('');
    expect(excel.sheet('Actions').protection.protected).toBe(true);
  });

  it('copyFrom fills each computed column with the plan formula in every row (ExcelApi 1.9)', async () => {
    const excel = blank(9);
    const built = plan(300);
    await new OfficeWorkbook().render(built);
    const table = built.sheets.find((s) => s.name === 'Actions')?.table;
    const computed = table?.columns.flatMap((c, j) => (c.formula ? [{ c, j }] : [])) ?? [];
    expect(computed.length).toBeGreaterThan(0);
    const sheet = excel.sheet('Actions');
    for (const { c, j } of computed) {
      for (const row of [2, 150, 301]) {
        expect(sheet.cells.get(row * 16_384 + j)?.formula).toBe(`=${c.formula}`);
      }
      // Computed cells stay locked, entered ones are not.
      expect(excel.locked('Actions', `${columnLetter(j)}301`)).toBe(true);
    }
    expect(excel.locked('Actions', 'B301')).toBe(false);
  });

  it('leaves conditional formats in the plan priority order (Excel adds each one on top)', async () => {
    const excel = blank(8);
    const built = plan(30);
    await new OfficeWorkbook().render(built);
    for (const sp of built.sheets) {
      const wanted = [...sp.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => `=${cf.formula}`);
      // The data bars come last, in their order, as the file writers number them.
      const bars = (sp.dataBars ?? []).map((b) => `DataBar ${b.range}`);
      expect(
        excel
          .sheet(sp.name)
          .conditionalFormats.map((cf) =>
            cf.type === 'DataBar'
              ? `DataBar ${formatArea(cf.area).replace(/\$/g, '')}`
              : cf.formula,
          ),
      ).toEqual([...wanted, ...bars]);
    }
    expect(built.sheets.some((sp) => (sp.dataBars ?? []).length > 0)).toBe(true);
  });

  it('shows Pourcentage indicators as percentages: conditional number formats keyed on the unit (1.6)', async () => {
    const excel = blank(8);
    const built = plan(30);
    await new OfficeWorkbook().render(built);
    for (const name of ['Indicateurs', 'Tableau de bord COPIL']) {
      const sp = built.sheets.find((s) => s.name === name)!;
      const wanted = sp.conditionalFormats
        .filter((cf) => cf.numFmt)
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => [cf.range, `=${cf.formula}`, NUM_FMT[cf.numFmt!]]);
      expect(wanted.length).toBeGreaterThanOrEqual(2);
      expect(wanted.map((w) => w[1]).every((f) => f!.includes('"Pourcentage"'))).toBe(true);
      expect(
        excel
          .sheet(name)
          .conditionalFormats.filter((cf) => cf.numberFormat)
          .map((cf) => [formatArea(cf.area).replace(/\$/g, ''), cf.formula, cf.numberFormat]),
      ).toEqual(wanted);
    }
  });

  it('takes a conditional number format as one format code, and nothing else', async () => {
    blank(8);
    const set = (format: unknown) =>
      Excel.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem('Feuil1')
          .getRange('A1:A3')
          .conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
        cf.custom.format.numberFormat = format;
        await context.sync();
      });
    await expect(set([['0%']])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await set('0%');
  });

  it('writes and reads dates in a 1904 date-system workbook as in a 1900 one', async () => {
    const excel = new StrictExcel({ version: 9, date1904: true }).install();
    excel.addSheet('Feuil1');
    const day = new Date('2026-03-31T00:00:00Z');
    const built = buildPlan(ca, {
      data: { Actions: [{ id: 'A1', title: 'Action', start: day }] },
      now: NOW,
    });
    await new OfficeWorkbook().render(built);
    const values = await new OfficeWorkbook().readValues();
    const written = built.sheets.find((s) => s.name === 'Actions')?.table;
    const read = values.tables.find((t) => t.name === 'Actions');
    const dateColumn = written?.rows[0]?.findIndex((v) => v instanceof Date) ?? -1;
    expect(dateColumn).toBeGreaterThanOrEqual(0);
    const date = written?.rows[0]?.[dateColumn] as Date;
    expect(date).toEqual(day);
    expect(read?.values[0]?.[dateColumn]).toEqual(date);
    // The cell holds the 1904 serial, 1462 less than the 1900 one.
    expect(excel.sheet('Actions').cells.get(2 * 16_384 + dateColumn)?.value).toBe(
      dateToSerial(date) - 1462,
    );
    const cell = `${columnLetter(dateColumn)}3`;
    await new OfficeWorkbook().setValue('Actions', cell, day);
    expect(excel.cell('Actions', cell)?.value).toBe(dateToSerial(day) - 1462);
  });
});

describe('Consolider: two partners of 1 000 actions merged into a blank workbook (ExcelApi 1.8)', () => {
  it('renders the 2 000-action merged workbook and reads it back under 5 MB per request', async () => {
    const partner = await planToXlsx(plan(1000));
    const files = [
      { name: 'albi.xlsx', bytes: partner },
      { name: 'castres.xlsx', bytes: partner },
    ];
    const dry = await filesToMergeDryRun(files, { renumber: true, lang: 'fr', t: fr });
    const merged = mergedPlan(dry.plan, true, 'fr');
    const excel = blank(8);
    await new OfficeWorkbook().render(merged);
    const values = await new OfficeWorkbook().readValues();
    const actions = values.tables.find((t) => t.name === 'Actions');
    expect(actions?.values.filter((row) => row[0] !== null)).toHaveLength(2000);
    expect(actions?.headers).toContain('Provenance');
    underLimit(excel);
    expect(excel.sheet('Actions').protection.protected).toBe(true);
    // 12 000 indicators: the COPIL dashboard (issue 18) adds some 14 000 lines of formulas.
  }, 300000);
});
