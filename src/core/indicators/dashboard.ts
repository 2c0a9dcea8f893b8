import { errorValue } from '../read/parse-cell';
import type { DashboardColumn, DashboardDef } from '../templates/types';
import {
  criterionMatches,
  isBlank,
  matchKey,
  numericValue,
  type MatchKey,
  typeTwin,
  type CellValue,
  type Row,
} from '../values/cell';

/**
 * The TypeScript twin of the dashboard's formulas (plan/dashboard.ts), step for step: a sort key
 * per indicator row, then a walk down the lines that takes the actions in their order and, for
 * each, its indicators by sort key. Tables are given by position (1-based row in the table,
 * blank rows undefined), as INDEX and MATCH see them.
 */

/** Sort key = (action position × KEY_TYPES + type number) × KEY_ROWS + indicator row. */
export const KEY_ROWS = 1_000_000;
export const KEY_TYPES = 4;

export interface DashboardInput {
  /** Every row of the actions table (spare rows undefined), computed columns filled. */
  actions: (Row | undefined)[];
  /** Every row of the indicators table (spare rows undefined), computed columns filled. */
  indicators: (Row | undefined)[];
  /** Indicator rows given a sort key (the key cells written), and dashboard lines written. */
  keyRows: number;
  lines: number;
}

export interface DashboardLine {
  /** The printed columns, in DashboardDef.columns' order. */
  values: CellValue[];
  /** The walk's state: the action's position (past the table: its size + 1)… */
  action: number;
  /** …the indicators shown so far… */
  read: number;
  /** …the indicator row this line shows ('' for none)… */
  indicator: number | '';
  /** …the next key to show ('' when all are shown)… */
  next: number | '';
  /** …and the action's row on its first line ('' on the others). */
  first: number | '';
}

export interface DashboardValues {
  keys: (number | string)[];
  lines: DashboardLine[];
}

/**
 * `INDEX(col;i)` shown through `IF(x="";"";x)` (numbers and ids: blank and "" show "") or `T(x)`
 * (texts: anything but a text shows ""); errors propagate either way.
 */
function shown(v: CellValue | undefined, format: DashboardColumn['format']): CellValue {
  if (v === null || v === undefined) return '';
  if (format || typeof v === 'string') return v;
  return '';
}

/**
 * Where MATCH(id;ids;0) then INDEX(ids;pos)=id find an id, built once: the first position of each
 * `=` key, and of each number (LibreOffice's MATCH finds the number 1 for the text "1"; the check
 * then fails, and the row has no key).
 */
class Positions {
  private readonly first = new Map<MatchKey, number>();
  private readonly numbers = new Map<number, number>();

  constructor(ids: readonly CellValue[]) {
    ids.forEach((v, j) => {
      if (errorValue(v) !== undefined) return;
      const k = matchKey(v);
      if (k !== undefined && !this.first.has(k)) this.first.set(k, j + 1);
      const x = numericValue(v);
      if (x !== undefined && !this.numbers.has(x)) this.numbers.set(x, j + 1);
    });
  }

  /** The 1-based position, or 0. */
  of(id: CellValue): number {
    const k = matchKey(id);
    const at = k === undefined ? undefined : this.first.get(k);
    if (at === undefined) return 0;
    const asNumber = typeof id === 'string' ? typeTwin(id) : undefined;
    const number = typeof asNumber === 'number' ? this.numbers.get(asNumber) : undefined;
    return number !== undefined && number < at ? 0 : at;
  }
}

/** The key of one indicator row, '' when it has none (blank or unknown action, other type, error). */
function keyOf(
  d: DashboardDef,
  input: DashboardInput,
  positions: Positions,
  i: number,
): number | string {
  const row = input.indicators[i - 1];
  if (!row) return '';
  const action = row[d.indicators.key] ?? null;
  const type = row[d.indicators.type] ?? null;
  if (errorValue(action) !== undefined || isBlank(action)) return '';
  const pos = positions.of(action);
  if (pos === 0 || errorValue(type) !== undefined) return '';
  const t = d.types.findIndex((x) => criterionMatches(type, x));
  if (t < 0) return '';
  return (pos * KEY_TYPES + t + 1) * KEY_ROWS + i;
}

/**
 * Every cell of the dashboard, as the workbook computes it.
 * @example dashboardValues(ca.dashboard!, input).lines.filter((l) => l.indicator !== '').length
 */
export function dashboardValues(d: DashboardDef, input: DashboardInput): DashboardValues {
  const positions = new Positions(input.actions.map((a) => a?.[d.actions.key] ?? null));
  const keys = Array.from({ length: input.keyRows }, (_, i) => keyOf(d, input, positions, i + 1));
  const sorted = keys.filter((k): k is number => typeof k === 'number').sort((a, b) => a - b);
  const n = input.actions.length;
  const lines: DashboardLine[] = [];
  let p = 0;
  let t = 0;
  const per = KEY_TYPES * KEY_ROWS;
  for (let line = 0; line < input.lines; line++) {
    const next: number | '' = t < sorted.length ? (sorted[t] as number) : '';
    const nextAction = next === '' ? undefined : Math.floor(next / per);
    const action = p > n ? p : next === '' ? p + 1 : nextAction === p ? p : p + 1;
    const indicator: number | '' =
      action > n || next === '' || nextAction !== action ? '' : next % KEY_ROWS;
    const first: number | '' = action > n || action === p ? '' : action;
    const a = first === '' ? undefined : input.actions[first - 1];
    const ind = indicator === '' ? undefined : input.indicators[indicator - 1];
    const values = d.columns.map((c): CellValue => {
      if (c.from === 'action') return first === '' ? '' : shown(a?.[c.column], c.format);
      if (!ind) return '';
      if (c.type !== undefined) {
        const type = ind[d.indicators.type] ?? null;
        if (!criterionMatches(type, d.types[c.type] as string)) return '';
      }
      return shown(ind[c.column], c.format);
    });
    const read = t + (indicator === '' ? 0 : 1);
    lines.push({ values, action, read, indicator, next, first });
    p = action;
    t = read;
  }
  return { keys, lines };
}

/**
 * A table's rows by position, as INDEX sees them: `size` data rows, each record at its sheet row
 * less the header row, the rest (blank rows) undefined.
 */
export function byPosition(
  size: number,
  records: readonly { row: number }[],
  rows: readonly Row[],
  headerRow: number,
): (Row | undefined)[] {
  const out: (Row | undefined)[] = new Array(size).fill(undefined);
  records.forEach((r, i) => {
    const at = r.row - headerRow - 1;
    if (at >= 0 && at < size) out[at] = rows[i];
  });
  return out;
}
