import { COMMAND_OVERHEAD } from './excel/session';
import { StrictExcel } from './excel';

/**
 * The strict fake's borders, row heights, page layout, charts and data bars refuse what Excel
 * refuses: a member newer than the host's ExcelApi (ApiNotFound), a change the sheet's
 * protection does not allow, a value outside the documented enumerations.
 */

type Act = (ws: Excel.Worksheet, wb: Excel.Workbook) => void;

function run(act: Act): Promise<void> {
  return Excel.run(async (context) => {
    act(context.workbook.worksheets.getItem('Synthèse'), context.workbook);
    await context.sync();
  });
}

function excelWith(version: number, protection?: Record<string, unknown>): StrictExcel {
  const excel = new StrictExcel({ version }).install();
  excel.addSheet('Synthèse');
  excel.put('Synthèse', 'A1', [['Ville'], ['Lyon'], ['Nice']]);
  excel.put('Synthèse', 'B1', [['Taux'], [0.5], [0.75]]);
  if (protection) excel.protect('Synthèse', protection);
  return excel;
}

const chart: Act = (ws) => {
  const c = ws.charts.add('ColumnClustered', ws.getRange('B2:B3'), 'Columns');
  c.title.text = 'Taux';
};
const border: Act = (ws) => {
  ws.getRange('A1:B3').format.borders.getItem('EdgeTop').style = 'Continuous';
};
const height: Act = (ws) => {
  ws.getRange('1:1').format.rowHeight = 45;
};
const dataBar: Act = (ws) => {
  const cf = ws.getRange('B2:B3').conditionalFormats.add('DataBar');
  cf.dataBar.positiveFormat.fillColor = '#5B9BD5';
};

describe('the strict fake: print and chart members', () => {
  it('Worksheet.pageLayout and page breaks are ExcelApi 1.9: ApiNotFound at 1.8', async () => {
    excelWith(8);
    await expect(run((ws) => (ws.pageLayout.orientation = 'Landscape'))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
    await expect(run((ws) => ws.horizontalPageBreaks.add('A20'))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
    const excel = excelWith(9);
    await run((ws) => {
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.setPrintTitleRows('$1:$1');
      ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = '&A';
      ws.horizontalPageBreaks.add('A20');
      ws.verticalPageBreaks.add('E1');
      ws.pageLayout.zoom = { scale: 80 };
    });
    expect(excel.sheet('Synthèse').pageLayout).toMatchObject({
      orientation: 'Landscape',
      titleRows: '$1:$1',
      headersFooters: { centerHeader: '&A' },
      breaks: [20],
      columnBreaks: [5],
      zoom: { scale: 80 },
    });
    await expect(run((ws) => ws.verticalPageBreaks.add('A1'))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(
      run((ws) => (ws.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('ChartAxis.numberFormat is ExcelApi 1.8, ChartSeries.setValues 1.7', async () => {
    excelWith(7);
    await expect(
      run((ws) => {
        ws.charts.add(
          'ColumnClustered',
          ws.getRange('B2:B3'),
          'Columns',
        ).axes.valueAxis.numberFormat = '0%';
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    excelWith(6);
    await expect(
      run((ws) =>
        ws.charts
          .add('ColumnClustered', ws.getRange('B2:B3'), 'Columns')
          .series.getItemAt(0)
          .setValues(ws.getRange('B2:B3')),
      ),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('on a protected sheet: charts need allowEditObjects, borders allowFormatCells, heights allowFormatRows', async () => {
    for (const act of [chart, border, height]) {
      excelWith(8, {});
      await expect(run(act)).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    const excel = excelWith(8, {
      allowEditObjects: true,
      allowFormatCells: true,
      allowFormatRows: true,
    });
    for (const act of [chart, border, height]) await run(act);
    expect(excel.model.charts.map((c) => [c.sheet.name, c.title])).toEqual([['Synthèse', 'Taux']]);
    expect(excel.border('Synthèse', 'B1', 'EdgeTop')).toEqual({ style: 'Continuous' });
    expect(excel.sheet('Synthèse').rowHeight.get(1)).toBe(45);
  });

  it('a data bar on a protected sheet is refused, whatever the options', async () => {
    const excel = excelWith(8, { allowFormatCells: true, allowEditObjects: true });
    await expect(run(dataBar)).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(excel.sheet('Synthèse').conditionalFormats).toEqual([]);
  });

  it('values outside the documented enumerations, and a data bar is no custom format', async () => {
    excelWith(9);
    const refused = [
      (ws: Excel.Worksheet) => {
        ws.getRange('A1').format.borders.getItem('EdgeTop').weight = 'Bold' as 'Thin';
      },
      (ws: Excel.Worksheet) => {
        ws.getRange('A1').format.borders.getItem('Middle' as 'EdgeTop').style = 'Continuous';
      },
      (ws: Excel.Worksheet) => {
        ws.getRange('1:1').format.rowHeight = 500;
      },
      (ws: Excel.Worksheet) => {
        ws.pageLayout.zoom = { scale: 5 };
      },
      (ws: Excel.Worksheet) => ws.pageLayout.setPrintTitleRows('A1:B2'),
      (ws: Excel.Worksheet) => {
        ws.charts.add('Radar3D' as 'Pie', ws.getRange('B2:B3'), 'Columns');
      },
    ];
    for (const act of refused) {
      await expect(run(act)).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    await expect(
      run((ws) =>
        ws.charts
          .add('Doughnut', ws.getRange('B2:B3'), 'Columns')
          .series.getItemAt(0)
          .points.getItemAt(2)
          .format.fill.setSolidColor('#FF0000'),
      ),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      run((ws) => {
        ws.charts.add('Pie', ws.getRange('B2:B3'), 'Columns').series.getItemAt(1).name = 'x';
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      run((ws) => {
        ws.getRange('B2:B3').conditionalFormats.add('DataBar').custom.rule.formula = '=B2>0';
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('each border, layout and chart call counts in the request like any command', async () => {
    const excel = excelWith(9);
    await run((ws) => {
      const top = ws.getRange('A1:B3').format.borders.getItem('EdgeTop');
      top.style = 'Continuous';
      top.color = '#BFBFBF';
      ws.pageLayout.setPrintArea('A1:B3');
      ws.charts.add('BarClustered', ws.getRange('B2:B3'), 'Columns').title.text = 'Taux';
    });
    const last = excel.syncs[excel.syncs.length - 1]!;
    expect(last.commands).toBe(5);
    expect(last.request).toBeGreaterThan(5 * COMMAND_OVERHEAD + 'ContinuousBFBFBFA1:B3Taux'.length);
  });
});
