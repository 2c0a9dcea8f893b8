import type { NumberFormat } from '../core/plan/types';

/** Number formats in file syntax (Excel shows them in the user's locale); both adapters use them. */
export const NUM_FMT: Record<NumberFormat, string> = {
  integer: '0',
  number: '#,##0.##',
  percent: '0.0%',
  percentWhole: '0%',
  money: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  month: 'mmm yyyy',
  text: '@',
  hidden: ';;;',
};

/** Fills of the cells a check highlights (ARGB). */
export const SEVERITY_FILL = { error: 'FFF8CBAD', warning: 'FFFFE699', info: 'FFDDEBF7' } as const;

/**
 * The look of a table header, written on the cells themselves so LibreOffice (which ignores
 * table styles) shows it as Excel does: the header colours of TableStyleMedium2.
 */
export const HEADER_STYLE = { fill: 'FF4472C4', color: 'FFFFFFFF' } as const;

/** Thin borders around table cells, so printed rows can be followed across a page. */
export const BORDER_COLOR = 'FFBFBFBF';

/** One font family everywhere (Carlito, metric-compatible, stands in for it in LibreOffice). */
export const FONT = { name: 'Calibri', family: 2, size: 11 } as const;
