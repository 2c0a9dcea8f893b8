import { issue, type Issue } from '../checks/issue';
import type { ColumnDef } from '../templates/types';
import type { CellValue } from '../values/cell';
import { choiceDifference } from './choice-difference';
import { matchChoice } from './parse-choice';
import { isoDay, parseDateText, serialToDate } from './parse-date';
import { parseNumberText } from './parse-number';
import type { ListValues } from './types';

export const ERROR_VALUES = [
  '#REF!',
  '#DIV/0!',
  '#N/A',
  '#VALUE!',
  '#NAME?',
  '#NULL!',
  '#NUM!',
  '#SPILL!',
  '#CALC!',
];

/** The error text of a cell showing #REF!, #DIV/0!…, else undefined. */
export function errorValue(v: CellValue): string | undefined {
  // Every error value starts with "#" (after spaces): most cells are rejected on one character.
  if (typeof v !== 'string' || !v.trimStart().startsWith('#')) return undefined;
  const e = v.trim().toUpperCase();
  return ERROR_VALUES.includes(e) ? e : undefined;
}

export interface CellAt {
  sheet: string;
  cell: string;
}

export interface Parsed {
  value: CellValue;
  issues: Issue[];
}

const NUMERIC = new Set(['integer', 'number', 'money', 'percent']);

function asNumber(col: ColumnDef, text: string, place: () => CellAt): Parsed | undefined {
  const p = parseNumberText(text);
  if (!p) return undefined;
  const at = place();
  // "85" typed as text in a percentage column means 85 %, as the percent-scale rule says.
  const value =
    col.kind === 'percent' && !p.percent && p.value > 1 && p.value <= 100 ? p.value / 100 : p.value;
  const params = {
    problem: 'text' as const,
    column: col.header,
    value: text,
    parsed: value,
    percent: col.kind === 'percent',
  };
  return { value, issues: [issue('number', 'warning', at, params, { cell: at.cell, value })] };
}

function asDate(col: ColumnDef, v: string | number, place: () => CellAt): Parsed | undefined {
  const date = typeof v === 'number' ? serialToDate(v) : parseDateText(v);
  if (!date) return undefined;
  const at = place();
  const fix = { cell: at.cell, value: date };
  const parsed = isoDay(date);
  const found =
    typeof v === 'number'
      ? issue('date', 'info', at, { problem: 'serial', column: col.header, value: v, parsed }, fix)
      : issue(
          'date',
          'warning',
          at,
          { problem: 'text', column: col.header, value: v, parsed },
          fix,
        );
  return { value: date, issues: [found] };
}

function asChoice(
  col: ColumnDef,
  text: string,
  lists: Record<string, ListValues>,
  place: () => CellAt,
): Parsed | undefined {
  const list = col.list ? lists[col.list] : undefined;
  if (!list || list.values.includes(text)) return undefined;
  const match = matchChoice(text, list.values);
  if (match === undefined) return undefined;
  const at = place();
  // COUNTIF ignores case, so a case-only difference changes no figure; any other leaves the row
  // out of every formula that looks for the list value.
  const difference = choiceDifference(text, match);
  const severity = difference === 'case' ? 'info' : 'warning';
  const params = {
    problem: 'normalised' as const,
    column: col.header,
    value: text,
    expected: match,
    difference,
  };
  return {
    value: match,
    issues: [issue('choice', severity, at, params, { cell: at.cell, value: match })],
  };
}

function trimmed(col: ColumnDef, text: string, place: () => CellAt): Parsed | undefined {
  const t = text.replace(/^\s+|\s+$/g, '');
  if (t === text || t === '') return undefined;
  const at = place();
  return {
    value: t,
    issues: [
      issue(
        'spaces',
        'warning',
        at,
        { column: col.header, value: text },
        { cell: at.cell, value: t },
      ),
    ],
  };
}

/**
 * An entered cell as its column means it, tolerant of what people type. Nothing is changed
 * silently: every assumption comes with an issue and the fix offered. A value that cannot be
 * understood is kept as it is, for the checks to report.
 */
export function parseCell(
  col: ColumnDef,
  v: CellValue,
  lists: Record<string, ListValues>,
  at: CellAt,
): Parsed {
  return parseCellAt(col, v, lists, () => at);
}

/** parseCell with the address built only when an issue is raised (a table has many cells). */
export function parseCellAt(
  col: ColumnDef,
  v: CellValue,
  lists: Record<string, ListValues>,
  place: () => CellAt,
): Parsed {
  return parseChange(col, v, lists, place) ?? { value: v, issues: [] };
}

/**
 * parseCellAt, but undefined when the cell is taken as it is with nothing to report (most
 * cells): no result object is allocated for them.
 */
export function parseChange(
  col: ColumnDef,
  v: CellValue,
  lists: Record<string, ListValues>,
  place: () => CellAt,
): Parsed | undefined {
  const error = errorValue(v);
  if (error !== undefined) {
    return {
      value: null,
      issues: [issue('cell-error', 'error', place(), { column: col.header, value: error })],
    };
  }
  if (typeof v === 'string' && v.trim() === '') return undefined;
  if (typeof v === 'string' && NUMERIC.has(col.kind)) return asNumber(col, v, place);
  if ((typeof v === 'string' || typeof v === 'number') && col.kind === 'date')
    return asDate(col, v, place);
  if (typeof v === 'string' && col.kind === 'choice') return asChoice(col, v, lists, place);
  if (typeof v === 'string' && (col.kind === 'id' || col.kind === 'reference'))
    return trimmed(col, v, place);
  return undefined;
}
