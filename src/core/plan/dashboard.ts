import { col, columnLetter, sheetRef, str } from '../formula/refs';
import { pick } from '../i18n/lang';
import { KEY_ROWS, KEY_TYPES, type DashboardValues } from '../indicators/dashboard';
import { percentUnits } from '../indicators/percent-unit';
import { columnDef, tableDef } from '../templates';
import type { DashboardColumn, DashboardDef, Lang, TemplateDef } from '../templates/types';
import { wrappedLines } from './page-setup';
import { percentFormats } from './percent-formats';
import { tableHeaderRow } from './table-layout';
import type { CellPlan, ConditionalFormatPlan, SheetPlan } from './types';

/*
 * The dashboard sheet (the COPIL's of seed 002): every cell a formula on the actions and
 * indicators tables, in plain INDEX / MATCH / SMALL that Excel and LibreOffice compute alike (no
 * array, no FILTER). Column N gives each indicator row a sort key (its action's position, its
 * type, its row); lines walk the actions in order and show each one's indicators by key, the
 * state in columns K–M (the line above is the previous state). Twin: indicators/dashboard.ts.
 */

/** The header row; lines start below it. */
export const DASHBOARD_HEADER_ROW = 3;
const HEADER_FILL = 'FFD9E1F2';
const HELPER_COLOR = 'FF808080';

export interface DashboardLayout {
  /** Rows of the actions and indicators tables (their data rows, spare ones included). */
  actionRows: number;
  indicatorRows: number;
}

/** Lines written: one per action row and one per indicator row covers every workbook. */
export const dashboardLines = (l: DashboardLayout) => l.actionRows + l.indicatorRows;

/** The helper columns right of the printed ones, in order: the walk's state, then the keys. */
export const HELPERS = ['action', 'read', 'indicator', 'next', 'first', 'key'] as const;
export type Helper = (typeof HELPERS)[number];

/** The letter of each helper column. */
export function helperColumns(d: DashboardDef): Record<Helper, string> {
  const out = {} as Record<Helper, string>;
  HELPERS.forEach((id, k) => (out[id] = columnLetter(d.columns.length + k)));
  return out;
}

function formulas(t: TemplateDef, d: DashboardDef, layout: DashboardLayout) {
  const actions = tableDef(t, d.actions.table);
  const indicators = tableDef(t, d.indicators.table);
  const A = (id: string) => col(actions.name, columnDef(actions, id).header);
  const I = (id: string) => col(indicators.name, columnDef(indicators, id).header);
  const h = helperColumns(d);
  const H = DASHBOARD_HEADER_ROW;
  const keys = `$${h.key}$${H + 1}:$${h.key}$${H + layout.indicatorRows}`;
  const n = `ROWS(${A(d.actions.key)})`;
  const per = KEY_TYPES * KEY_ROWS;
  /** The key cell of indicator row ROW()-H. */
  const i = `ROW()-${H}`;
  const a = `INDEX(${I(d.indicators.key)},${i})`;
  const type = `INDEX(${I(d.indicators.type)},${i})`;
  // MATCH with `=`'s meaning (docs/identifiants.md): a number is looked up as a number, a text
  // with its wildcards escaped.
  const lookup = `IF(ISNUMBER(${a}),${a},SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${a},"~","~~"),"*","~*"),"?","~?"))`;
  let typeNumber = 'NA()';
  for (let k = d.types.length - 1; k >= 0; k--)
    typeNumber = `IF(${type}=${str(d.types[k] as string)},${k + 1},${typeNumber})`;
  // LibreOffice's MATCH also finds the number 1 for the text "1": the row found must be `=`.
  const pos = `MATCH(${lookup},${A(d.actions.key)},0)`;
  const found = `INDEX(${A(d.actions.key)},${pos})=${a}`;
  const key = `IF(${i}>ROWS(${I(d.indicators.key)}),"",IFERROR(IF(TRIM(${a})="","",IF(${found},(${pos}*${KEY_TYPES}+${typeNumber})*${KEY_ROWS}+${i},"")),""))`;
  return { A, I, h, keys, n, per, key };
}

/** The formulas of one line (1-based sheet row `r`): printed columns, then its helpers. */
export function lineFormulas(
  t: TemplateDef,
  d: DashboardDef,
  layout: DashboardLayout,
  r: number,
): { printed: string[]; helpers: Record<Helper, string> } {
  const { A, I, h, keys, n, per, key } = formulas(t, d, layout);
  const P = `N(${h.action}${r - 1})`;
  const T = `N(${h.read}${r - 1})`;
  const K = `${h.action}${r}`;
  const M = `${h.indicator}${r}`;
  const Q = `${h.next}${r}`;
  const F = `${h.first}${r}`;
  const helpers: Record<Helper, string> = {
    // The next key to show, the action it belongs to (INT(key/per)) and its row (MOD).
    next: `IF(${T}<COUNT(${keys}),SMALL(${keys},${T}+1),"")`,
    action: `IF(${P}>${n},${P},IF(${Q}="",${P}+1,IF(INT(${Q}/${per})=${P},${P},${P}+1)))`,
    indicator: `IF(OR(${K}>${n},${Q}=""),"",IF(INT(${Q}/${per})=${K},MOD(${Q},${KEY_ROWS}),""))`,
    read: `${T}+IF(${M}="",0,1)`,
    // The action's row on its first line only (its number, title and résultats attendus).
    first: `IF(OR(${K}>${n},${K}=${P}),"",${K})`,
    key,
  };
  // A number or an id as it is (blank shown blank, not 0); a text column through T().
  const shown = (ref: string, at: string, format: DashboardColumn['format']) =>
    format ? `IF(INDEX(${ref},${at})="","",INDEX(${ref},${at}))` : `T(INDEX(${ref},${at}))`;
  const printed = d.columns.map((c) => {
    if (c.from === 'action') return `IF(${F}="","",${shown(A(c.column), F, c.format)})`;
    const value = shown(I(c.column), M, c.format);
    const typed =
      c.type === undefined
        ? value
        : `IF(INDEX(${I(d.indicators.type)},${M})=${str(d.types[c.type] as string)},${value},"")`;
    return `IF(${M}="","",${typed})`;
  });
  return { printed, helpers };
}

