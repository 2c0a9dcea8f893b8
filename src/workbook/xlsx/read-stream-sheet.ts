/**
 * One worksheet part read as a stream. ExcelJS's WorksheetXform routes the XML events, as in
 * `wb.xlsx.load`, but its sheetData list is replaced: each row is reconciled (shared strings,
 * dates, shared formulas, hyperlinks) as soon as it is parsed, the cells the reader needs are kept
 * as values, and the row is dropped.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { CellValue } from '../../core/values/cell';
import { columnLetter } from '../../core/formula/refs';
import { cellValue, type Box } from './read';
import {
  colCache,
  excelToDate,
  isDateFmt,
  Range,
  ValueType,
  X,
  type CellModel,
  type RangeLike,
  type Relationship,
  type RowModel,
  type SaxNode,
  type TableModel,
  type Xform,
} from './read-stream-exceljs';
import { afterSheetData, parsePart, parseXml, partText } from './read-stream-parts';

/** A rectangle of cells, 1-based and inclusive. */

/** What the reader keeps of a sheet: the cells of some rectangles, and the `_meta` rows. */
export interface SheetNeeds {
  boxes: Box[];
  meta: boolean;
}

/** The worksheet model as WorksheetXform gives it, reconciled (the rows excepted). */
export interface SheetModel {
  sheetNo?: string;
  relationships?: Relationship[] | undefined;
  rows?: unknown;
  tables: (TableModel | undefined)[];
  mergeCells?: string[];
  hyperlinks?: unknown;
}

type Raw = unknown;

