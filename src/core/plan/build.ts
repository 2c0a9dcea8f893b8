import { absRange, columnLetter, sheetRef } from '../formula/refs';
import { monthLabel, pick } from '../i18n/lang';
import { computedFormula } from '../indicators/computed-columns';
import { summaryFormula } from '../indicators/summary';
import type { ColumnDef, ColumnKind, Lang, TableDef, TemplateDef, Text } from '../templates/types';
import type { CellValue, Row } from '../values/cell';
import { applyConfig, programmeName, resolvePeriod, type Period } from './config';
import type { ExtraColumn, PlanOptions } from './options';
import { chartsOf, dataBarsOf } from './charts';
import { oneLineWidth, pageSetupOf, rowHeightsOf } from './page-setup';
import { compute } from '../indicators/compute';
import { dashboardValues } from '../indicators/dashboard';
import { percentUnits } from '../indicators/percent-unit';
import { percentFormats, unitTest } from './percent-formats';
import { tableHeaderRow } from './table-layout';
import {
  DASHBOARD_HEADER_ROW,
  dashboardLines,
  dashboardSheet,
  usedLines,
  type DashboardLayout,
} from './dashboard';
import type {
  CellPlan,
  ConditionalFormatPlan,
  NamePlan,
  NumberFormat,
  LinkPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
} from './types';
import type { WorkbookPlan } from './types';

export const PRODUCT_VERSION = '0.1.0';
export const META_SHEET = '_meta';
export const COMPUTED_FILL = 'FFE7E6E6';
const LIST_SPARE = 30;
const TONES = {
  red: { fill: 'FFF8CBAD', color: 'FF9C0006' },
  amber: { fill: 'FFFFE699', color: 'FF7F6000' },
};
const GANTT_FILL = 'FF9BC2E6';

const KIND_FORMAT: Record<ColumnKind, NumberFormat | undefined> = {
  text: undefined,
  longtext: undefined,
  id: undefined,
  integer: 'integer',
  number: 'number',
  money: 'money',
  percent: 'percent',
  date: 'date',
  choice: undefined,
  reference: undefined,
};

const MSG = {
  listTitle: { fr: 'Valeur hors liste', en: 'Value not in the list' },
  listText: {
    fr: 'Choisissez une valeur de la liste déroulante (feuille Listes, que vous pouvez compléter).',
    en: 'Pick a value from the dropdown (sheet Listes, which you can extend).',
  },
  refText: {
    fr: 'Choisissez un identifiant déjà saisi dans sa table de référence.',
    en: 'Pick an identifier already entered in its reference table.',
  },
  wholeTitle: { fr: 'Nombre entier attendu', en: 'Whole number expected' },
  wholeText: {
    fr: 'Saisissez un nombre entier positif ou nul.',
    en: 'Enter a whole number, zero or more.',
  },
  moneyTitle: { fr: 'Montant attendu', en: 'Amount expected' },
  moneyText: {
    fr: 'Saisissez un montant en euros, positif ou nul.',
    en: 'Enter an amount in euros, zero or more.',
  },
  percentTitle: { fr: 'Pourcentage attendu', en: 'Percentage expected' },
  percentText: {
    fr: 'Saisissez un pourcentage entre 0 % et 100 % (par exemple 85 %, et non 85).',
    en: 'Enter a percentage between 0 % and 100 % (e.g. 85 %, not 85).',
  },
  dateTitle: { fr: 'Date attendue', en: 'Date expected' },
  dateText: { fr: 'Saisissez une date (jj/mm/aaaa).', en: 'Enter a date (dd/mm/yyyy).' },
  computedNote: {
    fr: 'Colonnes grises : calculées automatiquement, protégées (Révision > Ôter la protection, sans mot de passe, pour ajouter des lignes).',
    en: 'Grey columns are computed and protected (Review > Unprotect Sheet, no password, to add rows).',
  },
  synthTitle: { fr: 'Synthèse', en: 'Summary' },
  synthNote: {
    fr: 'Chiffres calculés par des formules : ils se mettent à jour quand vous saisissez.',
    en: 'Figures computed by formulas: they update as you type.',
  },
  ganttNote: {
    fr: 'Tableau de bord de suivi : les mois se colorent selon les dates de chaque tâche.',
    en: 'Tracking dashboard: months are shaded from each task’s dates.',
  },
  name: { fr: 'Nom', en: 'Name' },
} satisfies Record<string, Text>;

interface TableLayout {
  def: TableDef;
  /** 1-based header row. */
  headerRow: number;
  rows: number;
  columns: ColumnDef[];
  monthDates: Date[];
}

