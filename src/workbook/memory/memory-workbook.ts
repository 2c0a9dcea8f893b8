import ExcelJS from 'exceljs';
import type { ReportPlan } from '../../core/plan/report-types';
import {
  markedSheets,
  pageMarks,
  pagesToReplace,
  type NamedRef,
  type WrittenPages,
} from '../../core/plan/pages';
import type { WorkbookPlan } from '../../core/plan/types';
import type { CellValue } from '../../core/values/cell';
import type { AddedSheets, CellChange, WorkbookPort, WorkbookValues } from '../types';
import { loadXlsx } from '../xlsx/load';
import { openForReport } from '../xlsx/open';
import { readWorkbookFile } from '../xlsx/reader';
import { readPrintNames, restorePrintNames, type PrintNames } from '../xlsx/print-names';
import { planToXlsx, restoreCalculatedColumns } from '../xlsx/render';
import { addReportSheet } from '../xlsx/report';
import { mergeInto } from './merge';
import { recalculate } from './recalculate';
import { templateFormulas } from './formulas';
import { sheetGrid, type GridOptions, type SheetGrid } from './sheet-grid';

export type MemoryEvent = { type: 'select'; sheet: string; cell: string } | { type: 'change' };

export type MemoryListener = (event: MemoryEvent) => void;

/** The plan's sheets that the workbook already holds: render refuses to overwrite them. */
export class SheetsExist extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `Le classeur contient déjà ${sheets.length > 1 ? 'les feuilles' : 'la feuille'} ${sheets
        .map((s) => `« ${s} »`)
        .join(
          ', ',
        )} : Trépied ne remplace pas des feuilles existantes. Créez les feuilles dans un nouveau classeur.`,
    );
  }
}

const A1 = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/;

