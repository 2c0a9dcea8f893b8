import type { TableDef } from '../templates/types';

/** The 1-based row of a table's header: the second on a sheet with month columns (Gantt). */
export const tableHeaderRow = (def: Pick<TableDef, 'months'>): number => (def.months ? 2 : 1);
