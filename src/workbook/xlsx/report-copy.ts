import JSZip from 'jszip';
import { columnLetter, sheetAreas, sheetRef } from '../../core/formula/refs';
import type { ReportPlan } from '../../core/plan/report-types';
import { BORDER_COLOR, FONT, HEADER_STYLE, SEVERITY_FILL } from '../formats';
import { relationshipsXml } from './charts';
import { resolveTarget } from './reader-parts';
import { printOptions } from './render';
import { restyleCells } from './sheet-cells';
import { StylesPart, solidFill } from './styles-part';
import { appendChild, prefixOf, qualified } from './xml-prefix';
import { relsOf, sheetParts } from './workbook-part';
import { xmlText, xmlUnescape } from './xml-text';

/*
 * `check --write`'s copy: the original package, byte for byte, plus the parts of the Contrôles
 * sheet (worksheet, table, relationships, content types, print names) and the faulty cells
 * restyled with a fill. Nothing is read into a model and written back, so everything the original
 * holds (explicit row heights, print areas, validations, charts, hidden sheets, calculated
 * columns, recalculation on load, parts no library knows) stays as it was. Replaces a Contrôles
 * sheet a previous `check --write` left, in place.
 */

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const REL = `${NS.r}/`;
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`partie ${path} absente`);
  return f.async('string');
}

/** The first `prefix{n}.xml` not in the package. */
function freePart(zip: JSZip, prefix: string): string {
  for (let n = 1; ; n++) if (!zip.file(`${prefix}${n}.xml`)) return `${prefix}${n}.xml`;
}

/** The relationship targets of a part's rels, as package paths, by relationship type suffix. */
function targets(rels: string, base: string, type: string): string[] {
  return [...rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)]
    .filter((m) => attr(m[0], 'Type')?.endsWith(`/${type}`))
    .map((m) => resolveTarget(base, attr(m[0], 'Target') ?? ''));
}

