import { excelError } from './limits';
import { formatArea, MAX_COLUMNS, MAX_ROWS, parseArea, type SheetModel } from './model';
import type { FakeRange } from './range';
import type { Session } from './session';

/*
 * Worksheet.pageLayout and Worksheet.horizontalPageBreaks (ExcelApi 1.9), as the reference
 * documents them: Excel.PageOrientation, Excel.PaperType, PageLayoutZoomOptions (scale 10–400 or
 * fit to pages), margins in points, setPrintArea / setPrintTitleRows / setPrintTitleColumns with a
 * Range or an address, headers and footers of HeaderFooterGroup.defaultForAllPages. Excel offers no
 * protection option for page setup (WorksheetProtectionOptions has none): not refused when protected.
 */

const ORIENTATIONS = ['Portrait', 'Landscape'];
/** Excel.PaperType: the sheet sizes (envelopes and fanfolds are not modelled). */
const PAPER = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
];
const MARGINS = [
  'leftMargin',
  'rightMargin',
  'topMargin',
  'bottomMargin',
  'headerMargin',
  'footerMargin',
];
const HEADERS_FOOTERS = [
  'leftHeader',
  'centerHeader',
  'rightHeader',
  'leftFooter',
  'centerFooter',
  'rightFooter',
];

function invalid(what: string): Error {
  return excelError('InvalidArgument', `The argument is invalid or missing: ${what}.`);
}

function checkZoom(zoom: unknown): Record<string, number> {
  const z = (zoom ?? {}) as Record<string, unknown>;
  const keys = Object.keys(z);
  const ok =
    keys.length > 0 &&
    keys.every((k) => ['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) &&
    Object.values(z).every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0) &&
    (z.scale === undefined || ((z.scale as number) >= 10 && (z.scale as number) <= 400)) &&
    !(z.scale !== undefined && keys.length > 1);
  if (!ok) throw invalid(`zoom ${JSON.stringify(zoom)}`);
  return z as Record<string, number>;
}

/** A Range of this sheet or an address → the address Excel keeps ("$A$1:$F$40"). */
function addressOf(sheet: SheetModel, target: FakeRange | string, rows?: 'rows' | 'columns') {
  const area = typeof target === 'string' ? parseArea(target) : target.locate().areas[0];
  if (!area) throw invalid('range');
  if (typeof target !== 'string' && target.locate().sheet !== sheet) {
    throw invalid('a range of another sheet');
  }
  // Print titles are whole rows ("$1:$3") or whole columns ("$A:$B").
  if (rows === 'rows' && !(area.c1 === 0 && area.c2 === MAX_COLUMNS - 1)) {
    throw invalid(`title rows « ${String(target)} »`);
  }
  if (rows === 'columns' && !(area.r1 === 1 && area.r2 === MAX_ROWS)) {
    throw invalid(`title columns « ${String(target)} »`);
  }
  return formatArea(area);
}

export function pageLayoutOf(session: Session, resolve: () => SheetModel) {
  const set = (member: string, key: string, value: unknown, apply: (s: SheetModel) => void) =>
    session.command(member, [key, value], () => apply(resolve()));
  const layout = new Proxy(
    {
      setPrintArea: (range: FakeRange | string) =>
        set('PageLayout.setPrintArea', 'printArea', range, (s) => {
          // An address may hold several areas, comma-separated (RangeAreas).
          s.pageLayout.printArea =
            typeof range === 'string'
              ? range
                  .split(',')
                  .map((a) => addressOf(s, a))
                  .join(',')
              : addressOf(s, range);
        }),
      setPrintTitleRows: (range: FakeRange | string) =>
        set('PageLayout.setPrintTitleRows', 'titleRows', range, (s) => {
          s.pageLayout.titleRows = addressOf(s, range, 'rows');
        }),
      setPrintTitleColumns: (range: FakeRange | string) =>
        set('PageLayout.setPrintTitleColumns', 'titleColumns', range, (s) => {
          s.pageLayout.titleColumns = addressOf(s, range, 'columns');
        }),
      headersFooters: {
        defaultForAllPages: new Proxy(
          {},
          {
            set: (_, key, value) => {
              set('HeaderFooter.defaultForAllPages', String(key), value, (s) => {
                if (!HEADERS_FOOTERS.includes(String(key)) || typeof value !== 'string') {
                  throw invalid(`header or footer ${String(key)}`);
                }
                s.pageLayout.headersFooters[String(key)] = value;
              });
              return true;
            },
          },
        ),
      },
    },
    {
      set: (_, key, value) => {
        const k = String(key);
        set('Worksheet.pageLayout', k, value, (s) => {
          const p = s.pageLayout;
          if (k === 'orientation' && ORIENTATIONS.includes(value as string)) {
            p.orientation = value as string;
          } else if (k === 'paperSize' && PAPER.includes(value as string)) {
            p.paperSize = value as string;
          } else if (k === 'zoom') {
            p.zoom = checkZoom(value);
          } else if (MARGINS.includes(k) && typeof value === 'number' && value >= 0) {
            p.margins[k] = value;
          } else {
            throw invalid(`pageLayout.${k} = ${JSON.stringify(value)}`);
          }
        });
        return true;
      },
    },
  );
  return layout;
}

/**
 * Worksheet.horizontalPageBreaks: add(range) starts a page above the range's first row;
 * Worksheet.verticalPageBreaks: left of its first column.
 */
export function pageBreaksOf(
  session: Session,
  resolve: () => SheetModel,
  direction: 'horizontal' | 'vertical' = 'horizontal',
) {
  return {
    add: (range: FakeRange | string) =>
      session.command('PageBreakCollection.add', [range], () => {
        const sheet = resolve();
        const area = typeof range === 'string' ? parseArea(range) : range.locate().areas[0];
        if (direction === 'horizontal') {
          if (!area || area.r1 < 2) throw invalid('a page break above row 1');
          if (!sheet.pageLayout.breaks.includes(area.r1)) sheet.pageLayout.breaks.push(area.r1);
        } else {
          if (!area || area.c1 < 1) throw invalid('a page break left of column A');
          const at = area.c1 + 1;
          if (!sheet.pageLayout.columnBreaks.includes(at)) sheet.pageLayout.columnBreaks.push(at);
        }
      }),
  };
}