/** A string no longer sharing memory with the XML text it was cut from (a V8 sliced string). */
function own(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** The `value` of a cell whose model ExcelJS's Cell received (the Value classes of cell.js). */
function rawValue(m: CellModel): Raw {
  switch (m.type) {
    case ValueType.Null:
      return null;
    case ValueType.Hyperlink: {
      const v: Record<string, unknown> = { text: m.text, hyperlink: m.hyperlink };
      if (m.tooltip) v.tooltip = m.tooltip;
      return v;
    }
    case ValueType.Formula: {
      const v: Record<string, unknown> = {};
      for (const k of ['formula', 'result', 'ref', 'shareType', 'sharedFormula'] as const)
        if (m[k]) v[k] = m[k];
      return v;
    }
    case undefined:
      // Value.create(undefined) makes a JSONValue, whose value is its model's rawValue.
      return undefined;
    default:
      return m.value;
  }
}

const KNOWN_TYPES = new Set<number | undefined>([...Object.values(ValueType), undefined]);

/** The value readWorkbookValues gives for a cell of this raw value and model. */
function valueOf(raw: Raw, model: CellModel | { type: number }): CellValue {
  return cellValue({ value: raw, model } as unknown as ExcelJS.Cell);
}

/** What the rows' reconcile reads (XLSX.reconcile's sheet options, with the worksheet's). */
export interface RowOptions {
  styles?: Styles | undefined;
  sharedStrings?: { getString(index: number): unknown } | undefined;
  date1904?: boolean | undefined;
  hyperlinkMap: Record<string, string>;
  formulae: Record<string, string | undefined>;
}

/**
 * RowXform.reconcile and CellXform.reconcile (ExcelJS 4.4), ported for speed: the same steps on
 * the same model, less what no value depends on (the style object set on each cell, comments).
 * The hyperlink map is only looked up when the sheet has hyperlinks: a lookup with each cell's
 * address (a string the parser just cut) cost more than the rest of the reconcile.
 */
function reconcileRow(
  row: RowModel & { styleId?: number },
  options: RowOptions,
  links: boolean,
): void {
  if (row.styleId) (options.styles as Styles).getStyleModel(row.styleId);
  for (const model of row.cells as (CellModel & { styleId?: number; si?: string })[]) {
    const style = model.styleId && options.styles && options.styles.getStyleModel(model.styleId);
    switch (model.type) {
      case ValueType.String:
        if (typeof model.value === 'number' && options.sharedStrings)
          model.value = options.sharedStrings.getString(model.value);
        if ((model.value as { richText?: unknown }).richText) model.type = ValueType.RichText;
        break;
      case ValueType.Number:
        if (style && isDateFmt(style.numFmt)) {
          model.type = ValueType.Date;
          model.value = excelToDate(model.value as number, options.date1904);
        }
        break;
      case ValueType.Formula:
        if (model.result !== undefined && style && isDateFmt(style.numFmt))
          model.result = excelToDate(model.result as number, options.date1904);
        if (model.shareType === 'shared') {
          if (model.ref) options.formulae[model.si as string] = model.address as string;
          else {
            model.sharedFormula = options.formulae[model.si as string] as string;
            delete model.shareType;
          }
          delete model.si;
        }
        break;
      default:
        break;
    }
    const address = model.address as string;
    const first = address === undefined ? 65 : address.charCodeAt(0);
    // Without hyperlinks, only a name of Object.prototype could be found in the map.
    if (!links && first >= 65 && first <= 90) continue;
    const hyperlink = options.hyperlinkMap[address];
    if (hyperlink) {
      if (model.type === ValueType.Formula) {
        model.text = model.result;
        model.result = undefined;
      } else {
        model.text = model.value;
        model.value = undefined;
      }
      model.type = ValueType.Hyperlink;
      model.hyperlink = hyperlink;
    }
  }
}

/** The cells kept from one rectangle: values as readWorkbookValues gives them, and formulas. */
export class Area {
  readonly values: (CellValue[] | undefined)[] = [];
  readonly formulas: ((string | null)[] | undefined)[] = [];
  /** The last formula of each column: equal formulas share one string. */
  private readonly last: (string | null)[];
  readonly width: number;

  constructor(readonly box: Box) {
    this.width = box.right - box.left + 1;
    this.last = new Array<string | null>(this.width).fill(null);
  }

  covers(r: number, c: number): boolean {
    const b = this.box;
    return r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
  }

  set(r: number, c: number, value: CellValue, formula: string | null): void {
    const i = r - this.box.top;
    const j = c - this.box.left;
    const values = (this.values[i] ??= new Array<CellValue>(this.width).fill(null));
    const formulas = (this.formulas[i] ??= new Array<string | null>(this.width).fill(null));
    values[j] = value;
    if (formula !== null) {
      const last = this.last[j];
      if (formula === last) formula = last;
      else this.last[j] = formula = own(formula);
    }
    formulas[j] = formula;
  }

  clearRow(r: number): void {
    this.values[r - this.box.top] = undefined;
    this.formulas[r - this.box.top] = undefined;
  }

  /** The values of a sheet row inside the rectangle (nulls where no cell). */
  row(r: number): CellValue[] {
    return this.values[r - this.box.top] ?? new Array<CellValue>(this.width).fill(null);
  }

  formulaRow(r: number): (string | null)[] {
    return this.formulas[r - this.box.top] ?? new Array<string | null>(this.width).fill(null);
  }

  value(r: number, c: number): CellValue {
    return this.values[r - this.box.top]?.[c - this.box.left] ?? null;
  }
}

/** A row of the `_meta` sheet: the type of each cell (for `hasValues`) and its first two values. */
interface MetaRow {
  types: Map<number, number | undefined>;
  first: CellValue;
  second: CellValue;
}

/**
 * Receives the rows of a sheet as they are parsed, does what ExcelJS's Row and Cell model setters
 * would do with them (same failures), and keeps the needed cells.
 */
export class SheetCollector {
  readonly areas: Area[];
  readonly metaRows = new Map<number, MetaRow>();
  /** Merge masters wanted (row → columns) and their raw values once read ("row:col"). */
  private readonly masterCols = new Map<number, Set<number>>();
  private readonly masters = new Map<string, Raw>();
  private maxRow = 0;
  /** Columns created in the current row (ExcelJS validates an address when it creates a cell). */
  private readonly created = new Int32Array(16386);
  private rowSerial = 0;
  private fromSharedStrings: boolean[] = [];

  constructor(
    needs: SheetNeeds,
    merges: RangeLike[],
    private readonly options: RowOptions,
  ) {
    this.areas = needs.boxes.map((b) => new Area(b));
    this.meta = needs.meta;
    this.links = Object.keys(options.hyperlinkMap).length > 0;
    for (const m of merges) {
      const cols = this.masterCols.get(m.top) ?? new Set<number>();
      cols.add(m.left);
      this.masterCols.set(m.top, cols);
    }
  }

  private readonly meta: boolean;
  /** Whether the sheet has hyperlinks. */
  private readonly links: boolean;

  private clear(r: number): void {
    for (const a of this.areas) if (r >= a.box.top && r <= a.box.bottom) a.clearRow(r);
    for (const c of this.masterCols.get(r) ?? []) this.masters.delete(`${r}:${c}`);
    this.metaRows.delete(r);
  }

  row(model: RowModel): void {
    const cells = model.cells;
    // Strings read from the shared strings table stay the table's own strings.
    const sst = this.fromSharedStrings;
    sst.length = cells.length;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] as CellModel;
      sst[i] = c.type === ValueType.String && typeof c.value === 'number';
    }
    reconcileRow(model, this.options, this.links);
    const r = model.number;
    // new Row(ws, NaN).model = rowModel fails so (row.js).
    if (Number.isNaN(r)) throw new Error('Invalid row number in model');
    if (r <= this.maxRow) this.clear(r);
    else this.maxRow = r;
    const covering = this.areas.filter((a) => r >= a.box.top && r <= a.box.bottom);
    const masterCols = this.masterCols.get(r);
    let meta: MetaRow | undefined;
    if (this.meta) {
      meta = { types: new Map(), first: null, second: null };
      this.metaRows.set(r, meta);
    }
    const serial = ++this.rowSerial;
    let prev: { row: number; col: number } | undefined;
    for (let i = 0; i < cells.length; i++) {
      const m = cells[i] as CellModel;
      if (m.type === ValueType.Merge) continue;
      // Row model setter (row.js): the address, or the column after the previous cell's.
      let address: { row: number; col: number; address: string };
      if (m.address) address = colCache.decodeAddress(m.address);
      else if (prev) {
        const col = prev.col + 1;
        // colCache.encodeAddress, which fails beyond XFD.
        if (col > 16384)
          throw new Error(`${col} is out of bounds. Excel supports columns from 1 to 16384`);
        address = { row: prev.row, col, address: `${columnLetter(col - 1)}${prev.row}` };
      } else throw new TypeError("Cannot read properties of undefined (reading 'col')");
      prev = address;
      const col = address.col;
      if (this.created[col] !== serial || col === undefined) {
        if (col === undefined || Number.isNaN(col)) throw new Error('A Cell needs a Row');
        if (!/^[A-Z]+\d+$/.test(address.address))
          throw new Error(`Invalid Address: ${address.address}`);
        this.created[col] = serial;
      }
      if (!KNOWN_TYPES.has(m.type)) throw new Error(`Could not create Value of type ${m.type}`);
      const isMaster = masterCols?.has(col) ?? false;
      const inMeta = meta !== undefined;
      let inArea = false;
      for (const a of covering) if (col >= a.box.left && col <= a.box.right) inArea = true;
      if (!inArea && !isMaster && !inMeta) continue;
      const raw = rawValue(m);
      if (isMaster) this.masters.set(`${r}:${col}`, raw);
      if (!inArea && !(meta && col <= 2)) {
        if (meta) meta.types.set(col, m.type === undefined ? ValueType.String : m.type);
        continue;
      }
      let value = valueOf(raw, m);
      if (typeof value === 'string' && !sst[i]) value = own(value);
      if (meta) {
        meta.types.set(col, m.type === undefined ? ValueType.String : m.type);
        if (col === 1) meta.first = value;
        else if (col === 2) meta.second = value;
      }
      if (inArea) {
        const formula = m.formula ?? m.sharedFormula ?? null;
        for (const a of covering)
          if (col >= a.box.left && col <= a.box.right) a.set(r, col, value, formula);
      }
    }
  }

  /**
   * Apply the merged cells, as Worksheet's model setter does after the rows: overlapping merges
   * fail; every cell of a merge but its first takes the first's value, without formula.
   */
  merge(refs: string[]): void {
    const done: RangeLike[] = [];
    for (const ref of refs) {
      const m = new Range([ref]);
      if (done.some((d) => d.intersects(m))) throw new Error('Cannot merge already merged cells');
      done.push(m);
      if (![m.top, m.left, m.bottom, m.right].every(Number.isFinite)) continue;
      const key = `${m.top}:${m.left}`;
      const master = this.masters.has(key) ? this.masters.get(key) : null;
      const slave = valueOf(master, { type: ValueType.Merge });
      const isSlave = (r: number, c: number) => r !== m.top || c !== m.left;
      for (const a of this.areas) {
        const b = a.box;
        for (let r = Math.max(m.top, b.top); r <= Math.min(m.bottom, b.bottom); r++)
          for (let c = Math.max(m.left, b.left); c <= Math.min(m.right, b.right); c++)
            if (isSlave(r, c)) a.set(r, c, slave, null);
      }
      if (!this.meta) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (!isSlave(r, c)) continue;
          let row = this.metaRows.get(r);
          if (!row) this.metaRows.set(r, (row = { types: new Map(), first: null, second: null }));
          row.types.set(c, ValueType.Merge);
          if (c === 1) row.first = slave;
          else if (c === 2) row.second = slave;
        }
      }
    }
  }

  /** The `_meta` rows eachRow visits (those with a non-empty cell), in order: [key, value]. */
  metaEntries(): [CellValue, CellValue][] {
    return (
      [...this.metaRows.entries()]
        // Rows at array indices (row r at r - 1) with a cell that is not empty.
        .filter(
          ([r, row]) =>
            r >= 1 && r <= 4294967295 && [...row.types.values()].some((t) => t !== ValueType.Null),
        )
        .sort(([a], [b]) => a - b)
        .map(([, row]) => [row.first, row.second])
    );
  }
}