function tableRange(layout: TableLayout, colIndex: number): string {
  const c = columnLetter(colIndex);
  return `${c}${layout.headerRow + 1}:${c}${layout.headerRow + layout.rows}`;
}

/**
 * A text within Excel's limit (a prompt title ≤ 32, its text ≤ 255 characters): cut at the last
 * word that fits, with « … », never inside a word (« Participation des habitants : ni »).
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s:;,.—-]+$/, '')}…`;
}

/** The table's rows: data merged into the prefill by key; `at[i]` is the row of `data[i]`. */
function mergeRows(def: TableDef, data: Row[] | undefined): { rows: Row[]; at: number[] } {
  const prefill = (def.prefill ?? []).map((r) => ({ ...r }));
  if (!data || data.length === 0) return { rows: prefill, at: [] };
  if (prefill.length === 0 || !def.key)
    return { rows: data.map((r) => ({ ...r })), at: data.map((_, i) => i) };
  const key = def.key;
  const out = prefill;
  const at: number[] = [];
  for (const r of data) {
    const i = out.findIndex((p) => p[key] !== null && p[key] === r[key]);
    if (i >= 0) Object.assign(out[i] as Row, r);
    else out.push({ ...r });
    at.push(i >= 0 ? i : out.length - 1);
  }
  return { rows: out, at };
}

function extraColumn(x: ExtraColumn): ColumnDef {
  return { id: x.id, header: x.header, kind: 'text', width: x.width ?? 24 };
}

function linkPlans(
  layout: TableLayout,
  at: number[],
  links: Record<number, Record<string, string>> | undefined,
): LinkPlan[] {
  const out: LinkPlan[] = [];
  for (const [i, byColumn] of Object.entries(links ?? {})) {
    const row = at[Number(i)];
    if (row === undefined) continue;
    for (const [id, target] of Object.entries(byColumn)) {
      const column = layout.columns.findIndex((c) => c.id === id && !c.computed);
      if (column >= 0) out.push({ row, column, target });
    }
  }
  return out.sort((a, b) => a.row - b.row || a.column - b.column);
}