/**
 * The dashboard sheet. `values` (the twin on the data the workbook is created with) sizes the
 * printed area and the rows whose wrapped text needs more than one line.
 */
export function dashboardSheet(
  t: TemplateDef,
  d: DashboardDef,
  layout: DashboardLayout,
  lang: Lang,
  values: DashboardValues,
): SheetPlan {
  const H = DASHBOARD_HEADER_ROW;
  const h = helperColumns(d);
  const cells: CellPlan[] = [
    { ref: 'A1', value: pick(lang, d.title), bold: true, size: 14 },
    { ref: 'A2', value: pick(lang, d.note), italic: true, color: 'FF595959' },
  ];
  d.columns.forEach((c, j) =>
    cells.push({
      ref: `${columnLetter(j)}${H}`,
      value: pick(lang, c.header),
      bold: true,
      fill: HEADER_FILL,
      wrap: true,
    }),
  );
  for (const id of HELPERS)
    cells.push({
      ref: `${h[id]}${H}`,
      value: pick(lang, d.helpers[id]),
      italic: true,
      color: HELPER_COLOR,
      wrap: true,
    });
  const lines = dashboardLines(layout);
  const rowHeights: Record<number, number> = { [H]: 30 };
  for (let k = 0; k < Math.max(lines, layout.indicatorRows); k++) {
    const r = H + 1 + k;
    const f = lineFormulas(t, d, layout, r);
    if (k < lines) {
      d.columns.forEach((c, j) =>
        cells.push({
          ref: `${columnLetter(j)}${r}`,
          formula: f.printed[j] as string,
          locked: true,
          // Wrapped, so every cell of a line reads from its top (numbers too).
          wrap: true,
          ...(c.format === 'number' ? { numFmt: c.format } : {}),
        }),
      );
      for (const id of HELPERS)
        if (id !== 'key')
          cells.push({
            ref: `${h[id]}${r}`,
            formula: f.helpers[id],
            locked: true,
            color: HELPER_COLOR,
          });
      const shown = values.lines[k]?.values ?? [];
      const height = Math.max(
        1,
        ...d.columns.map((c, j) => {
          const v = shown[j];
          return typeof v === 'string' && c.format !== 'number' ? wrappedLines(v, c.width) : 1;
        }),
      );
      if (height > 1) rowHeights[r] = Math.min(409, height * 15);
    }
    if (k < layout.indicatorRows)
      cells.push({
        ref: `${h.key}${r}`,
        formula: f.helpers.key,
        locked: true,
        color: HELPER_COLOR,
      });
  }
  return {
    name: d.sheet,
    state: 'visible',
    protect: true,
    frozen: { rows: H, columns: 0 },
    widths: [...d.columns.map((c) => c.width), ...HELPERS.map(() => 11)],
    cells,
    validations: [],
    conditionalFormats: percentLines(t, d, lines),
    rowHeights,
    fills: [
      `A${H + 1}:${h.first}${H + lines}`,
      `${h.key}${H + 1}:${h.key}${H + layout.indicatorRows}`,
    ],
  };
}

/**
 * The indicator values of a line shown as percentages when its indicator's unit says so: the
 * unit read from the indicators' sheet at the line's row there (a conditional format takes no
 * structured reference), its column whole so that rows added to the table count.
 */
function percentLines(t: TemplateDef, d: DashboardDef, lines: number): ConditionalFormatPlan[] {
  const indicators = tableDef(t, d.indicators.table);
  const h = helperColumns(d);
  const H = DASHBOARD_HEADER_ROW;
  const r1 = H + 1;
  const out: ConditionalFormatPlan[] = [];
  for (const unit of percentUnits(t, indicators.name)) {
    const u = columnLetter(indicators.columns.findIndex((c) => c.id === unit.column));
    const shown = d.columns.flatMap((c, j) =>
      c.from === 'indicator' && unit.columns.includes(c.column) ? [j] : [],
    );
    const row = `$${h.indicator}${r1}`;
    const test = `AND(ISNUMBER(${row}),INDEX(${sheetRef(indicators.sheet)}!$${u}:$${u},${row}+${tableHeaderRow(indicators)})=${str(unit.equals)})`;
    out.push(...percentFormats(shown, r1, H + lines, test, out.length + 1));
  }
  return out;
}

/** The last line in use (an action or an indicator shown), at least the first. */
export function usedLines(values: DashboardValues): number {
  let last = 1;
  values.lines.forEach((l, k) => {
    if (l.values.some((v) => v !== '' && v !== null)) last = k + 1;
  });
  return last;
}
