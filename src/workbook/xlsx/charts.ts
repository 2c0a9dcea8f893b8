import JSZip from 'jszip';
import type { ChartPlan, DataBarPlan, WorkbookPlan } from '../../core/plan/types';
import { FONT } from '../formats';
import { relsOf, sheetParts } from './workbook-part';

/*
 * Native charts as DrawingML parts (ECMA-376 Part 1, §21.2 charts, §20.5 spreadsheet drawings),
 * written here because ExcelJS writes none: one chart part per chart, one drawing part per sheet
 * that anchors them over its cells, and what ties them to the package (relationships, content
 * types, the sheet's <drawing> element), added by render.ts into the in-memory writer's zip (the
 * streaming writer, render-stream.ts, copies them from there). Validated against the schemas in
 * schemas/ooxml by test/xlsx/charts.test.ts.
 */

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

export const DRAWING_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const rgb = (argb: string) => (argb.length === 8 ? argb.slice(2) : argb);
const fill = (argb: string) =>
  `<c:spPr><a:solidFill><a:srgbClr val="${rgb(argb)}"/></a:solidFill></c:spPr>`;

/** Text properties: the workbook's one font, at `size` hundredths of a point. */
const text = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT.name}"/></a:defRPr></a:pPr><a:endParaRPr lang="fr-FR"/></a:p></c:txPr>`;

function title(s: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>' +
    `<a:defRPr sz="1200" b="1"><a:latin typeface="${FONT.name}"/></a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="fr-FR" sz="1200" b="1"><a:latin typeface="${FONT.name}"/></a:rPr><a:t>${esc(s)}</a:t></a:r>` +
    '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function labels(c: ChartPlan): string {
  return (
    '<c:dLbls>' +
    (c.percent ? '<c:numFmt formatCode="0%" sourceLinked="0"/>' : '') +
    text(900) +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
    (c.type === 'doughnut' ? '<c:showLeaderLines val="0"/>' : '') +
    '</c:dLbls>'
  );
}

