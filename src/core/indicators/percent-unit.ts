import { rulesOf } from '../checks/rules-data';
import type { TemplateDef } from '../templates/types';
import { criterionMatches, type CellValue } from '../values/cell';

/** Columns of a table that hold percentages on the rows whose unit says so (rules data). */
export interface PercentUnit {
  /** The unit column, and the answer that makes a row's values percentages. */
  column: string;
  equals: string;
  columns: string[];
}

/** The percentage-by-unit columns of a table (Indicateurs: Unité = Pourcentage). */
export function percentUnits(t: Pick<TemplateDef, 'id' | 'modules'>, table: string): PercentUnit[] {
  return (rulesOf(t).percentWhen ?? []).filter((w) => w.table === table);
}

/** Whether a row's value in `column` is a percentage (0.5 read « 50 % ») by the row's unit. */
export function percentByUnit(
  units: PercentUnit[],
  column: string,
  row: Record<string, CellValue | undefined>,
): boolean {
  return units.some(
    (w) => w.columns.includes(column) && criterionMatches(row[w.column] ?? null, w.equals),
  );
}
