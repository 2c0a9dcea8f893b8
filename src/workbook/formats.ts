import type { NumberFormat } from '../core/plan/types';

/** Number formats in file syntax (Excel shows them in the user's locale); both adapters use them. */
export const NUM_FMT: Record<NumberFormat, string> = {
  integer: '0',
  number: '#,##0.##',
  percent: '0.0%',
  money: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  month: 'mmm yyyy',
  text: '@',
};

/** Fills of the cells a check highlights (ARGB). */
export const SEVERITY_FILL = { error: 'FFF8CBAD', warning: 'FFFFE699', info: 'FFDDEBF7' } as const;