/** ExcelJS's sheetData ListXform, except that each row goes to `onRow` instead of a list. */
class StreamingSheetData {
  model: unknown[] | null = null;
  private parser: Xform<RowModel> | undefined;

  constructor(
    private readonly rowXform: Xform<RowModel>,
    private readonly onRow: (row: RowModel) => void,
  ) {}

  reset(): void {
    this.model = null;
  }

  parseOpen(node: SaxNode): boolean {
    if (this.parser) {
      this.parser.parseOpen(node);
      return true;
    }
    if (node.name === 'sheetData') {
      this.model = [];
      return true;
    }
    if (this.rowXform.parseOpen(node)) {
      this.parser = this.rowXform;
      return true;
    }
    return false;
  }

  parseText(text: string): void {
    if (this.parser) this.parser.parseText(text);
  }

  parseClose(name: string): boolean {
    if (this.parser) {
      if (!this.parser.parseClose(name)) {
        this.onRow(this.parser.model);
        this.parser = undefined;
      }
      return true;
    }
    return false;
  }

  reconcile(): void {
    // The rows were reconciled as they came.
  }
}

/**
 * ExcelJS's data validations, parsed for nothing: they do not change a value, and its parser
 * stores the validation of every cell of every range (1.2 million entries for the validations of
 * 300 000 rows). The XML events are routed as its parser would route them.
 */
