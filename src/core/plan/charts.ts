import { absRange, columnLetter, sheetRef } from '../formula/refs';
import { pick } from '../i18n/lang';
import { CHARTS, type ChartDef } from '../templates/charts';
import type { Lang, TemplateDef } from '../templates/types';
import { usedRows } from './page-setup';
import type { ChartPlan, ChartSeriesPlan, DataBarPlan, SheetPlan } from './types';

/*
 * Where each chart of a template (templates/charts.ts) reads its cells, and where it sits: on the
 * summary sheet, right of the figures, one under the other.
 */

/** First column of the charts (E: a blank column after the summary's three). */
const CHART_COLUMN = 4;
/** Each chart spans this many default-width columns and rows; one blank row between two. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 13;
const FIRST_ROW = 5;

/** Data bars on the attainment rates (« Taux d'atteinte … » columns), as a COPIL reads them. */
const DATA_BAR_HEADER = /^Taux d'atteinte/;
const DATA_BAR_COLOR = 'FF5B9BD5';

type ChartData = Pick<ChartPlan, 'categories' | 'series'>;

function summaryChart(
  def: ChartDef & { from: 'summaries' },
  summary: SheetPlan,
  lang: Lang,
): ChartData {
  const rows = def.names.map((name) => {
    const cell = summary.cells.find((c) => c.ref.startsWith('C') && c.value === name);
    if (!cell) throw new Error(`Graphique ${def.id} : nom de synthèse ${name} introuvable`);
    return Number(cell.ref.slice(1));
  });
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  if (last - first + 1 !== rows.length)
    throw new Error(`Graphique ${def.id} : les cellules de synthèse doivent se suivre`);
  const series: ChartSeriesPlan = {
    name: pick(lang, def.title),
    values: absRange(summary.name, 1, first, 1, last),
    colors: def.colors,
  };
  return { categories: absRange(summary.name, 0, first, 0, last), series: [series] };
}

function tableChart(
  def: ChartDef & { from: 'table' },
  t: TemplateDef,
  sheets: SheetPlan[],
): ChartData {
  const tableDef = t.tables.find((d) => d.name === def.table);
  const sp = sheets.find((s) => s.table?.name === def.table);
  if (!tableDef || !sp?.table) throw new Error(`Graphique ${def.id} : table ${def.table} absente`);
  const table = sp.table;
  const header = Number(/\d+$/.exec(table.origin)?.[0] ?? 1);
  const last = header + usedRows(table);
  const at = (id: string) => {
    const j = tableDef.columns.findIndex((c) => c.id === id);
    if (j < 0) throw new Error(`Graphique ${def.id} : colonne ${id} absente de ${def.table}`);
    return j;
  };
  const category = at(def.category);
  return {
    categories: absRange(sp.name, category, header + 1, category, last),
    series: def.series.map((id, k) => {
      const j = at(id);
      return {
        name: table.columns[j]!.header,
        nameRef: `${sheetRef(sp.name)}!$${columnLetter(j)}$${header}`,
        values: absRange(sp.name, j, header + 1, j, last),
        colors: [def.colors[k % def.colors.length]!],
      };
    }),
  };
}

/** The charts of a template's summary sheet, placed right of its figures. */
export function chartsOf(t: TemplateDef, sheets: SheetPlan[], lang: Lang): ChartPlan[] {
  const summary = sheets.find((s) => s.name === t.summarySheet);
  if (!summary) return [];
  // An older version of the template (an old workbook rebuilt in tests) lacks some figures: the
  // charts reading them are left out, as that version had them not.
  const defined = new Set(t.summaries.map((x) => x.name));
  const defs = [t.id, ...(t.modules ?? [])].flatMap((id) => CHARTS[id]);
  const charts = defs.filter(
    (def) => def.from !== 'summaries' || def.names.every((n) => defined.has(n)),
  );
  return charts.map((def, i) => {
    const top = FIRST_ROW + i * (CHART_ROWS + 1);
    const data =
      def.from === 'summaries' ? summaryChart(def, summary, lang) : tableChart(def, t, sheets);
    return {
      type: def.type,
      title: pick(lang, def.title),
      stacked: def.stacked ?? false,
      percent: def.percent ?? false,
      ...data,
      from: `${columnLetter(CHART_COLUMN)}${top}`,
      to: `${columnLetter(CHART_COLUMN + CHART_COLUMNS - 1)}${top + CHART_ROWS - 1}`,
    };
  });
}

/** Data bars on a table sheet's attainment rates. */
export function dataBarsOf(sp: SheetPlan): DataBarPlan[] {
  const t = sp.table;
  if (!t) return [];
  const header = Number(/\d+$/.exec(t.origin)?.[0] ?? 1);
  return t.columns.flatMap((c, j) =>
    c.numFmt === 'percent' && DATA_BAR_HEADER.test(c.header)
      ? [
          {
            range: `${columnLetter(j)}${header + 1}:${columnLetter(j)}${header + t.rows.length}`,
            color: DATA_BAR_COLOR,
          },
        ]
      : [],
  );
}
