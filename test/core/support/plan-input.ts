export { planInput } from '../../../src/core/plan/plan-input';
import type { TableInput, WorkbookInput } from '../../../src/core/read/types';
import type { CellValue } from '../../../src/core/values/cell';

/** A deep copy, so a test can spoil one cell without touching the others. */
export function cloneInput(input: WorkbookInput): WorkbookInput {
  return {
    ...input,
    sheets: [...input.sheets],
    meta: { ...input.meta },
    tables: input.tables.map((t) => ({
      ...t,
      headers: [...t.headers],
      values: t.values.map((r) => [...r]),
      formulas: t.formulas.map((r) => [...r]),
    })),
  };
}

/** The table of an input, by name (throws when absent: a test setup error). */
export function tableOf(input: WorkbookInput, name: string): TableInput {
  const t = input.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** Set one cell of a table, by data row index and header. */
export function setCell(
  input: WorkbookInput,
  table: string,
  row: number,
  header: string,
  value: CellValue,
): void {
  const t = tableOf(input, table);
  const c = t.headers.indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${table}`);
  (t.values[row] as CellValue[])[c] = value;
}
