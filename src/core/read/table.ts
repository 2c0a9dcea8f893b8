import { issue, type Issue } from '../checks/issue';
import type { ColumnKind, TableDef } from '../templates/types';
import type { CellValue, Row } from '../values/cell';
import { decodeCell, encodeCell } from './address';
import { mapHeaders, type HeaderOptions } from './headers';
import { looksBlank } from './normalise';
import { errorValue, parseChange } from './parse-cell';
import type { ListValues, RecordRow, TableInput, TableRead } from './types';

/** Kinds whose text parseCellAt keeps as it is (apart from error values). */
const FREE_TEXT: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['text', 'longtext']);

const NO_EXTRA: Record<string, CellValue> = Object.freeze({}) as Record<string, CellValue>;

export interface ReadTableOptions {
  lists: Record<string, ListValues>;
  /** The whole workbook holds no formula: report it once per table, not per cell. */
  formulasAbsent: boolean;
  /** Headers of other template versions and optional (newer) columns. */
  headers?: HeaderOptions;
}

/** The header cell of a table: its origin, or A1 when the adapter gave none. */
export function tablePlace(input: TableInput): { headerRow: number; firstColumn: number } {
  const at = decodeCell(input.origin) ?? { row: 1, column: 0 };
  return { headerRow: at.row, firstColumn: at.column };
}

/**
 * Read one table into records: headers mapped to column ids, empty rows skipped (wherever they
 * are), entered cells parsed by kind, computed cells read as they are and checked for a formula.
 */
export function readTable(
  versionDef: TableDef,
  input: TableInput,
  options: ReadTableOptions,
): { table: TableRead; issues: Issue[] } {
  const { headerRow, firstColumn } = tablePlace(input);
  const headers = input.headers.map((h) => String(h ?? ''));
  const map = mapHeaders(
    versionDef,
    headers,
    { sheet: input.sheet, headerRow, firstColumn },
    options.headers,
  );
  const def =
    map.optional.length > 0
      ? { ...versionDef, columns: [...versionDef.columns, ...map.optional] }
      : versionDef;
  const issues: Issue[] = [...map.issues];
  const present = def.columns.filter((c) => map.columns[c.id] !== undefined);
  const computed = present.filter((c) => c.computed);
  const entered = [
    ...present.filter((c) => !c.computed).map((c) => map.columns[c.id] as number),
    ...map.extra,
  ];
  // Column positions resolved once per table, not once per cell.
  // What each column's cells need, decided once per table, not once per cell.
  const columns = present.map((c) => ({
    c,
    id: c.id,
    i: map.columns[c.id] as number,
    computed: c.computed !== undefined,
    /** Numbers are taken as they are (not in date columns, where they are serial dates). */
    numbersAsIs: c.kind !== 'date',
    freeText: FREE_TEXT.has(c.kind),
    /** Ids and references: a formula there whose value the file did not keep is reported. */
    names: c.kind === 'id' || c.kind === 'reference',
  }));
  const rows: RecordRow[] = [];
  // Addresses are built only when an issue needs one.
  const place = (r: number, i: number) => ({
    sheet: input.sheet,
    cell: encodeCell(headerRow + 1 + r, firstColumn + i),
  });
  // The cell being parsed, for the one address callback of this table (no closure per cell).
  let atRow = 0;
  let atColumn = 0;
  const placeHere = () => place(atRow, atColumn);
  for (let r = 0; r < input.values.length; r++) {
    const cells: CellValue[] = input.values[r] ?? [];
    let blank = true;
    for (const i of entered) {
      if (!looksBlank(cells[i] ?? null)) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const raw: Row = {};
    // The same object as raw until a tolerance changes a value (most rows): fewer allocations.
    let values: Row = raw;
    for (const { c, id, i, computed, numbersAsIs, freeText, names } of columns) {
      const v = cells[i] ?? null;
      raw[id] = v;
      if (values !== raw) values[id] = v;
      if (!computed) {
        if (names && v === '' && (input.formulas[r]?.[i] ?? null) !== null) {
          const params = { problem: 'formula' as const, column: c.header };
          issues.push(issue('ambiguous-id', 'warning', place(r, i), params));
        }
        // Fast path: blanks, and numbers outside date columns, are taken as they are.
        if (v === null || (numbersAsIs && typeof v === 'number')) continue;
        // Free text is taken as it is unless it may be an error value (#REF!…, maybe after spaces).
        if (freeText && typeof v === 'string' && v.charCodeAt(0) > 32 && v[0] !== '#') continue;
        atRow = r;
        atColumn = i;
        const parsed = parseChange(c, v, options.lists, placeHere);
        if (parsed === undefined) continue;
        if (parsed.value !== v) {
          if (values === raw) values = { ...raw };
          values[id] = parsed.value;
        }
        for (const found of parsed.issues) issues.push(found);
        continue;
      }
      const error = errorValue(v);
      if (error !== undefined)
        issues.push(issue('cell-error', 'error', place(r, i), { column: c.header, value: error }));
      const formula = input.formulas[r]?.[i] ?? null;
      if (formula === null && !options.formulasAbsent) {
        issues.push(
          issue('formula-overwritten', 'error', place(r, i), { table: def.name, column: c.header }),
        );
      }
    }
    // Most tables have no extra column: their rows share one empty, frozen object.
    let extra = NO_EXTRA;
    if (map.extra.length > 0) {
      extra = {};
      for (const i of map.extra) extra[headers[i] as string] = cells[i] ?? null;
    }
    rows.push({ row: headerRow + 1 + r, values, raw, extra });
  }
  if (options.formulasAbsent && computed.length > 0 && rows.length > 0) {
    const first = map.columns[(computed[0] as { id: string }).id] as number;
    issues.push(
      issue(
        'formulas-absent',
        'warning',
        { sheet: input.sheet, cell: encodeCell(headerRow, firstColumn + first) },
        {
          table: def.name,
          columns: computed.map((c) => c.header),
        },
      ),
    );
  }
  const table: TableRead = {
    def,
    name: input.name,
    sheet: input.sheet,
    headerRow,
    firstColumn,
    columns: map.columns,
    rows,
  };
  return { table, issues };
}
