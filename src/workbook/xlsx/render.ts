import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellStyle, SheetPlan, WorkbookPlan } from '../../core/plan/types';
import { allowedLink } from '../../core/restore/links';
import { NUM_FMT } from '../formats';

export { NUM_FMT } from '../formats';

/**
 * Style one cell. ExcelJS shares one style object between cells (same column, or same style
 * index once loaded), and its setters mutate it: always give the cell a fresh object.
 */
export function styleCell(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  const patch: Partial<ExcelJS.Style> = {};
  if (s.numFmt) patch.numFmt = NUM_FMT[s.numFmt];
  if (s.bold || s.italic || s.color || s.size) {
    patch.font = {
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: s.color } } : {}),
      ...(s.size ? { size: s.size } : {}),
    };
  }
  if (s.fill) patch.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  if (s.wrap) patch.alignment = { wrapText: true, vertical: 'top' };
  if (s.locked !== undefined) patch.protection = { locked: s.locked };
  styleCell(cell, patch);
}

async function renderSheet(wb: ExcelJS.Workbook, sp: SheetPlan): Promise<void> {
  const ws = wb.addWorksheet(sp.name, { state: sp.state });
  sp.widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
  });
  if (sp.frozen.rows || sp.frozen.columns) {
    ws.views = [{ state: 'frozen', xSplit: sp.frozen.columns, ySplit: sp.frozen.rows }];
  }
  const t = sp.table;
  if (t) {
    const origin = ws.getCell(t.origin);
    const r0 = Number(origin.row);
    const c0 = Number(origin.col);
    // Entered columns are unlocked down the whole sheet, so rows typed below the table stay editable.
    t.columns.forEach((c, j) => {
      if (!c.locked) ws.getColumn(c0 + j).protection = { locked: false };
    });
    ws.addTable({
      name: t.name,
      ref: t.origin,
      headerRow: true,
      style: {
        theme: t.style as NonNullable<ExcelJS.TableStyleProperties['theme']>,
        showRowStripes: true,
      },
      columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: t.rows.map((row) =>
        row.map((v, j) => {
          const f = t.columns[j]?.formula;
          return f ? { formula: f } : v === null ? null : v;
        }),
      ),
    });
    // Links only on text: the cell keeps its text, the target follows (http, https, mailto).
    for (const l of t.links ?? []) {
      const cell = ws.getCell(r0 + 1 + l.row, c0 + l.column);
      const text = t.rows[l.row]?.[l.column];
      if (typeof text === 'string' && allowedLink(l.target))
        cell.value = { text, hyperlink: l.target };
    }
    t.columns.forEach((c, j) => {
      styleCell(ws.getCell(r0, c0 + j), {
        alignment: { wrapText: true, vertical: 'middle' },
        protection: { locked: true },
      });
      for (let i = 0; i < t.rows.length; i++) {
        const cell = ws.getCell(r0 + 1 + i, c0 + j);
        applyStyle(cell, { ...c, locked: c.locked });
      }
    });
    ws.getRow(r0).height = 45;
  }
  for (const cp of sp.cells) {
    const cell = ws.getCell(cp.ref);
    if (cp.formula) cell.value = { formula: cp.formula } as ExcelJS.CellFormulaValue;
    else if (cp.value !== undefined) cell.value = cp.value;
    applyStyle(cell, cp);
  }
  for (const v of sp.validations) {
    const dv: ExcelJS.DataValidation = {
      type: v.type,
      allowBlank: true,
      formulae: v.formulae,
      showErrorMessage: true,
      errorStyle: v.style,
      errorTitle: v.error.title,
      error: v.error.text,
      ...(v.operator ? { operator: v.operator } : {}),
      ...(v.prompt
        ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text }
        : {}),
    };
    (
      ws as unknown as { dataValidations: { add(a: string, d: ExcelJS.DataValidation): void } }
    ).dataValidations.add(v.range, dv);
  }
  for (const cf of sp.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: cf.priority,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: cf.fill } },
            ...(cf.color ? { font: { color: { argb: cf.color } } } : {}),
          },
        },
      ],
    });
  }
  if (sp.protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
}

/** Render a plan into an ExcelJS workbook (before the file-level repairs of planToXlsx). */
export async function renderWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trépied';
  wb.created = new Date(`${plan.created}T00:00:00Z`);
  wb.modified = wb.created;
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sp of plan.sheets) await renderSheet(wb, sp);
  return wb;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Calculated-column formulas by table name, then by column header. */
export type ColumnFormulas = Record<string, Record<string, string>>;

/**
 * Write calculated-column formulas into the table parts (ExcelJS cannot express them), so a row
 * added to a table in Excel gets its computed cells.
 */
async function patchTableFormulas(zip: JSZip, formulas: ColumnFormulas): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    let xml = await zip.file(path)!.async('string');
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const cols = name ? formulas[name] : undefined;
    if (!cols) continue;
    xml = xml.replace(
      /<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g,
      (whole, attrs: string, _end, inner?: string) => {
        const header = /\bname="([^"]*)"/.exec(attrs)?.[1];
        const f = header === undefined ? undefined : cols[xmlUnescape(header)];
        if (!f || (inner ?? '').includes('<calculatedColumnFormula')) return whole;
        return `<tableColumn${attrs}><calculatedColumnFormula>${xmlEscape(f)}</calculatedColumnFormula>${inner ?? ''}</tableColumn>`;
      },
    );
    zip.file(path, xml);
  }
}

const xmlUnescape = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Add calculated-column formulas to an .xlsx written by ExcelJS. */
export async function restoreCalculatedColumns(
  bytes: ArrayBuffer | Uint8Array,
  formulas: ColumnFormulas,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await patchTableFormulas(zip, formulas);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The calculated-column formulas of a plan, for restoreCalculatedColumns. */
export function planFormulas(plan: WorkbookPlan): ColumnFormulas {
  const out: ColumnFormulas = {};
  for (const s of plan.sheets) {
    if (!s.table) continue;
    const cols: Record<string, string> = {};
    for (const c of s.table.columns) if (c.formula) cols[c.header] = c.formula;
    out[s.table.name] = cols;
  }
  return out;
}

/** What ExcelJS cannot express, patched into the package: column formulas and defined names. */
async function repairPackage(
  buffer: ArrayBuffer | Uint8Array,
  plan: WorkbookPlan,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  await patchTableFormulas(zip, planFormulas(plan));
  const wbPath = 'xl/workbook.xml';
  let wbXml = await zip.file(wbPath)!.async('string');
  const defs = plan.names
    .map((n) => `<definedName name="${xmlEscape(n.name)}">${xmlEscape(n.ref)}</definedName>`)
    .join('');
  if (/<definedNames>/.test(wbXml))
    wbXml = wbXml.replace('</definedNames>', `${defs}</definedNames>`);
  else if (/<definedNames\/>/.test(wbXml))
    wbXml = wbXml.replace('<definedNames/>', `<definedNames>${defs}</definedNames>`);
  else wbXml = wbXml.replace('</sheets>', `</sheets><definedNames>${defs}</definedNames>`);
  zip.file(wbPath, wbXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Render a plan into the bytes of an .xlsx file. */
export async function planToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = await renderWorkbook(plan);
  const buffer = await wb.xlsx.writeBuffer();
  return repairPackage(buffer as ArrayBuffer, plan);
}
