import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellStyle, NumberFormat, SheetPlan, WorkbookPlan } from '../../core/plan/types';

/** Number formats in file syntax (Excel shows them in the user's locale). */
export const NUM_FMT: Record<NumberFormat, string> = {
  integer: '0',
  number: '#,##0.##',
  percent: '0.0%',
  money: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  month: 'mmm yyyy',
  text: '@',
};

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.numFmt) cell.numFmt = NUM_FMT[s.numFmt];
  if (s.bold || s.italic || s.color || s.size) {
    cell.font = {
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: s.color } } : {}),
      ...(s.size ? { size: s.size } : {}),
    };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  if (s.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
  if (s.locked !== undefined) cell.protection = { locked: s.locked };
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
    t.columns.forEach((c, j) => {
      const header = ws.getCell(r0, c0 + j);
      header.alignment = { wrapText: true, vertical: 'middle' };
      header.protection = { locked: true };
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

/**
 * What ExcelJS cannot express, patched into the package: calculated-column formulas (so a row
 * added to a table in Excel gets its computed cells) and workbook-scope defined names.
 */
async function repairPackage(
  buffer: ArrayBuffer | Uint8Array,
  plan: WorkbookPlan,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const formulas = new Map<string, (string | undefined)[]>();
  for (const s of plan.sheets)
    if (s.table)
      formulas.set(
        s.table.name,
        s.table.columns.map((c) => c.formula),
      );
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const file = zip.file(path)!;
    let xml = await file.async('string');
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const cols = name ? formulas.get(name) : undefined;
    if (!cols) continue;
    let i = 0;
    xml = xml.replace(
      /<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g,
      (whole, attrs: string, _end, inner?: string) => {
        const f = cols[i++];
        if (!f) return whole;
        return `<tableColumn${attrs}><calculatedColumnFormula>${xmlEscape(f)}</calculatedColumnFormula>${inner ?? ''}</tableColumn>`;
      },
    );
    zip.file(path, xml);
  }
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
