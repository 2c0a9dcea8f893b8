import type { ChartPlan, DataBarPlan } from '../../core/plan/types';
import { hexColor } from './cells';

/*
 * The plan's native charts and data bars in Excel mode: the same charts the file writers draw
 * (src/workbook/xlsx/charts.ts), on the same cells, through Office.js (ExcelApi 1.7 series,
 * within the 1.8 Trépied requires).
 */

/** Sheet and address of an absolute reference: `'Synthèse'!$A$12:$A$14`. */
export function splitRef(ref: string): { sheet: string; address: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m) throw new Error(`Référence de graphique invalide : « ${ref} »`);
  return { sheet: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), address: m[3] as string };
}

function chartType(c: ChartPlan): `${Excel.ChartType}` {
  if (c.type === 'doughnut') return 'Doughnut';
  if (c.type === 'bar') return c.stacked ? 'BarStacked' : 'BarClustered';
  return c.stacked ? 'ColumnStacked' : 'ColumnClustered';
}

/** Add a chart of the plan over its cells of `ws`, reading the workbook's cells. */
export function addChart(wb: Excel.Workbook, ws: Excel.Worksheet, c: ChartPlan): void {
  const range = (ref: string) => {
    const { sheet, address } = splitRef(ref);
    return wb.worksheets.getItem(sheet).getRange(address);
  };
  const first = c.series[0];
  if (!first) return;
  const chart = ws.charts.add(chartType(c), range(first.values), 'Columns');
  chart.title.text = c.title;
  chart.legend.position = 'Bottom';
  chart.setPosition(c.from, c.to);
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(range(s.values));
    series.setXAxisValues(range(c.categories));
    series.hasDataLabels = true;
    if (c.type === 'doughnut') {
      s.colors.forEach((color, k) =>
        series.points.getItemAt(k).format.fill.setSolidColor(hexColor(color)),
      );
    } else if (s.colors[0]) series.format.fill.setSolidColor(hexColor(s.colors[0]));
  });
  if (c.type !== 'doughnut' && c.percent) chart.axes.valueAxis.numberFormat = '0%';
}

/** A data bar from 0 % to 100 %, flat colour, as in the file. */
export function addDataBar(ws: Excel.Worksheet, bar: DataBarPlan): void {
  const cf = ws.getRange(bar.range).conditionalFormats.add('DataBar');
  cf.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
  cf.dataBar.upperBoundRule = { type: 'Number', formula: '1' };
  cf.dataBar.positiveFormat.fillColor = hexColor(bar.color);
  cf.dataBar.positiveFormat.gradientFill = false;
}
