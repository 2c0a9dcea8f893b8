/**
 * What Excel documents and the strict fake enforces.
 *
 * - « Resource limits and performance optimization for Office Add-ins », Excel add-ins: Excel on
 *   the web limits the payload of requests and responses to 5 MB; over it, context.sync() fails
 *   (RichApi.Error, RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
 * - Excel.ErrorCodes: AccessDenied, ApiNotFound, InvalidArgument, InvalidOperation,
 *   ItemAlreadyExists, ItemNotFound, ResponsePayloadSizeLimitExceeded…; RequestPayloadSizeLimitExceeded
 *   and PropertyNotLoaded as spelled in @microsoft/office-js (dist/excel-web-16.00.js), whose
 *   Excel.run also syncs what is still queued when the batch function ends.
 * - The requirement set of each member, from the Office.js reference ([Api set: ExcelApi 1.x];
 *   learn.microsoft.com/javascript/api/excel, as in @types/office-js).
 */

/** 5 MB, counted in decimal megabytes to stay on the safe side of Excel's own count. */
export const PAYLOAD_LIMIT = 5_000_000;

export interface ExcelError extends Error {
  code: string;
}

export function excelError(code: string, message: string): ExcelError {
  const error = new Error(message) as ExcelError;
  error.name = 'RichApi.Error';
  error.code = code;
  return error;
}

/** The minor ExcelApi version of each member the adapter may use (1.1 when not listed). */
export const API_VERSION: Record<string, number> = {
  'Range.copyFrom': 9,
  'Worksheet.getRanges': 9,
  'Worksheet.getUsedRange': 2,
  'Worksheet.freezePanes': 7,
  'Worksheet.tabColor': 7,
  'Worksheet.protection': 2,
  'Workbook.properties': 7,
  'Workbook.functions': 2,
  'NamedItemCollection.add': 4,
  'NamedItem.getRange': 4,
  'Range.conditionalFormats': 6,
  'ConditionalRangeFormat.numberFormat': 6,
  'Range.dataValidation': 8,
  'RangeFormat.protection': 2,
  'RangeFormat.columnWidth': 2,
  'RangeFormat.rowHeight': 2,
  'Table.getRange': 3,
  'Table.resize': 13,
  // Borders (RangeBorderCollection.getItem, RangeBorder style/color/weight): ExcelApi 1.1.
  'RangeBorder.style': 1,
  'RangeBorder.color': 1,
  'RangeBorder.weight': 1,
  // Worksheet.pageLayout, its PageLayout, HeaderFooter and the page breaks: ExcelApi 1.9.
  'Worksheet.pageLayout': 9,
  'PageLayout.setPrintArea': 9,
  'PageLayout.setPrintTitleRows': 9,
  'PageLayout.setPrintTitleColumns': 9,
  'HeaderFooter.defaultForAllPages': 9,
  'PageBreakCollection.add': 9,
  // Charts: the collection, title, legend, position, fills and data points since 1.1; adding a
  // series, its values, categories and data labels 1.7; an axis's number format 1.8.
  'ChartCollection.add': 1,
  'Chart.setPosition': 1,
  'ChartTitle.text': 1,
  'ChartLegend.position': 1,
  'ChartSeries.name': 1,
  'ChartFill.setSolidColor': 1,
  'ChartSeriesCollection.add': 7,
  'ChartSeries.setValues': 7,
  'ChartSeries.setXAxisValues': 7,
  'ChartSeries.hasDataLabels': 7,
  'ChartAxis.numberFormat': 8,
  // ConditionalFormatCollection.add('DataBar') and DataBarConditionalFormat: 1.6.
  'DataBarConditionalFormat.lowerBoundRule': 6,
  'DataBarConditionalFormat.upperBoundRule': 6,
  'ConditionalDataBarPositiveFormat.fillColor': 6,
  'ConditionalDataBarPositiveFormat.gradientFill': 6,
};

export function apiVersion(member: string): number {
  return API_VERSION[member] ?? 1;
}

/** Protection options that allow each kind of format change (Excel's defaults: none). */
export const FORMAT_PERMISSION: Record<string, string> = {
  cells: 'allowFormatCells',
  columns: 'allowFormatColumns',
  rows: 'allowFormatRows',
  /** Charts and other drawing objects: WorksheetProtectionOptions.allowEditObjects. */
  objects: 'allowEditObjects',
};
