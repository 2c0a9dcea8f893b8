/**
 * The parts of ExcelJS 4.4 the streaming reader reuses, so it reads every part exactly as
 * `wb.xlsx.load` does: its XML parser (saxes, resolved from ExcelJS itself), its xforms (the
 * parsers of workbook.xml, rels, shared strings, styles, tables, rows and cells), its address and
 * range decoding and its defined-names model. None of them has typings: the shapes below are the
 * subset the reader uses.
 */
import { createRequire } from 'module';
import type { SaxesParser as SaxesParserType, SaxesTagPlain } from 'saxes';

const fromExcelJS = createRequire(require.resolve('exceljs/package.json'));
const lib = (path: string): unknown => fromExcelJS(`./lib/${path}`);

export type SaxNode = SaxesTagPlain;

/** An ExcelJS xform, as its `parse` loop drives it (base-xform.js). */
export interface Xform<M = unknown> {
  model: M;
  map?: Record<string, unknown>;
  parseOpen(node: SaxNode): boolean | undefined;
  parseText(text: string): void;
  parseClose(name: string): boolean | undefined;
  reset(): void;
  reconcile(model: M, options: unknown): void;
}

type XformClass<M = unknown> = new (options?: unknown) => Xform<M>;

/** A cell as CellXform parses and reconciles it (cell-xform.js). */
export interface CellModel {
  address?: string;
  type?: number;
  value?: unknown;
  result?: unknown;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  text?: unknown;
  hyperlink?: string;
  tooltip?: string;
}

export interface RowModel {
  number: number;
  cells: CellModel[];
}

export interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

export interface TableModel {
  name?: string;
  tableRef?: string;
}

export interface DefinedNameModel {
  name: string;
  ranges: string[];
}

export interface SheetRef {
  name: string;
  id: number;
  rId: string;
}

export interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
  intersects(other: RangeLike): boolean;
}

export const SaxesParser = (fromExcelJS('saxes') as { SaxesParser: typeof SaxesParserType })
  .SaxesParser;

export const X = {
  Workbook: lib('xlsx/xform/book/workbook-xform') as XformClass,
  Worksheet: lib('xlsx/xform/sheet/worksheet-xform') as XformClass,
  Row: lib('xlsx/xform/sheet/row-xform') as XformClass<RowModel>,
  Relationships: lib('xlsx/xform/core/relationships-xform') as XformClass<Relationship[]>,
  SharedStrings: lib('xlsx/xform/strings/shared-strings-xform') as XformClass,
  Styles: lib('xlsx/xform/style/styles-xform') as XformClass,
  App: lib('xlsx/xform/core/app-xform') as XformClass,
  Core: lib('xlsx/xform/core/core-xform') as XformClass,
  Drawing: lib('xlsx/xform/drawing/drawing-xform') as XformClass,
  Comments: lib('xlsx/xform/comment/comments-xform') as XformClass,
  VmlNotes: lib('xlsx/xform/comment/vml-notes-xform') as XformClass,
  Table: lib('xlsx/xform/table/table-xform') as XformClass<TableModel>,
};

export const colCache = lib('utils/col-cache') as {
  decodeAddress(address: string): { row: number; col: number; address: string };
};

const utils = lib('utils/utils') as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904?: boolean): Date;
};
export const isDateFmt = utils.isDateFmt;
export const excelToDate = utils.excelToDate;

export const Range = lib('doc/range') as new (cells: string[]) => RangeLike;

export const DefinedNames = lib('doc/defined-names') as new () => {
  model: DefinedNameModel[];
};

/** Cell value types (doc/enums.js). */
export const ValueType = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;