/**
 * The task pane's workbook outside Excel (demo mode): an ExcelJS workbook in memory, opened from
 * a file or created from a plan, downloaded as .xlsx.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly kind = 'demo' as const;
  private selected: { sheet: string; cell: string } | undefined;
  private readonly listeners = new Set<MemoryListener>();

  private constructor(
    private wb: ExcelJS.Workbook,
    private fileName: string | undefined,
    /** The print areas and titles as rendered or opened: ExcelJS's round trip spoils them. */
    private readonly printNames: PrintNames = new Map(),
  ) {}

  /** A workbook with no sheet, as a fresh demo starts. */
  static empty(): MemoryWorkbook {
    return new MemoryWorkbook(new ExcelJS.Workbook(), undefined);
  }

  /**
   * Open .xlsx bytes; refuses unreadable files with an UnreadableWorkbook (French message), as
   * the command line does (same reader); the workbook is then loaded into ExcelJS to be edited.
   */
  static async fromBytes(bytes: Uint8Array, name: string): Promise<MemoryWorkbook> {
    const read = await readWorkbookFile(bytes, name);
    const wb = await openForReport(bytes, name, read);
    await recalculate(wb);
    return new MemoryWorkbook(wb, name, await readPrintNames(bytes));
  }

  /** The file name for a download: the opened file's, else one after the template. */
  get name(): string {
    return this.fileName ?? 'classeur-trepied.xlsx';
  }

  /** Be told of selections and changes; returns the unsubscribe function. */
  subscribe(listener: MemoryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The last cell selected through the port. */
  get selection(): { sheet: string; cell: string } | undefined {
    return this.selected;
  }

  async sheetNames(): Promise<string[]> {
    return this.wb.worksheets.map((ws) => ws.name);
  }

  /** The sheets a person sees (not the very hidden _meta). */
  visibleSheets(): string[] {
    return this.wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
  }

  async render(plan: WorkbookPlan): Promise<void> {
    const existing = new Set(this.wb.worksheets.map((ws) => ws.name.toLowerCase()));
    const clash = plan.sheets.map((s) => s.name).filter((n) => existing.has(n.toLowerCase()));
    if (clash.length > 0) throw new SheetsExist(clash);
    // Through the file writer, so that defined names are there as in a downloaded file.
    const bytes = await planToXlsx(plan);
    const rendered = await loadXlsx(bytes);
    for (const [sheet, names] of await readPrintNames(bytes)) this.printNames.set(sheet, names);
    if (this.wb.worksheets.length === 0) this.wb = rendered;
    else mergeInto(this.wb, rendered);
    await recalculate(this.wb);
    this.fileName ??= `suivi-${plan.template}.xlsx`;
    this.emit({ type: 'change' });
  }

  /**
   * The values as the file would give them: written, then read by the one reader, with the cells
   * outside the tables (a row typed below a table in LibreOffice is said by the check).
   */
  async readValues(): Promise<WorkbookValues> {
    return readWorkbookFile(await this.toBytes(), this.name, { loose: true });
  }

  async writeReport(report: ReportPlan): Promise<void> {
    addReportSheet(this.wb, report);
    // The report sheet is new each time: its print setup is the one just written.
    this.printNames.delete(report.sheet);
    this.emit({ type: 'change' });
  }

  /** The demo's workbook is left as it is: the plan comes back as a file to download. */
  async addSheets(plan: WorkbookPlan): Promise<AddedSheets> {
    return { kind: 'file', bytes: await planToXlsx(plan) };
  }

  async markedPages(mark: string): Promise<string[]> {
    const marked = markedSheets(mark, this.definedNames());
    return this.wb.worksheets.map((ws) => ws.name).filter((n) => marked.has(n.toLowerCase()));
  }

  /** The marked same-named sheets and their marks removed, then the pages rendered, marked. */
  async writePages(plan: WorkbookPlan, mark: string): Promise<WrittenPages> {
    const marked = markedSheets(mark, this.definedNames());
    const replaced = pagesToReplace(
      plan.sheets.map((s) => s.name),
      this.wb.worksheets.map((ws) => ws.name),
      marked,
    );
    const gone = new Set(replaced.flatMap((s) => marked.get(s.toLowerCase()) ?? []));
    if (gone.size > 0)
      this.wb.definedNames.model = this.wb.definedNames.model.filter((n) => !gone.has(n.name));
    for (const name of replaced) {
      this.wb.removeWorksheet(name);
      this.printNames.delete(name);
    }
    const kept = this.definedNames().map((n) => n.name);
    const marks = pageMarks(
      mark,
      plan.sheets.map((s) => s.name),
      kept,
    );
    await this.render({ ...plan, names: [...plan.names, ...marks] });
    return { sheets: plan.sheets.map((s) => s.name), replaced };
  }

  /** Every defined name with one reference (ExcelJS lists a name once per range). */
  private definedNames(): NamedRef[] {
    return this.wb.definedNames.model.flatMap((n) =>
      n.ranges.map((ref) => ({ name: n.name, ref })),
    );
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selected = { sheet, cell };
    this.emit({ type: 'select', sheet, cell });
  }

  async setValue(sheet: string, cell: string, value: CellValue): Promise<void> {
    return this.setValues([{ sheet, cell, value }]);
  }

  /** Every change checked first, then written, then one recalculation (not one per cell). */
  async setValues(changes: CellChange[]): Promise<void> {
    const targets = changes.map(({ sheet, cell }) => {
      const ws = this.wb.getWorksheet(sheet);
      if (!ws) throw new Error(`La feuille « ${sheet} » n’existe pas dans le classeur.`);
      if (!A1.test(cell)) throw new Error(`« ${cell} » n’est pas une adresse de cellule.`);
      return ws.getCell(cell.replace(/\$/g, ''));
    });
    changes.forEach(({ value }, i) => {
      const target = targets[i] as ExcelJS.Cell;
      // A string is stored as text, even "=…", "+…", "-…" or "@…": ExcelJS makes formulas from objects only.
      target.value = value;
      if (value instanceof Date && !target.numFmt) target.numFmt = 'dd/mm/yyyy';
    });
    if (changes.length === 0) return;
    await recalculate(this.wb);
    this.emit({ type: 'change' });
  }

  /** The displayed text of a sheet's cells, for the demo's read-only view. */
  grid(sheet: string, options: GridOptions): SheetGrid | undefined {
    const ws = this.wb.getWorksheet(sheet);
    return ws ? sheetGrid(ws, options) : undefined;
  }

  /** The .xlsx file: calculated-column formulas restored, recalculated when Excel opens it. */
  async toBytes(): Promise<Uint8Array> {
    this.wb.calcProperties = { ...this.wb.calcProperties, fullCalcOnLoad: true };
    const buffer = new Uint8Array(await this.wb.xlsx.writeBuffer());
    const formulas = templateFormulas(readMeta(this.wb));
    const restored = formulas ? await restoreCalculatedColumns(buffer, formulas) : buffer;
    return this.printNames.size > 0 ? restorePrintNames(restored, this.printNames) : restored;
  }

  private emit(event: MemoryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

function readMeta(wb: ExcelJS.Workbook): string | undefined {
  const meta = wb.getWorksheet('_meta');
  let template: string | undefined;
  meta?.eachRow((row) => {
    const value = row.getCell(2).value;
    if (row.getCell(1).value === 'template' && typeof value === 'string') template = value;
  });
  return template;
}
