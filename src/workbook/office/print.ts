import { absoluteRange as absolute, columnLetter } from '../../core/formula/refs';
import type { PageSetupPlan } from '../../core/plan/types';
import { BORDER_COLOR, FONT, HEADER_STYLE } from '../formats';
import { hexColor } from './cells';

/*
 * What render.ts adds for printing and for looks outside Excel's table styles: the page layout of
 * each sheet (ExcelApi 1.9, skipped where it is missing) and the explicit header style, the same
 * as the file writers' (src/workbook/xlsx/render.ts).
 */

const POINTS_PER_INCH = 72;

/** A sheet's page layout: orientation, A4, fit, print area and titles, margins, header, footer. */
export function applyPageLayout(ws: Excel.Worksheet, ps: PageSetupPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = ps.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = ps.scale
    ? { scale: ps.scale }
    : ps.fit.height > 0
      ? { horizontalFitToPages: ps.fit.width, verticalFitToPages: ps.fit.height }
      : { horizontalFitToPages: ps.fit.width };
  layout.leftMargin = ps.margins.left * POINTS_PER_INCH;
  layout.rightMargin = ps.margins.right * POINTS_PER_INCH;
  layout.topMargin = ps.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = ps.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = ps.margins.header * POINTS_PER_INCH;
  layout.footerMargin = ps.margins.footer * POINTS_PER_INCH;
  if (ps.area) layout.setPrintArea(absolute(ps.area));
  if (ps.titleRows) layout.setPrintTitleRows(absolute(ps.titleRows));
  if (ps.titleColumns) layout.setPrintTitleColumns(absolute(ps.titleColumns));
  for (const r of ps.breaks ?? []) ws.horizontalPageBreaks.add(`A${r + 1}`);
  for (const c of ps.columnBreaks ?? []) ws.verticalPageBreaks.add(`${columnLetter(c)}1`);
  const all = layout.headersFooters.defaultForAllPages;
  all.leftHeader = ps.header.left;
  all.centerHeader = ps.header.center;
  all.rightHeader = ps.header.right;
  all.leftFooter = ps.footer.left;
  all.centerFooter = ps.footer.center;
  all.rightFooter = ps.footer.right;
}

/** A table's header cells styled on the cells (LibreOffice ignores table styles). */
export function styleHeader(header: Excel.Range): void {
  header.format.fill.color = hexColor(HEADER_STYLE.fill);
  header.format.font.name = FONT.name;
  header.format.font.bold = true;
  header.format.font.color = hexColor(HEADER_STYLE.color);
  styleBorders(header);
}

/** Thin grey borders on every cell of a range. */
export function styleBorders(range: Excel.Range): void {
  for (const side of [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    'InsideVertical',
    'InsideHorizontal',
  ] as const) {
    const border = range.format.borders.getItem(side);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = hexColor(BORDER_COLOR);
  }
}