class SkippedDataValidations {
  model: Record<string, never> | null = null;

  reset(): void {
    this.model = null;
  }

  parseOpen(node: SaxNode): boolean {
    if (node.name === 'dataValidations') this.model = {};
    return true;
  }

  parseText(): void {}

  parseClose(name: string): boolean {
    return name !== 'dataValidations';
  }

  reconcile(): void {}
}

function worksheetXform(onRow: (row: RowModel) => void): {
  xform: Xform<SheetModel>;
  rowXform: Xform<RowModel>;
} {
  const xform = new X.Worksheet() as Xform<SheetModel>;
  const rowXform = new X.Row();
  const map = xform.map as Record<string, unknown>;
  map.sheetData = new StreamingSheetData(rowXform, onRow);
  map.dataValidations = new SkippedDataValidations();
  return { xform, rowXform };
}

interface Styles {
  getStyleModel(id: number): { numFmt?: string } | null;
}

/**
 * The styles as the rows' reconcile sees them: CellXform only asks whether a cell's number format
 * is a date format (utils.isDateFmt, three regular expressions per number cell); each style is
 * answered once, with a format that gives the same verdict. Other methods are the styles' own.
 */
function dateVerdicts(styles: Styles | undefined): Styles | undefined {
  if (!styles) return styles;
  const cache = new Map<number, { numFmt?: string } | null>();
  const wrapped = Object.create(styles) as Styles;
  wrapped.getStyleModel = (id: number) => {
    let model = cache.get(id);
    if (model === undefined) {
      const style = styles.getStyleModel(id);
      model = style && (isDateFmt(style.numFmt) ? { numFmt: 'd' } : {});
      cache.set(id, model);
    }
    return model;
  };
  return wrapped;
}