function monthsOf(period: Period): Date[] {
  const months: Date[] = [];
  const d = new Date(Date.UTC(period.start.getUTCFullYear(), period.start.getUTCMonth(), 1));
  while (d <= period.end && months.length < 36) {
    months.push(new Date(d));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return months;
}

function validationFor(
  col: ColumnDef,
  range: string,
  lang: Lang,
  isRef: boolean,
): ValidationPlan | undefined {
  const m = (x: Text) => pick(lang, x);
  if (col.computed) return undefined;
  if (col.list) {
    return {
      range,
      type: 'list',
      formulae: [`=${col.list}`],
      style: isRef || col.kind === 'reference' ? 'warning' : 'stop',
      // The column's definition shown where the user types (Excel: title ≤ 32, text ≤ 255).
      ...(col.help
        ? { prompt: { title: fitText(col.header, 32), text: fitText(m(col.help), 255) } }
        : {}),
      error: { title: m(MSG.listTitle), text: m(isRef ? MSG.refText : MSG.listText) },
    };
  }
  switch (col.kind) {
    case 'integer':
      return {
        range,
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        style: 'stop',
        // What to count, where the user types it (the phases of seed 003…).
        ...(col.help
          ? { prompt: { title: fitText(col.header, 32), text: fitText(m(col.help), 255) } }
          : {}),
        error: { title: m(MSG.wholeTitle), text: m(MSG.wholeText) },
      };
    case 'money':
      return {
        range,
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        style: 'stop',
        error: { title: m(MSG.moneyTitle), text: m(MSG.moneyText) },
      };
    case 'percent':
      return {
        range,
        type: 'decimal',
        operator: 'between',
        formulae: [0, 1],
        style: 'warning',
        prompt: { title: m(MSG.percentTitle), text: m(MSG.percentText) },
        error: { title: m(MSG.percentTitle), text: m(MSG.percentText) },
      };
    case 'date':
      return {
        range,
        type: 'date',
        operator: 'between',
        formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        style: 'stop',
        error: { title: m(MSG.dateTitle), text: m(MSG.dateText) },
      };
    default:
      return undefined;
  }
}

function tableSheet(
  t: TemplateDef,
  layout: TableLayout,
  rows: Row[],
  lang: Lang,
  links: LinkPlan[],
): SheetPlan {
  const { def, headerRow, columns } = layout;
  const refLists = new Set(t.lists.filter((l) => 'from' in l).map((l) => l.name));
  const table: TablePlan = {
    name: def.name,
    origin: `A${headerRow}`,
    style: 'TableStyleMedium2',
    columns: [
      ...columns.map((c) => {
        const numFmt = KIND_FORMAT[c.kind];
        return {
          header: c.header,
          locked: !!c.computed,
          ...(numFmt ? { numFmt } : {}),
          ...(c.kind === 'longtext' || c.kind === 'text' ? { wrap: true } : {}),
          ...(c.computed
            ? {
                formula: computedFormula(c.computed, { template: t, table: def }),
                fill: COMPUTED_FILL,
              }
            : {}),
        };
      }),
      ...layout.monthDates.map((d) => ({
        header: monthLabel(d.getUTCFullYear(), d.getUTCMonth(), lang),
        locked: true,
      })),
    ],
    rows: Array.from({ length: layout.rows }, (_, i) => {
      const r = rows[i];
      return [
        ...columns.map((c) => (c.computed || !r ? null : (r[c.id] ?? null))),
        ...layout.monthDates.map(() => null),
      ];
    }),
    ...(links.length > 0 ? { links } : {}),
  };
  const validations: ValidationPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const cells: CellPlan[] = [];
  columns.forEach((c, i) => {
    const v = validationFor(
      c,
      tableRange(layout, i),
      lang,
      c.list !== undefined && refLists.has(c.list),
    );
    if (v) validations.push(v);
    if (c.highlight) {
      const tone = TONES[c.highlight.tone];
      const first = `${columnLetter(i)}${headerRow + 1}`;
      conditionalFormats.push({
        range: tableRange(layout, i),
        formula: `${first}="${c.highlight.equals}"`,
        fill: tone.fill,
        color: tone.color,
        priority: conditionalFormats.length + 1,
      });
      if (c.id === 'triangulation') {
        const missing = columns.findIndex((x) => x.id === 'missingProofs');
        if (missing >= 0) {
          conditionalFormats.push({
            range: tableRange(layout, missing),
            formula: `$${first}="NON"`,
            fill: tone.fill,
            color: tone.color,
            priority: conditionalFormats.length + 1,
          });
        }
      }
    }
  });
  // Values whose row's unit is Pourcentage shown as percentages, typed rows and later ones alike.
  for (const unit of percentUnits(t, def.name)) {
    const u = columns.findIndex((c) => c.id === unit.column);
    const shown = unit.columns.map((id) => columns.findIndex((c) => c.id === id));
    if (u < 0 || shown.some((j) => j < 0)) continue;
    const r1 = headerRow + 1;
    conditionalFormats.push(
      ...percentFormats(
        shown,
        r1,
        headerRow + layout.rows,
        unitTest(unit, u, r1),
        conditionalFormats.length + 1,
      ),
    );
  }
  // Row-level date cells of key/value tables (Programme: période, convention).
  rows.forEach((r, i) => {
    columns.forEach((c, j) => {
      const v = r[c.id];
      if (v instanceof Date)
        cells.push({ ref: `${columnLetter(j)}${headerRow + 1 + i}`, numFmt: 'date' });
    });
  });
  const widths = [...columns.map((c) => c.width ?? 14), ...layout.monthDates.map(() => 8)];
  if (layout.monthDates.length > 0) {
    const s = layout.def.months!;
    const startCol = columnLetter(columns.findIndex((c) => c.id === s.start));
    const endCol = columnLetter(columns.findIndex((c) => c.id === s.end));
    const first = columns.length;
    const r1 = headerRow + 1;
    cells.push({ ref: 'A1', value: pick(lang, MSG.ganttNote), italic: true, color: 'FF595959' });
    layout.monthDates.forEach((d, k) => {
      cells.push({
        ref: `${columnLetter(first + k)}${headerRow - 1}`,
        value: d,
        // The header below shows the month; this row only feeds the shading's formula.
        numFmt: 'hidden',
      });
    });
    const m0 = columnLetter(first);
    conditionalFormats.push({
      range: `${m0}${r1}:${columnLetter(first + layout.monthDates.length - 1)}${headerRow + layout.rows}`,
      formula: `AND(ISNUMBER($${startCol}${r1}),ISNUMBER($${endCol}${r1}),${m0}$${headerRow - 1}<=$${endCol}${r1},DATE(YEAR(${m0}$${headerRow - 1}),MONTH(${m0}$${headerRow - 1})+1,0)>=$${startCol}${r1})`,
      fill: GANTT_FILL,
      priority: conditionalFormats.length + 1,
    });
  }
  const hasComputed = columns.some((c) => c.computed) || layout.monthDates.length > 0;
  return {
    name: def.sheet,
    state: 'visible',
    protect: hasComputed,
    frozen: { rows: headerRow, columns: def.key ? 1 : 0 },
    widths,
    cells,
    table,
    validations,
    conditionalFormats,
  };
}

function listsSheet(
  t: TemplateDef,
  values: Record<string, string[]>,
  names: NamePlan[],
): SheetPlan {
  const cells: CellPlan[] = [];
  const widths: number[] = [];
  let col = 0;
  for (const list of t.lists) {
    if ('from' in list) continue;
    const vals = values[list.name] ?? list.values;
    const letter = columnLetter(col);
    cells.push({ ref: `${letter}1`, value: list.title, bold: true, fill: 'FFD9E1F2' });
    vals.forEach((v, i) => cells.push({ ref: `${letter}${i + 2}`, value: v }));
    const size = Math.max(1, vals.length + (list.extensible ? LIST_SPARE : 0));
    names.push({ name: list.name, ref: absRange(t.listSheet, col, 2, col, size + 1) });
    widths.push(
      Math.min(40, Math.max(12, ...vals.map((v) => v.length + 2), list.title.length + 2)),
    );
    col++;
  }
  return {
    name: t.listSheet,
    state: 'visible',
    protect: false,
    frozen: { rows: 1, columns: 0 },
    widths,
    cells,
    validations: [],
    conditionalFormats: [],
  };
}

function summarySheet(t: TemplateDef, lang: Lang, names: NamePlan[]): SheetPlan {
  const cells: CellPlan[] = [
    {
      ref: 'A1',
      value: `${pick(lang, MSG.synthTitle)} — ${pick(lang, t.title)}`,
      bold: true,
      size: 14,
    },
    { ref: 'A2', value: pick(lang, MSG.synthNote), italic: true, color: 'FF595959' },
    { ref: 'A3', value: pick(lang, MSG.computedNote), italic: true, color: 'FF595959' },
  ];
  let row = 4;
  let section = '';
  for (const s of t.summaries) {
    const heading = pick(lang, s.section);
    if (heading !== section) {
      row++;
      cells.push({ ref: `A${row}`, value: heading, bold: true, fill: 'FFD9E1F2' });
      cells.push({ ref: `B${row}`, value: null, fill: 'FFD9E1F2' });
      cells.push({
        ref: `C${row}`,
        value: pick(lang, MSG.name),
        fill: 'FFD9E1F2',
        italic: true,
        color: 'FF595959',
      });
      section = heading;
      row++;
    }
    cells.push({ ref: `A${row}`, value: pick(lang, s.label) });
    cells.push({
      ref: `B${row}`,
      formula: summaryFormula(s.expr, t),
      numFmt: s.format,
      bold: true,
      fill: COMPUTED_FILL,
      locked: true,
    });
    cells.push({ ref: `C${row}`, value: s.name, color: 'FF808080', italic: true });
    names.push({ name: s.name, ref: `${sheetRef(t.summarySheet)}!$B$${row}` });
    row++;
  }
  return {
    name: t.summarySheet,
    state: 'visible',
    protect: true,
    frozen: { rows: 0, columns: 0 },
    // Each label on one line beside its figure (a cut label prints without its end).
    widths: [Math.max(58, ...t.summaries.map((s) => oneLineWidth(pick(lang, s.label)))), 16, 34],
    // The defined names (C) help who writes formulas, on screen; on paper they mean nothing.
    screenOnly: [2],
    cells,
    validations: [],
    conditionalFormats: [],
  };
}

function metaSheet(t: TemplateDef, lang: Lang, created: string, productVersion: string): SheetPlan {
  const entries: [string, CellValue][] = [
    ['template', t.id],
    ['version', t.version],
    ['productVersion', productVersion],
    ['created', created],
    ['lang', lang],
    ...(t.modules?.length ? [['modules', t.modules.join(', ')] as [string, CellValue]] : []),
  ];
  return {
    name: META_SHEET,
    state: 'veryHidden',
    protect: false,
    frozen: { rows: 0, columns: 0 },
    widths: [18, 24],
    cells: entries.flatMap(([k, v], i) => [
      { ref: `A${i + 1}`, value: k },
      { ref: `B${i + 1}`, value: v },
    ]),
    validations: [],
    conditionalFormats: [],
  };
}

/**
 * Describe the workbook of a template: sheets, tables, lists, validations, formulas, formats.
 * @example buildPlan(ca, { lang: 'fr', now: new Date('2026-01-15') }).sheets.map((s) => s.name)
 */
export function buildPlan(t: TemplateDef, options: PlanOptions = {}): WorkbookPlan {
  const lang = options.lang ?? 'fr';
  const now = options.now ?? new Date();
  const created = now.toISOString().slice(0, 10);
  const productVersion = options.productVersion ?? PRODUCT_VERSION;
  const period = resolvePeriod(options.config, now);
  const configured = applyConfig(t, options.config, options.data, period);
  const data = configured.data;
  const lists = { ...configured.lists, ...(options.lists ?? {}) };
  const names: NamePlan[] = [];

  const layouts = new Map<string, TableLayout>();
  const rowsByTable = new Map<string, Row[]>();
  const linksByTable = new Map<string, LinkPlan[]>();
  for (const def of t.tables) {
    const { rows, at } = mergeRows(def, data[def.name]);
    const monthDates = def.months ? monthsOf(period) : [];
    const headerRow = tableHeaderRow(def);
    const layout: TableLayout = {
      def,
      headerRow,
      rows: Math.max(1, rows.length + def.spareRows),
      columns: [...def.columns, ...(options.extras?.[def.name] ?? []).map(extraColumn)],
      monthDates,
    };
    layouts.set(def.name, layout);
    rowsByTable.set(def.name, rows);
    linksByTable.set(def.name, linkPlans(layout, at, options.links?.[def.name]));
  }

  const sheets: SheetPlan[] = [];
  /** The last row of a dashboard's lines in use, by sheet. */
  const dashboardUsed = new Map<string, number>();
  for (const sheetName of t.sheets) {
    const def = t.tables.find((x) => x.sheet === sheetName);
    if (def) {
      sheets.push(
        tableSheet(
          t,
          layouts.get(def.name)!,
          rowsByTable.get(def.name)!,
          lang,
          linksByTable.get(def.name)!,
        ),
      );
    } else if (sheetName === t.listSheet) {
      sheets.push(listsSheet(t, lists, names));
    } else if (sheetName === t.summarySheet) {
      sheets.push(summarySheet(t, lang, names));
    } else if (t.dashboard && sheetName === t.dashboard.sheet) {
      const d = t.dashboard;
      const layout: DashboardLayout = {
        actionRows: layouts.get(d.actions.table)!.rows,
        indicatorRows: layouts.get(d.indicators.table)!.rows,
      };
      // The twin on the data written: it sizes the printed area and the wrapped rows.
      const indicators = compute(t, {
        [d.indicators.table]: rowsByTable.get(d.indicators.table)!,
      }).tables[d.indicators.table]!;
      const values = dashboardValues(d, {
        actions: rowsByTable.get(d.actions.table)!,
        indicators,
        keyRows: layout.indicatorRows,
        lines: dashboardLines(layout),
      });
      const sheet = dashboardSheet(t, d, layout, lang, values);
      dashboardUsed.set(sheet.name, DASHBOARD_HEADER_ROW + usedLines(values));
      sheets.push(sheet);
    }
  }
  for (const list of t.lists) {
    if (!('from' in list)) continue;
    const layout = layouts.get(list.from.table)!;
    const idx = layout.columns.findIndex((c) => c.id === list.from.column);
    names.push({
      name: list.name,
      ref: absRange(
        layout.def.sheet,
        idx,
        layout.headerRow + 1,
        idx,
        layout.headerRow + layout.rows,
      ),
    });
  }
  const title = programmeName(t, data) ?? pick(lang, t.title);
  const charts = chartsOf(t, sheets, lang);
  const summary = sheets.find((s) => s.name === t.summarySheet);
  if (summary && charts.length > 0) summary.charts = charts;
  for (const sp of sheets) {
    const bars = dataBarsOf(sp);
    if (bars.length > 0) sp.dataBars = bars;
    const heights = rowHeightsOf(sp);
    if (Object.keys(heights).length > 0) sp.rowHeights = heights;
    sp.pageSetup = pageSetupOf(sp, {
      lang,
      title,
      onePage: sp.name === t.listSheet || sp.name === t.summarySheet,
    });
    const used = dashboardUsed.get(sp.name);
    if (used !== undefined && t.dashboard) {
      // The printed columns and the lines in use; the helper columns stay off the page.
      const last = columnLetter(t.dashboard.columns.length - 1);
      sp.pageSetup.area = `A1:${last}${used}`;
      sp.pageSetup.titleRows = `${DASHBOARD_HEADER_ROW}:${DASHBOARD_HEADER_ROW}`;
    }
  }
  sheets.push(metaSheet(t, lang, created, productVersion));
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { template: t.id, version: t.version, lang, productVersion, created, sheets, names };
}

export { MSG as PLAN_MESSAGES };
