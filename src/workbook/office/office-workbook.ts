import type { ReportPlan } from '../../core/plan/report-types';
import type { WorkbookPlan } from '../../core/plan/types';
import type { CellValue } from '../../core/values/cell';
import { NUM_FMT } from '../formats';
import type { AddedSheets, WorkbookPort, WorkbookValues } from '../types';
import { A1_RANGE, isDateFormat, probeDateSystem, TEXT_FORMAT, toOfficeValue } from './cells';
import { loadProtection, protectedSheetMessage, unprotectedWhile } from './protection';
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
 * number of syncs, whatever the number of rows: sheetNames 1, render 2, readValues 3,
 * writeReport 3, addSheets 2 per sheet, select 1, setValue 2, plus one per chunk of about 4 MB of table data above the
 * first (every request and response stays under Excel on the web's 5 MB).
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

  /**
   * A string goes into a Text cell, so "=…", "+…", "-…" or "@…" never becomes a formula; a
   * number, a date or a boolean in a Text cell gets back a format that shows it as such. On a
   * protected sheet (Trépied protects Actions, Indicateurs…), the write is queued between an
   * unprotect and a protect with the same options, in the same batch.
   */
  async setValue(sheet: string, cell: string, value: CellValue): Promise<void> {
    checkCell(cell, true);
    return onSheet(sheet, () =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const range = ws.getRange(cell);
        range.load('numberFormat');
        loadProtection(ws);
        const dateOffset = probeDateSystem(context.workbook);
        await context.sync();
        const current: unknown = range.numberFormat[0]?.[0];
        unprotectedWhile(ws, () => {
          if (typeof value === 'string') range.numberFormat = [[TEXT_FORMAT]];
          else if (value instanceof Date && !isDateFormat(current)) {
            range.numberFormat = [[NUM_FMT.date]];
          } else if (value !== null && current === TEXT_FORMAT) range.numberFormat = [['General']];
          range.values = [[value === null ? '' : toOfficeValue(value, dateOffset())]];
        });
        try {
          await context.sync();
        } catch (error) {
          if (!ws.protection.protected) throw error;
          throw new Error(protectedSheetMessage(sheet, error), { cause: error });
        }
      }),
    );
  }
}