/** What a worksheet's reconcile gives the rows, and the tail the reader plans with. */
interface Tail {
  options: Record<string, unknown>;
  tables: (TableModel | undefined)[];
  merges: string[];
}

export interface SheetContext {
  /** The options XLSX.reconcile gives every worksheet (styles, shared strings, tables…). */
  options(): Record<string, unknown>;
  relationships: Relationship[] | undefined;
}

/** WorksheetXform.reconcile on a model without rows: hyperlinks, tables, and the same failures. */
function reconcile(xform: Xform<SheetModel>, model: SheetModel, ctx: SheetContext): Tail {
  const options = ctx.options();
  model.relationships = ctx.relationships;
  xform.reconcile(model, options);
  return { options, tables: model.tables, merges: model.mergeCells ?? [] };
}

function emptyTail(ctx: SheetContext): Tail {
  return {
    options: { ...ctx.options(), hyperlinkMap: {}, formulae: {}, commentsMap: {} },
    tables: [],
    merges: [],
  };
}

/** The tail of a sheet guessed from the bytes after `</sheetData>`, parsed alone. */
async function guessTail(entry: JSZip.JSZipObject, ctx: SheetContext): Promise<Tail> {
  try {
    const { xform } = worksheetXform(() => undefined);
    async function* text(): AsyncGenerator<string> {
      yield '<worksheet>';
      yield* partText(afterSheetData(entry));
    }
    const model = await parseXml(text(), xform);
    return model ? reconcile(xform, model, ctx) : emptyTail(ctx);
  } catch {
    return emptyTail(ctx);
  }
}

function sameTail(a: Tail, b: Tail): boolean {
  return (
    JSON.stringify(a.options.hyperlinkMap) === JSON.stringify(b.options.hyperlinkMap) &&
    JSON.stringify(a.merges) === JSON.stringify(b.merges) &&
    a.tables.length === b.tables.length &&
    a.tables.every((t, i) => t === b.tables[i])
  );
}

export interface SheetRead {
  tables: (TableModel | undefined)[];
  merges: string[];
  collector: SheetCollector;
}

/**
 * Read a worksheet part: its tail (hyperlinks, merged cells, tables) is guessed first from the
 * bytes after its rows, since reconciling a row needs the hyperlinks and the reader must know
 * which cells to keep; the full parse then checks the guess and, if it was wrong, reads again.
 */
export async function readSheet(
  entry: JSZip.JSZipObject,
  sheetNo: string,
  ctx: SheetContext,
  needs: (tables: (TableModel | undefined)[]) => SheetNeeds,
): Promise<SheetRead> {
  let tail = await guessTail(entry, ctx);
  for (let attempt = 0; ; attempt++) {
    const guess = tail;
    const collector = new SheetCollector(
      needs(guess.tables),
      guess.merges.map((ref) => new Range([ref])),
      {
        ...(guess.options as unknown as RowOptions),
        styles: dateVerdicts(guess.options.styles as Styles | undefined),
      },
    );
    const { xform } = worksheetXform((row) => collector.row(row));
    const model = await parsePart(entry, xform);
    // XLSX._processWorksheetEntry does so, failing on a part without a <worksheet> root.
    (model as unknown as { sheetNo: string }).sheetNo = sheetNo;
    tail = reconcile(xform, model, ctx);
    if (sameTail(guess, tail)) return { tables: tail.tables, merges: tail.merges, collector };
    if (attempt > 0) throw new Error('worksheet read twice differently');
  }
}
