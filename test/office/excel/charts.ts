import { excelError } from './limits';
import {
  type Area,
  type ChartModel,
  type ChartSeriesModel,
  columnsOf,
  formatArea,
  parseArea,
  rowsOf,
  sheetPrefix,
  type SheetModel,
} from './model';
import { type FakeRange, guardFormat } from './range';
import type { Session } from './session';

/*
 * Worksheet.charts as the reference documents it: ChartCollection.add(type, sourceData, seriesBy)
 * makes one series per column (or row) of the source; title, legend, setPosition, series
 * (getItemAt, add 1.7), series values, categories and data labels (1.7), fills of a series or of a
 * point, the value axis's number format (1.8). On a protected sheet, a chart is an object: added
 * or changed only when the protection allows editing objects (allowEditObjects).
 */

/** Excel.ChartType: the ones a summary can use (others refused as not modelled). */
const CHART_TYPES = [
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Doughnut',
  'Pie',
  'Line',
  'LineMarkers',
];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
const LEGEND = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];

function invalid(what: string): Error {
  return excelError('InvalidArgument', `The argument is invalid or missing: ${what}.`);
}

function where(range: FakeRange): { sheet: SheetModel; area: Area; ref: string } {
  const { sheet, areas } = range.locate();
  const area = areas[0] as Area;
  return { sheet, area, ref: `${sheetPrefix(sheet.name)}!${formatArea(area)}` };
}

/** One row or column of cells, as a series' values and categories are. */
function line(range: FakeRange): { ref: string; count: number } {
  const { area, ref } = where(range);
  if (rowsOf(area) > 1 && columnsOf(area) > 1) throw invalid(`series data « ${ref} »`);
  return { ref, count: rowsOf(area) * columnsOf(area) };
}

function editable(chart: ChartModel): ChartModel {
  guardFormat(chart.sheet, 'objects');
  return chart;
}

function fill(session: Session, apply: (color: string) => void) {
  return {
    setSolidColor: (color: string) =>
      session.command('ChartFill.setSolidColor', [color], () => {
        if (!/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(color)) throw invalid(`colour « ${color} »`);
        apply(color);
      }),
  };
}

function seriesObject(session: Session, chart: () => ChartModel, at: () => ChartSeriesModel) {
  const series = () => {
    editable(chart());
    return at();
  };
  return {
    set name(value: string) {
      session.command('ChartSeries.name', [value], () => {
        series().name = value;
      });
    },
    set hasDataLabels(value: boolean) {
      session.command('ChartSeries.hasDataLabels', [value], () => {
        series().hasDataLabels = value;
      });
    },
    setValues: (range: FakeRange) =>
      session.command('ChartSeries.setValues', [range], () => {
        const { ref, count } = line(range);
        Object.assign(series(), { values: ref, points: count });
      }),
    setXAxisValues: (range: FakeRange) =>
      session.command('ChartSeries.setXAxisValues', [range], () => {
        series().xValues = line(range).ref;
      }),
    format: {
      fill: fill(session, (color) => {
        series().fill = color;
      }),
    },
    points: {
      getItemAt: (index: number) => ({
        format: {
          fill: fill(session, (color) => {
            const s = series();
            if (!(index >= 0 && index < s.points)) {
              throw excelError('ItemNotFound', `The series has no point ${index}.`);
            }
            s.pointFills[index] = color;
          }),
        },
      }),
    },
  };
}

function chartObject(session: Session, at: () => ChartModel) {
  const chart = () => editable(at());
  const seriesHolder = (pick: (c: ChartModel) => ChartSeriesModel) =>
    seriesObject(session, at, () => pick(at()));
  return {
    title: {
      set text(value: string) {
        session.command('ChartTitle.text', [value], () => {
          chart().title = value;
        });
      },
    },
    legend: {
      set position(value: string) {
        session.command('ChartLegend.position', [value], () => {
          if (!LEGEND.includes(value)) throw invalid(`legend position « ${value} »`);
          chart().legend = value;
        });
      },
    },
    setPosition: (from: string, to?: string) =>
      session.command('Chart.setPosition', [from, to], () => {
        parseArea(from);
        if (to !== undefined) parseArea(to);
        const c = chart();
        c.from = from;
        if (to !== undefined) c.to = to;
      }),
    series: {
      getItemAt: (index: number) =>
        seriesHolder((c) => {
          const s = c.series[index];
          if (!s) throw excelError('ItemNotFound', `The chart has no series ${index}.`);
          return s;
        }),
      add: (name?: string) => {
        const holder: { s?: ChartSeriesModel } = {};
        session.command('ChartSeriesCollection.add', [name], () => {
          holder.s = {
            name: name ?? '',
            values: '',
            points: 0,
            xValues: '',
            hasDataLabels: false,
            pointFills: {},
          };
          chart().series.push(holder.s);
        });
        return seriesHolder(() => {
          if (!holder.s) throw excelError('ItemNotFound', 'The series was not created.');
          return holder.s;
        });
      },
    },
    axes: {
      valueAxis: {
        set numberFormat(value: string) {
          session.command('ChartAxis.numberFormat', [value], () => {
            const c = chart();
            if (c.type === 'Doughnut' || c.type === 'Pie') {
              throw excelError('InvalidOperation', `A ${c.type} chart has no value axis.`);
            }
            c.valueAxisNumberFormat = value;
          });
        },
      },
    },
  };
}

/** Worksheet.charts: add(type, sourceData, seriesBy). */
export function chartsOf(session: Session, resolve: () => SheetModel) {
  return {
    add: (type: string, source: FakeRange, seriesBy = 'Auto') => {
      const holder: { chart?: ChartModel } = {};
      session.command('ChartCollection.add', [type, source, seriesBy], () => {
        const sheet = resolve();
        guardFormat(sheet, 'objects');
        if (!CHART_TYPES.includes(type)) throw invalid(`chart type « ${type} »`);
        if (!SERIES_BY.includes(seriesBy)) throw invalid(`seriesBy « ${seriesBy} »`);
        const { sheet: from, area } = where(source);
        const byRows =
          seriesBy === 'Rows' || (seriesBy === 'Auto' && columnsOf(area) > rowsOf(area));
        const n = byRows ? rowsOf(area) : columnsOf(area);
        const series = Array.from({ length: n }, (_, k): ChartSeriesModel => {
          const part: Area = byRows
            ? { ...area, r1: area.r1 + k, r2: area.r1 + k }
            : { ...area, c1: area.c1 + k, c2: area.c1 + k };
          return {
            name: `Series${k + 1}`,
            values: `${sheetPrefix(from.name)}!${formatArea(part)}`,
            points: rowsOf(part) * columnsOf(part),
            xValues: '',
            hasDataLabels: false,
            pointFills: {},
          };
        });
        const model = session.model;
        holder.chart = {
          name: `Chart ${model.charts.length + 1}`,
          type,
          sheet,
          title: '',
          series,
        };
        model.charts.push(holder.chart);
      });
      return chartObject(session, () => {
        if (!holder.chart) throw excelError('ItemNotFound', 'The chart was not created.');
        return holder.chart;
      });
    },
  };
}