/** The style indexes of the Contrôles sheet, appended to the workbook's styles. */
function reportStyles(styles: StylesPart) {
  const side = (s: string) => `<${s} style="thin"><color rgb="${BORDER_COLOR}"/></${s}>`;
  const font = (extra: string, color: string) =>
    `<font>${extra}<sz val="${FONT.size}"/><color rgb="${color}"/><name val="${FONT.name}"/><family val="${FONT.family}"/></font>`;
  const header =
    `<xf numFmtId="0" fontId="${styles.add('fonts', font('<b/>', HEADER_STYLE.color))}" ` +
    `fillId="${styles.add('fills', solidFill(HEADER_STYLE.fill))}" ` +
    `borderId="${styles.add('borders', `<border>${['left', 'right', 'top', 'bottom'].map(side).join('')}<diagonal/></border>`)}" ` +
    'xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">' +
    '<alignment vertical="center" wrapText="1"/></xf>';
  const link = styles.add('fonts', font('<u/>', 'FF0563C1'));
  return {
    header: styles.add('cellXfs', header),
    severity: (s: keyof typeof SEVERITY_FILL) => styles.withFill(0, SEVERITY_FILL[s]),
    message: styles.add(
      'cellXfs',
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    ),
    link: styles.add(
      'cellXfs',
      `<xf numFmtId="0" fontId="${link}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    ),
  };
}

const inline = (ref: string, s: number, value: string) =>
  value === ''
    ? `<c r="${ref}" s="${s}"/>`
    : `<c r="${ref}" s="${s}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;

/** The Contrôles worksheet part; its table is relationship rId1. */
function reportSheetXml(
  report: ReportPlan,
  style: ReturnType<typeof reportStyles>,
  sheets: Set<string>,
): string {
  const rows = report.rows.length > 0 ? report.rows : [];
  const last = Math.max(2, rows.length + 1);
  const lastCol = columnLetter(report.headers.length - 1);
  const height = (r: number) =>
    report.rowHeights[r] ? ` ht="${report.rowHeights[r]}" customHeight="1"` : '';
  const head =
    `<row r="1"${height(1)}>` +
    report.headers.map((h, j) => inline(`${columnLetter(j)}1`, style.header, h)).join('') +
    '</row>';
  const body = rows.map((r, i) => {
    const n = i + 2;
    const link =
      r.cell && sheets.has(r.sheet)
        ? `<c r="C${n}" s="${style.link}" t="str"><f>${xmlText(
            `HYPERLINK("#${sheetRef(r.sheet).replace(/"/g, '""')}!${r.cell}","${r.cell}")`,
          )}</f><v>${xmlText(r.cell)}</v></c>`
        : inline(`C${n}`, 0, r.cell);
    return (
      `<row r="${n}"${height(n)}>` +
      inline(`A${n}`, style.severity(r.severity), r.severityLabel) +
      inline(`B${n}`, 0, r.sheet) +
      link +
      inline(`D${n}`, 0, r.rule) +
      inline(`E${n}`, style.message, r.message) +
      '</row>'
    );
  });
  if (rows.length === 0) body.push('<row r="2"/>');
  const ps = report.pageSetup;
  const o = printOptions(ps);
  const m = ps.margins;
  const fit = ps.scale
    ? `scale="${ps.scale}"`
    : `fitToWidth="${ps.fit.width}" fitToHeight="${ps.fit.height}"`;
  return (
    DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">` +
    `<sheetPr><tabColor rgb="FFC00000"/>${ps.scale ? '' : '<pageSetUpPr fitToPage="1"/>'}</sheetPr>` +
    `<dimension ref="A1:${lastCol}${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${report.widths.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${head}${body.join('')}</sheetData>` +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${o.pageSetup!.paperSize}" orientation="${ps.orientation}" ${fit}/>` +
    `<headerFooter><oddHeader>${xmlText(o.headerFooter!.oddHeader ?? '')}</oddHeader>` +
    `<oddFooter>${xmlText(o.headerFooter!.oddFooter ?? '')}</oddFooter></headerFooter>` +
    '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
  );
}

function tableXml(report: ReportPlan, id: number, name: string): string {
  const ref = `A1:${columnLetter(report.headers.length - 1)}${Math.max(2, report.rows.length + 1)}`;
  return (
    DECLARATION +
    `<table xmlns="${NS.main}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${report.headers.length}">` +
    report.headers.map((h, j) => `<tableColumn id="${j + 1}" name="${xmlText(h)}"/>`).join('') +
    '</tableColumns><tableStyleInfo name="TableStyleMedium3" showFirstColumn="0" ' +
    'showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** An optional namespace prefix before an element name, in the patterns below. */
const P = '(?:[\\w.-]+:)?';

/** Where the workbook part's children after <definedNames> start (ECMA-376 §18.2.27 order). */
const AFTER_NAMES = new RegExp(
  `<${P}(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${P}workbook\\s*>`,
);

/**
 * The workbook part with the report sheet's print names (scoped to `index`) replacing any old,
 * written with the prefix the workbook's own elements use.
 */
function withPrintNames(wb: string, index: number, names: (prefix: string) => string): string {
  const scoped = new RegExp(
    `<${P}definedName\\b(?=[^>]*\\sname="_xlnm\\.Print_(?:Area|Titles)")(?=[^>]*\\slocalSheetId="${index}")[^>]*>[^<]*</${P}definedName\\s*>`,
    'g',
  );
  const out = wb.replace(scoped, '');
  const p = prefixOf(out, 'sheets') ?? '';
  const empty = new RegExp(`<(${P})definedNames\\b[^>]*/>`).exec(out);
  if (empty)
    return (
      out.slice(0, empty.index) +
      `<${empty[1]}definedNames>${names(empty[1]!)}</${empty[1]}definedNames>` +
      out.slice(empty.index + empty[0].length)
    );
  if (new RegExp(`</${P}definedNames\\s*>`).test(out))
    return appendChild(out, 'definedNames', names);
  const at = out.search(AFTER_NAMES);
  return `${out.slice(0, at)}<${p}definedNames>${names(p)}</${p}definedNames>${out.slice(at)}`;
}

/** The original package with the Contrôles sheet added (or replaced) and the faulty cells filled. */
export async function addReportToPackage(
  original: Uint8Array,
  report: ReportPlan,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  let wb = await text(zip, 'xl/workbook.xml');
  let wbRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  let types = await text(zip, '[Content_Types].xml');
  const stylesPath = targets(wbRels, 'xl/workbook.xml', 'styles')[0];
  if (!stylesPath || !zip.file(stylesPath)) throw new Error('styles du classeur absents');
  const styles = new StylesPart(await text(zip, stylesPath));
  // Plain names (workbook-part undoes the XML escaping).
  const parts = await sheetParts(zip);
  const order = [...wb.matchAll(new RegExp(`<${P}sheet\\b[^>]*>`, 'g'))].map((m) =>
    xmlUnescape(attr(m[0], 'name') ?? ''),
  );

  // The highlights, in the sheets they point at (not in an old Contrôles sheet, replaced below).
  const bySheet = new Map<string, ReportPlan['highlights']>();
  for (const h of report.highlights)
    if (h.sheet !== report.sheet && parts.has(h.sheet))
      bySheet.set(h.sheet, [...(bySheet.get(h.sheet) ?? []), h]);
  for (const [sheet, cells] of bySheet) {
    const part = parts.get(sheet)!;
    const xml = await text(zip, part);
    const fills = cells.map((h) => ({
      ref: h.cell,
      style: (s: number) => styles.withFill(s, SEVERITY_FILL[h.severity]),
    }));
    zip.file(part, restyleCells(xml, fills));
  }

  const style = reportStyles(styles);
  let index = order.indexOf(report.sheet);
  let part = parts.get(report.sheet);
  if (part) {
    // A Contrôles sheet from an earlier check --write: its table goes, its place stays.
    const rels = zip.file(relsOf(part)) ? await text(zip, relsOf(part)) : '';
    for (const t of targets(rels, part, 'table')) {
      zip.remove(t);
      types = types.replace(new RegExp(`<${P}Override\\b[^>]*PartName="/${t}"[^>]*/>`, 'i'), '');
    }
  } else {
    index = order.length;
    const added = freePart(zip, 'xl/worksheets/sheet');
    part = added;
    const ids = new Set([...wbRels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const sheetId =
      Math.max(
        0,
        ...[...wb.matchAll(new RegExp(`<${P}sheet\\b[^>]*>`, 'g'))].map(
          (m) => Number(attr(m[0], 'sheetId')) || 0,
        ),
      ) + 1;
    if (prefixOf(wb, 'sheets') === undefined) throw new Error('liste des feuilles illisible');
    wb = appendChild(
      wb,
      'sheets',
      (p) =>
        `<${p}sheet name="${xmlText(report.sheet)}" sheetId="${sheetId}" ` +
        `${qualified(wb, NS.r, 'id', p, 'r')}="rId${n}"/>`,
    );
    wbRels = appendChild(
      wbRels,
      'Relationships',
      (p) =>
        `<${p}Relationship Id="rId${n}" Type="${REL}worksheet" Target="${added.slice('xl/'.length)}"/>`,
    );
    types = appendChild(
      types,
      'Types',
      (p) => `<${p}Override PartName="/${added}" ContentType="${TYPE}worksheet+xml"/>`,
    );
  }

  const tables = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  const tableXmls = await Promise.all(tables.map((t) => text(zip, t)));
  const tableId =
    Math.max(0, ...tableXmls.map((x) => Number(/<table\b[^>]*\sid="(\d+)"/.exec(x)?.[1]) || 0)) + 1;
  const taken = new Set(
    tableXmls.map((x) => /<table\b[^>]*\sname="([^"]*)"/.exec(x)?.[1]?.toLowerCase()),
  );
  let name = 'Controles';
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `Controles${k}`;
  const table = freePart(zip, 'xl/tables/table');
  zip.file(table, tableXml(report, tableId, name));
  types = appendChild(
    types,
    'Types',
    (p) => `<${p}Override PartName="/${table}" ContentType="${TYPE}table+xml"/>`,
  );
  zip.file(
    relsOf(part),
    relationshipsXml([
      { id: 'rId1', type: `${REL}table`, target: `../${table.slice('xl/'.length)}` },
    ]),
  );
  zip.file(part, reportSheetXml(report, style, new Set(parts.keys())));

  const ps = report.pageSetup;
  const at = (range: string) => xmlText(sheetAreas(report.sheet, range));
  const names = (p: string) =>
    (ps.area
      ? `<${p}definedName name="_xlnm.Print_Area" localSheetId="${index}">${at(ps.area)}</${p}definedName>`
      : '') +
    (ps.titleRows
      ? `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${at(ps.titleRows)}</${p}definedName>`
      : '');
  zip.file('xl/workbook.xml', withPrintNames(wb, index, names));
  zip.file('xl/_rels/workbook.xml.rels', wbRels);
  zip.file('[Content_Types].xml', types);
  zip.file(stylesPath, styles.toString());
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