function series(c: ChartPlan): string {
  return c.series
    .map((s, i) => {
      const name = s.nameRef
        ? `<c:tx><c:strRef><c:f>${esc(s.nameRef)}</c:f></c:strRef></c:tx>`
        : `<c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
      const points =
        c.type === 'doughnut'
          ? s.colors
              .map(
                (col, k) => `<c:dPt><c:idx val="${k}"/><c:bubble3D val="0"/>${fill(col)}</c:dPt>`,
              )
              .join('')
          : '';
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}` +
        (c.type === 'doughnut' ? '' : fill(s.colors[0] ?? 'FF4472C4')) +
        (c.type === 'doughnut' ? '' : '<c:invertIfNegative val="0"/>') +
        points +
        labels(c) +
        `<c:cat><c:strRef><c:f>${esc(c.categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(s.values)}</c:f></c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
}

function axes(c: ChartPlan): string {
  const horizontal = c.type === 'bar';
  const scaling = '<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>';
  return (
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="' +
    (horizontal ? 'maxMin' : 'minMax') +
    `"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}<c:crossAx val="2"/>` +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    '<c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="2"/>${scaling}<c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 't' : 'l'}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${c.percent ? '0%' : 'General'}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}` +
    '<c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>' +
    (c.stacked ? '<c:majorUnit val="1"/>' : '') +
    '</c:valAx>'
  );
}

function plot(c: ChartPlan): string {
  if (c.type === 'doughnut') {
    return (
      `<c:doughnutChart><c:varyColors val="1"/>${series(c)}` +
      '<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>'
    );
  }
  return (
    `<c:barChart><c:barDir val="${c.type === 'bar' ? 'bar' : 'col'}"/>` +
    `<c:grouping val="${c.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series(c) +
    `<c:gapWidth val="80"/>${c.stacked ? '<c:overlap val="100"/>' : ''}` +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    axes(c)
  );
}

/** A chart part (c:chartSpace): the chart's title, its series on the workbook's cells, a legend. */
export function chartXml(c: ChartPlan): string {
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    title(c.title) +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot(c)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    text(1000) +
    '</c:chartSpace>'
  );
}

/** 0-based column and row of an A1 address. */
function cell(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`Adresse de graphique invalide : « ${ref} »`);
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return { col: col - 1, row: Number(m[2]) - 1 };
}

const marker = (tag: 'from' | 'to', p: { col: number; row: number }) =>
  `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** A drawing part anchoring each chart over its cells; chart i is relationship rId{i+1}. */
export function drawingXml(charts: ChartPlan[]): string {
  const anchors = charts.map((c, i) => {
    const from = cell(c.from);
    const last = cell(c.to);
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('from', from) +
      marker('to', { col: last.col + 1, row: last.row + 1 }) +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
      `<xdr:cNvPr id="${i + 2}" name="${esc(`Graphique ${i + 1}`)}" descr="${esc(c.title)}"/>` +
      '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    DECLARATION + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join('')}</xdr:wsDr>`
  );
}

export function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    DECLARATION +
    `<Relationships xmlns="${NS.rels}">` +
    rels
      .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"/>`)
      .join('') +
    '</Relationships>'
  );
}

/** The chart and drawing parts of a plan, and what each sheet must point at. */
export interface ChartPackage {
  /** Parts to add to the zip, by path (xl/charts/chart1.xml, xl/drawings/drawing1.xml, rels). */
  parts: { name: string; xml: string }[];
  /** Drawing part name (drawing1.xml) by index of the sheet in the plan. */
  drawings: Map<number, string>;
  /** <Override> elements of [Content_Types].xml. */
  contentTypes: string;
}

export function chartPackage(plan: WorkbookPlan): ChartPackage {
  const parts: ChartPackage['parts'] = [];
  const drawings = new Map<number, string>();
  const overrides: string[] = [];
  let chartNo = 0;
  plan.sheets.forEach((sp, i) => {
    const charts = sp.charts ?? [];
    if (charts.length === 0) return;
    const drawing = `drawing${drawings.size + 1}.xml`;
    drawings.set(i, drawing);
    const rels = charts.map((c, k) => {
      const name = `chart${++chartNo}.xml`;
      parts.push({ name: `xl/charts/${name}`, xml: chartXml(c) });
      overrides.push(`<Override PartName="/xl/charts/${name}" ContentType="${CHART_TYPE}"/>`);
      return { id: `rId${k + 1}`, type: CHART_REL, target: `../charts/${name}` };
    });
    parts.push({ name: `xl/drawings/${drawing}`, xml: drawingXml(charts) });
    parts.push({ name: `xl/drawings/_rels/${drawing}.rels`, xml: relationshipsXml(rels) });
    overrides.push(`<Override PartName="/xl/drawings/${drawing}" ContentType="${DRAWING_TYPE}"/>`);
  });
  return { parts, drawings, contentTypes: overrides.join('') };
}

/** CT_Worksheet's children from <conditionalFormatting> on (ECMA-376 §18.3.1.99), in order. */
const WORKSHEET_TAIL = [
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Insert `element` (named `tag`) into a worksheet part at its place in schema order. */
export function insertInSheet(sheetXml: string, tag: string, element: string): string {
  const after = WORKSHEET_TAIL.slice(WORKSHEET_TAIL.indexOf(tag) + 1);
  for (const next of after) {
    const at = sheetXml.search(new RegExp(`<${next}[\\s/>]`));
    if (at >= 0) return sheetXml.slice(0, at) + element + sheetXml.slice(at);
  }
  const end = sheetXml.lastIndexOf('</worksheet>');
  if (end < 0) throw new Error('Feuille de calcul inattendue : </worksheet> absent.');
  return sheetXml.slice(0, end) + element + sheetXml.slice(end);
}

/**
 * A worksheet part with its manual column breaks (ExcelJS writes row breaks only): `columns` are
 * 1-based columns after which a new page starts, as <brk id> counts them.
 */
export function withColumnBreaks(sheetXml: string, columns: readonly number[]): string {
  const xml = columnBreaksXml(columns);
  return xml ? insertInSheet(sheetXml, 'colBreaks', xml) : sheetXml;
}

/** The <colBreaks> element of manual column breaks ('' when there is none). */
export function columnBreaksXml(columns: readonly number[]): string {
  if (columns.length === 0) return '';
  const brk = columns.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join('');
  return `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brk}</colBreaks>`;
}

/** A worksheet part with its <drawing r:id> element, in schema order. */
export function withDrawing(sheetXml: string, rId: string): string {
  return insertInSheet(sheetXml, 'drawing', `<drawing r:id="${rId}"/>`);
}

/**
 * The data bars of a sheet as <conditionalFormatting> elements, bars from 0 (0 %) to 1 (100 %),
 * in the ECMA-376 form both Excel and LibreOffice read (ExcelJS writes no data bars). Priorities follow the sheet's `first - 1` other rules.
 */
export function dataBarsXml(bars: DataBarPlan[], first: number): string {
  return bars
    .map(
      (b, i) =>
        `<conditionalFormatting sqref="${esc(b.range)}"><cfRule type="dataBar" priority="${first + i}">` +
        '<dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/>' +
        `<color rgb="${esc(b.color)}"/></dataBar></cfRule></conditionalFormatting>`,
    )
    .join('');
}

/** A worksheet part with its data bars after its other conditional formats. */
export function withDataBars(sheetXml: string, xml: string): string {
  return xml ? insertInSheet(sheetXml, 'conditionalFormatting', xml) : sheetXml;
}

/**
 * Carry the charts of `original` into `written`, a copy ExcelJS rewrote (it drops drawings):
 * the chart and drawing parts, their content types, and each sheet's <drawing>, matched by sheet
 * name. For `trepied check --write`, whose report copy must keep the Synthèse's charts.
 */
export async function carryCharts(
  original: Uint8Array | ArrayBuffer,
  written: Uint8Array | ArrayBuffer,
): Promise<Uint8Array> {
  const from = await JSZip.loadAsync(original);
  const to = await JSZip.loadAsync(written);
  const parts = Object.keys(from.files).filter((p) =>
    /^xl\/(charts|drawings)\/.+\.(xml|rels)$/.test(p),
  );
  if (parts.length === 0 || Object.keys(to.files).some((p) => p.startsWith('xl/drawings/')))
    return to.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  for (const p of parts) to.file(p, await from.file(p)!.async('uint8array'));
  const types = (await from.file('[Content_Types].xml')!.async('string')).match(
    /<Override\b[^>]*PartName="\/xl\/(charts|drawings)\/[^"]+"[^>]*\/>/g,
  );
  const ct = await to.file('[Content_Types].xml')!.async('string');
  to.file('[Content_Types].xml', ct.replace('</Types>', `${(types ?? []).join('')}</Types>`));
  const fromSheets = await sheetParts(from);
  const toSheets = await sheetParts(to);
  for (const [name, part] of fromSheets) {
    const target = toSheets.get(name);
    const rels = (await from.file(relsOf(part))?.async('string')) ?? '';
    const drawing = /<Relationship\b[^>]*Type="[^"]*\/drawing"[^>]*>/.exec(rels)?.[0];
    const file = drawing ? /\bTarget="([^"]+)"/.exec(drawing)?.[1] : undefined;
    if (!target || !file || !to.file(target)) continue;
    const existing = (await to.file(relsOf(target))?.async('string')) ?? relationshipsXml([]);
    const ids = [...existing.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
    const rId = `rId${Math.max(0, ...ids) + 1}`;
    const rel = `<Relationship Id="${rId}" Type="${DRAWING_REL}" Target="${esc(file)}"/>`;
    to.file(relsOf(target), existing.replace('</Relationships>', `${rel}</Relationships>`));
    to.file(target, withDrawing(await to.file(target)!.async('string'), rId));
  }
  return to.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
