import type { WrittenPages } from '../../core/plan/pages';
import type { ReportPlan } from '../../core/plan/report-types';
import type { WorkbookPlan } from '../../core/plan/types';
import type { CellValue } from '../../core/values/cell';
import type { AddedSheets, CellChange, WorkbookPort, WorkbookValues } from '../types';
import { A1_RANGE } from './cells';
import { setValuesIn } from './edit';
import { markedPagesIn, writePagesTo } from './pages';
import { readWorkbook } from './read';
import { renderPlan } from './render';
import { addSheetTo } from './sheets';
import { writeReportTo } from './report';
import { supportsCopyFrom, supportsMultiArea, supportsPageLayout } from './requirements';

export interface OfficeWorkbookOptions {
  /** Payload per request before an extra sync (tests lower it); see Batch. */
  requestBudget?: number;
}

/** Office.js reports a sheet that does not exist as ItemNotFound when the batch runs. */
async function onSheet<T>(sheet: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ItemNotFound') {
      throw new Error(`La feuille « ${sheet} » n’existe pas dans le classeur.`, { cause: error });
    }
    throw error;
  }
}

function checkCell(cell: string, single = false): void {
  if (!A1_RANGE.test(cell) || (single && cell.includes(':')))
    throw new Error(`« ${cell} » n’est pas une adresse de cellule.`);
}

/**
 * The open Excel workbook, through Office.js. Each operation is one Excel.run with a fixed
 * number of syncs, whatever the number of rows or cells: sheetNames 1, render 2, readValues 3,
 * writeReport 3, addSheets 2 per sheet, markedPages 1, writePages 2 (whatever the pages), select 1, setValue 2, setValues 2 (« Tout corriger »
 * and its undo, whatever the number of cells), plus one per chunk of about 4 MB of table data
 * above the first (every request and response stays under Excel on the web's 5 MB).
 */
export class OfficeWorkbook implements WorkbookPort {
  readonly kind = 'excel' as const;

  constructor(private readonly options: OfficeWorkbookOptions = {}) {}

  /** The request budget given to this adapter, if any (else the writers' default). */
  private budget(): { budget?: number } {
    return this.options.requestBudget ? { budget: this.options.requestBudget } : {};
  }

  sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  render(plan: WorkbookPlan): Promise<void> {
    const copyFormulas = supportsCopyFrom();
    return Excel.run((context) =>
      renderPlan(context, plan, {
        copyFormulas,
        pageLayout: supportsPageLayout(),
        ...this.budget(),
      }),
    );
  }

  readValues(): Promise<WorkbookValues> {
    return Excel.run((context) => readWorkbook(context, this.options.requestBudget));
  }

  writeReport(report: ReportPlan): Promise<void> {
    const multiArea = supportsMultiArea();
    return Excel.run((context) =>
      writeReportTo(context, report, {
        multiArea,
        pageLayout: supportsPageLayout(),
        ...this.budget(),
      }),
    );
  }

  /** Each sheet of the plan added under a free name, its values and styles batched. */
  addSheets(plan: WorkbookPlan): Promise<AddedSheets> {
    const options = {
      multiArea: supportsMultiArea(),
      pageLayout: supportsPageLayout(),
      ...this.budget(),
    };
    return Excel.run(async (context) => {
      const names: string[] = [];
      for (const sheet of plan.sheets) names.push(await addSheetTo(context, sheet, options));
      return { kind: 'sheets', names };
    });
  }

  markedPages(mark: string): Promise<string[]> {
    return Excel.run((context) => markedPagesIn(context, mark));
  }

  /** The pages written and the marked ones of the same name replaced, in one batch. */
  writePages(plan: WorkbookPlan, mark: string): Promise<WrittenPages> {
    const options = {
      multiArea: supportsMultiArea(),
      pageLayout: supportsPageLayout(),
      ...this.budget(),
    };
    return Excel.run((context) => writePagesTo(context, plan, mark, options));
  }

  async select(sheet: string, cell: string): Promise<void> {
    checkCell(cell);
    return onSheet(sheet, () =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    );
  }

  /** One cell, as setValues writes it (2 syncs). */
  async setValue(sheet: string, cell: string, value: CellValue): Promise<void> {
    return this.setValues([{ sheet, cell, value }]);
  }

  /**
   * Every address checked first, then 2 syncs whatever the number of cells (see setValuesIn):
   * strings stay text, dates get a date format, protected sheets are unprotected around their
   * writes and protected again in the same batch. A missing sheet is named in French.
   */
  async setValues(changes: CellChange[]): Promise<void> {
    for (const c of changes) checkCell(c.cell, true);
    if (changes.length === 0) return;
    try {
      await Excel.run((context) => setValuesIn(context, changes, this.options.requestBudget));
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ItemNotFound') throw error;
      // Which sheet is missing: one more look, on this error path only.
      const names = new Set((await this.sheetNames()).map((n) => n.toLowerCase()));
      const missing = changes.find((c) => !names.has(c.sheet.toLowerCase()));
      if (!missing) throw error;
      throw new Error(`La feuille « ${missing.sheet} » n’existe pas dans le classeur.`, {
        cause: error,
      });
    }
  }
}
