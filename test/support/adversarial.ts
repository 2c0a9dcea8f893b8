import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { ColumnDef, TableDef, TemplateDef } from '../../src/core/templates/types';
import type { CellValue, Row } from '../../src/core/values/cell';

/**
 * Workbooks a user could type, at their most awkward (issue 11): numeric and text ids of the
 * same value, wildcard and operator characters, case and accent variants, blanks, text in number
 * columns, numbers typed as text, negative and huge numbers, dates and error values — in every
 * entered column of every table of a template, so that each computed column and summary cell
 * meets them.
 */

/** An error value, written as a text marker and turned into a real error by realErrors(). */
const ERROR_MARK = '§erreur§';
export const err = (e: string) => `${ERROR_MARK}${e}`;
const DAY = new Date(Date.UTC(2026, 0, 1));

/** Ids and references: the same values typed as numbers and as text, and their look-alikes. */
export const IDS: CellValue[] = [
  1,
  2,
  0,
  -1,
  1.5,
  1e15,
  '1',
  '2',
  ' 1',
  '1 ',
  '01',
  'A*',
  'AB',
  'B?',
  'BX',
  'c1',
  'C1',
  '<5',
  '>0',
  '=x',
  '~1',
  '~*',
  '*',
  'é1',
  'É1',
  'e1',
  'Œ1',
  'œ1',
  'ς',
  'σ',
  DAY,
  46023,
  '2026-01-01',
  '1,5',
  err('#N/A'),
  ' ',
  null,
];

const NUMBERS: CellValue[] = [
  0,
  1,
  2,
  3,
  0.5,
  12.5,
  100,
  -4,
  -0.25,
  1e12,
  -1e12,
  123456789.123,
  '12',
  '12,5',
  '1 234',
  '85 %',
  'abc',
  '',
  ' ',
  DAY,
  err('#DIV/0!'),
  err('#REF!'),
  null,
];

const TEXTS: CellValue[] = ['x', 'Texte', 'A*', '<5', '~', ' ', '', 7, DAY, err('#N/A'), null];

const pick = (xs: CellValue[]) => fc.constantFrom(...xs);

/** Values of a choice column: its list, in other letter cases, and everything else. */
function choices(t: TemplateDef, c: ColumnDef): CellValue[] {
  const list = t.lists.find((l) => l.name === c.list);
  const values = list && 'values' in list ? list.values : [];
  const variants = values.flatMap((v) => [v, v.toLowerCase(), `${v}*`, ` ${v}`]);
  return [...values, ...values, ...variants, 'Autre', '?', '<5', 1, 0, '', null, err('#N/A')];
}

function valuesOf(t: TemplateDef, c: ColumnDef): fc.Arbitrary<CellValue> {
  switch (c.kind) {
    case 'id':
    case 'reference':
      return pick(IDS);
    case 'integer':
    case 'number':
    case 'money':
    case 'percent':
      return pick(NUMBERS);
    case 'date':
      return pick([DAY, new Date(Date.UTC(2025, 5, 30)), 45000, '31/12/2025', 'demain', null]);
    case 'choice':
      return pick(choices(t, c));
    default:
      return pick(TEXTS);
  }
}

function rowOf(t: TemplateDef, table: TableDef): fc.Arbitrary<Row> {
  const entered = table.columns.filter((c) => !c.computed);
  const record: Record<string, fc.Arbitrary<CellValue>> = {};
  for (const c of entered) record[c.id] = fc.oneof(valuesOf(t, c), fc.constant(null));
  return fc.record(record) as fc.Arbitrary<Row>;
}

/** Tables given data: not the key/value tables (Programme, CPTS) nor the Gantt (Calendrier). */
function filled(table: TableDef): boolean {
  return table.merge !== 'single' && table.months === undefined;
}

/** A workbook's data: a few rows in every table, prefilled rows kept by their key. */
export function workbookData(t: TemplateDef, maxRows = 12): fc.Arbitrary<Record<string, Row[]>> {
  const tables: Record<string, fc.Arbitrary<Row[]>> = {};
  for (const table of t.tables.filter(filled)) {
    const rows = fc.array(rowOf(t, table), { minLength: 1, maxLength: maxRows });
    const key = table.key;
    const prefill = table.prefill;
    tables[table.name] =
      prefill && key
        ? rows.map((rs) =>
            prefill.map((p, i) => ({ ...(rs[i % rs.length] as Row), [key]: p[key] ?? null })),
          )
        : rows;
  }
  return fc.record(tables);
}

/** Turn the error markers of a written workbook into real error values (#N/A…). */
export function realErrors(wb: ExcelJS.Workbook): number {
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string' && v.startsWith(ERROR_MARK)) {
          cell.value = { error: v.slice(ERROR_MARK.length) } as ExcelJS.CellErrorValue;
          n++;
        }
      }),
    ),
  );
  return n;
}
