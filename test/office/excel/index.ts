import { decodeCell } from '../../../src/core/read/address';
import { PAYLOAD_LIMIT } from './limits';
import {
  cellAt,
  getCell,
  isLocked,
  newSheet,
  parseArea,
  type CellModel,
  type Scalar,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { Session, type SyncStat } from './session';
import { FakeWorkbook } from './workbook';

export { PAYLOAD_LIMIT } from './limits';
export type { SyncStat } from './session';

export interface StrictExcelOptions {
  /** The host's ExcelApi minor version: 8 is the manifest's minimum, 9 brings copyFrom. */
  version?: number;
  /** Payload limit per request and per response (Excel on the web: 5 MB). */
  limit?: number;
  date1904?: boolean;
}

/**
 * A strict fake Excel: a workbook model behind Office.js-shaped objects that batch, measure and
 * refuse as Excel does (see session.ts, range.ts, workbook.ts). Install it, run the adapter,
 * then look at the workbook (cells, protection, tables, conditional formats) and at each sync.
 */
export class StrictExcel {
  readonly model: WorkbookModel;
  readonly version: number;
  readonly limit: number;
  /** Every sync of every Excel.run, in order. */
  readonly syncs: SyncStat[] = [];
  /** Syncs per Excel.run. */
  readonly runs: SyncStat[][] = [];

  constructor(options: StrictExcelOptions = {}) {
    this.version = options.version ?? 8;
    this.limit = options.limit ?? PAYLOAD_LIMIT;
    this.model = {
      sheets: [],
      tables: [],
      charts: [],
      names: [],
      properties: [],
      date1904: options.date1904 ?? false,
    };
  }

  /** Make the adapter's Excel.run and Office.context.requirements this Excel. */
  install(): this {
    const g = globalThis as Record<string, unknown>;
    g.Excel = {
      run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
        const session = new Session(this.model, this.version, this.limit);
        const stats = session.stats;
        this.runs.push(stats);
        const context = {
          workbook: new FakeWorkbook(session),
          sync: async () => {
            try {
              await session.sync();
            } finally {
              this.syncs.push(stats[stats.length - 1] as SyncStat);
            }
          },
        };
        const result = await batch(context);
        // Excel.run sends what is still queued when the batch function ends.
        if (session.pending > 0) await context.sync();
        return result;
      },
    };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) =>
            set === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= this.version,
        },
      },
    };
    return this;
  }

  addSheet(name: string): SheetModel {
    const sheet = newSheet(name);
    this.model.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const found = this.model.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  cell(sheet: string, ref: string): CellModel | undefined {
    const at = decodeCell(ref);
    return at ? getCell(this.sheet(sheet), at.row, at.column) : undefined;
  }

  /** Type values from `ref` on, as a user would (no formulas). */
  fill(sheet: string, ref: string, rows: (Scalar | null)[][], numberFormat?: string): void {
    const at = parseArea(ref);
    const model = this.sheet(sheet);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = cellAt(model, at.r1 + i, at.c1 + j);
        cell.value = v;
        if (numberFormat) cell.numberFormat = numberFormat;
      }),
    );
  }

  /** Cells from `ref` on: values, and optionally formulas ("=…") and number formats. */
  put(
    sheet: string,
    ref: string,
    values: Scalar[][],
    extra: { formulas?: (string | null)[][]; numberFormat?: string[][] } = {},
  ): void {
    const at = parseArea(ref);
    const model = this.sheet(sheet);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = cellAt(model, at.r1 + i, at.c1 + j);
        cell.value = v;
        const f = extra.formulas?.[i]?.[j];
        if (f) cell.formula = f;
        const nf = extra.numberFormat?.[i]?.[j];
        if (nf) cell.numberFormat = nf;
      }),
    );
  }

  /** A table over `ref` of `sheet` (its header row already put there). */
  addTable(name: string, sheet: string, ref: string, showTotals = false): void {
    this.model.tables.push({
      name,
      sheet: this.sheet(sheet),
      area: parseArea(ref),
      style: 'TableStyleMedium2',
      showHeaders: true,
      showTotals,
    });
  }

  protect(sheet: string, options: Record<string, unknown> = {}, password?: string): void {
    this.sheet(sheet).protection = {
      protected: true,
      options,
      ...(password ? { password } : {}),
    };
  }

  locked(sheet: string, ref: string): boolean {
    const at = decodeCell(ref);
    if (!at) throw new Error(ref);
    return isLocked(this.sheet(sheet), at.row, at.column);
  }

  /** A cell's border on one side: the last style, color and weight set over it. */
  border(sheet: string, ref: string, side: string): Record<string, string> {
    const at = decodeCell(ref);
    if (!at) throw new Error(ref);
    const out: Record<string, string> = {};
    for (const b of this.sheet(sheet).borders) {
      const { r1, c1, r2, c2 } = b.area;
      if (b.side === side && at.row >= r1 && at.row <= r2 && at.column >= c1 && at.column <= c2) {
        out[b.property] = b.value;
      }
    }
    return out;
  }

  /** The largest request and response of all syncs. */
  maxPayload(): { request: number; response: number } {
    return {
      request: Math.max(0, ...this.syncs.map((s) => s.request)),
      response: Math.max(0, ...this.syncs.map((s) => s.response)),
    };
  }

  uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    delete g.Excel;
    delete g.Office;
  }
}
