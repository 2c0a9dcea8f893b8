import { excelError, FORMAT_PERMISSION } from './limits';
import {
  type Area,
  cellAt,
  type ConditionalFormatModel,
  type DataBarModel,
  columnsOf,
  formatArea,
  getCell,
  isLocked,
  MAX_ROWS,
  parseArea,
  rowsOf,
  type Scalar,
  sheetPrefix,
  type SheetModel,
  shiftFormula,
} from './model';
import { notLoaded, type Session } from './session';

/** Where a range is, resolved when the batch runs (its sheet may not exist yet when queued). */
export type Locate = () => { sheet: SheetModel; areas: Area[] };

/** Excel refuses on a protected sheet what its protection options do not allow. */
export function guardFormat(
  sheet: SheetModel,
  kind: 'cells' | 'columns' | 'rows' | 'objects',
): void {
  const p = sheet.protection;
  if (p.protected && p.options[FORMAT_PERMISSION[kind] as string] !== true) {
    throw excelError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (« ${sheet.name} »).`,
    );
  }
}

export function guardStructure(sheet: SheetModel, what: string): void {
  if (sheet.protection.protected) {
    throw excelError(
      'InvalidOperation',
      `${what} is not allowed on the protected sheet « ${sheet.name} ».`,
    );
  }
}

function guardLocked(sheet: SheetModel, a: Area): void {
  if (!sheet.protection.protected) return;
  for (let r = a.r1; r <= a.r2; r++) {
    for (let c = a.c1; c <= a.c2; c++) {
      if (isLocked(sheet, r, c)) {
        throw excelError(
          'AccessDenied',
          `The cell you're trying to change is protected and therefore read-only (« ${sheet.name} », row ${r}).`,
        );
      }
    }
  }
}

function checkShape(grid: unknown, a: Area): unknown[][] {
  if (
    !Array.isArray(grid) ||
    grid.length !== rowsOf(a) ||
    grid.some((row) => !Array.isArray(row) || row.length !== columnsOf(a))
  ) {
    throw excelError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return grid as unknown[][];
}

/**
 * A value as if typed into a cell: "=…" and "+…", "-…", "@…" that are not numbers become formulas,
 * number-like text becomes a number, except in a Text ("@") cell where everything stays text.
 */
function typeIn(sheet: SheetModel, r: number, c: number, v: unknown, formulas: boolean): void {
  if (v === null || v === undefined) return;
  const cell = cellAt(sheet, r, c);
  delete cell.formula;
  if (typeof v !== 'string') {
    cell.value = v as Scalar;
    return;
  }
  if (cell.numberFormat === '@' && !formulas) {
    cell.value = v;
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) {
    cell.value = Number(v);
  } else if (v.length > 1 && /^[=+\-@]/.test(v)) {
    cell.formula = v.startsWith('=') ? v : `=${v}`;
    // The fake does not calculate: a formula's value is what the test seeds, else blank.
    cell.value = '';
  } else {
    cell.value = v;
  }
}

function grid<T>(a: Area, read: (r: number, c: number) => T): T[][] {
  if (a.r2 === MAX_ROWS) throw excelError('RangeExceedsLimit', 'The range is too large to read.');
  const out: T[][] = [];
  for (let r = a.r1; r <= a.r2; r++) {
    const row: T[] = [];
    for (let c = a.c1; c <= a.c2; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

const READERS = {
  values: (s: SheetModel, r: number, c: number) => getCell(s, r, c)?.value ?? '',
  formulas: (s: SheetModel, r: number, c: number) => {
    const cell = getCell(s, r, c);
    return cell?.formula ?? cell?.value ?? '';
  },
  numberFormat: (s: SheetModel, r: number, c: number) =>
    getCell(s, r, c)?.numberFormat ?? 'General',
} as const;

type GridProperty = keyof typeof READERS;

/** Format properties by path, with the protection permission they need. */
const FORMAT_KIND: Record<string, 'cells' | 'columns' | 'rows'> = {
  columnWidth: 'columns',
  rowHeight: 'rows',
};

/** Excel.BorderIndex, and what a RangeBorder accepts (Excel.BorderLineStyle, BorderWeight). */
const BORDER_SIDES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const BORDER_VALUES: Record<string, (v: unknown) => boolean> = {
  style: (v) =>
    [
      'None',
      'Continuous',
      'Dash',
      'DashDot',
      'DashDotDot',
      'Dot',
      'Double',
      'SlantDashDot',
    ].includes(v as string),
  weight: (v) => ['Hairline', 'Thin', 'Medium', 'Thick'].includes(v as string),
  color: (v) => typeof v === 'string' && /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(v),
};

/** RangeBorderCollection.getItem(side): a border whose style, color and weight are set. */
function borderProxy(session: Session, locate: Locate, side: string): object {
  return new Proxy(
    {},
    {
      set(_, key, value) {
        const property = String(key);
        session.command(`RangeBorder.${property}`, [side, property, value], () => {
          const valid = BORDER_VALUES[property];
          if (!BORDER_SIDES.includes(side) || !valid?.(value)) {
            throw excelError(
              'InvalidArgument',
              `The argument is invalid or missing: border ${side}.${property} = « ${String(value)} ».`,
            );
          }
          const { sheet, areas } = locate();
          guardFormat(sheet, 'cells');
          for (const area of areas) {
            sheet.borders.push({
              area,
              side,
              property: property as 'style' | 'color' | 'weight',
              value: value as string,
            });
          }
        });
        return true;
      },
    },
  );
}

/** Range.format and its fill, font, borders and protection, as setters applied to every cell. */
function formatProxy(session: Session, locate: Locate, member: string, path = ''): object {
  return new Proxy(
    {},
    {
      get(_, key) {
        if (typeof key !== 'string') return undefined;
        if (path === 'borders.' && key === 'getItem') {
          return (side: string) => borderProxy(session, locate, side);
        }
        return formatProxy(session, locate, member, `${path}${key}.`);
      },
      set(_, key, value) {
        const property = `${path}${String(key)}`;
        const requirement = property.startsWith('protection.')
          ? 'RangeFormat.protection'
          : property in FORMAT_KIND
            ? `RangeFormat.${property}`
            : member;
        session.command(requirement, [property, value], () => {
          const { sheet, areas } = locate();
          for (const a of areas) applyFormat(sheet, a, property, value);
        });
        return true;
      },
    },
  );
}

function applyFormat(sheet: SheetModel, a: Area, property: string, value: unknown): void {
  if (property === 'rowHeight' || property === 'columnWidth') {
    // Excel: 0 hides; heights up to 409 points, widths up to 255 characters.
    const max = property === 'rowHeight' ? 409 : 255 * 7.5;
    if (typeof value !== 'number' || !(value >= 0 && value <= max)) {
      throw excelError('InvalidArgument', `The argument is invalid or missing: ${property}.`);
    }
  }
  if (property === 'rowHeight') {
    // The height of every row the range covers, whatever its columns.
    guardFormat(sheet, 'rows');
    for (let r = a.r1; r <= a.r2; r++) sheet.rowHeight.set(r, value as number);
    return;
  }
  if (property === 'protection.locked') {
    // Excel refuses to lock or unlock cells of a protected sheet.
    guardStructure(sheet, 'Changing the locked state of cells');
  } else {
    guardFormat(sheet, FORMAT_KIND[property] ?? 'cells');
  }
  const wholeColumns = a.r1 === 1 && a.r2 === MAX_ROWS;
  if (wholeColumns) {
    for (let c = a.c1; c <= a.c2; c++) {
      if (property === 'protection.locked') sheet.columnLocked.set(c, value as boolean);
      if (property === 'columnWidth') sheet.columnWidth.set(c, value as number);
    }
    // Cells already there follow their column.
    for (const [k, cell] of sheet.cells) {
      const c = k % 16_384;
      if (c >= a.c1 && c <= a.c2 && property === 'protection.locked') delete cell.locked;
    }
    return;
  }
  for (let r = a.r1; r <= a.r2; r++) {
    for (let c = a.c1; c <= a.c2; c++) {
      const cell = cellAt(sheet, r, c);
      if (property === 'protection.locked') cell.locked = value as boolean;
      else cell.format[property] = value;
    }
  }
}

export class FakeRange {
  private loaded: Partial<Record<string, unknown>> = {};

  constructor(
    readonly session: Session,
    readonly locate: Locate,
  ) {}

  private area(): { sheet: SheetModel; area: Area } {
    const { sheet, areas } = this.locate();
    return { sheet, area: areas[0] as Area };
  }

  private read(property: string): unknown {
    if (!(property in this.loaded)) throw notLoaded(property);
    return this.loaded[property];
  }

  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  set values(v: unknown[][]) {
    this.write('values', v);
  }
  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat') as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v);
  }
  get address(): string {
    return this.read('address') as string;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }

  get format(): object {
    return formatProxy(this.session, this.locate, 'Range.format');
  }

  private write(property: GridProperty, input: unknown[][]): void {
    this.session.command(`Range.${property}`, [input], () => {
      const { sheet, area } = this.area();
      const rows = checkShape(input, area);
      if (property === 'numberFormat') {
        if (rows.some((row) => row.some((v) => v !== null))) guardFormat(sheet, 'cells');
      } else {
        guardLocked(sheet, area);
      }
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = area.r1 + i;
          const c = area.c1 + j;
          if (property === 'numberFormat') {
            if (v !== null && v !== undefined) cellAt(sheet, r, c).numberFormat = String(v);
          } else {
            typeIn(sheet, r, c, v, property === 'formulas');
          }
        }),
      );
    });
  }

  /**
   * Range.getRow (ExcelApi 1.1): the row at a zero-based index of the range; an index outside it
   * is refused when the request runs.
   */
  getRow(row: number): FakeRange {
    return new FakeRange(this.session, () => {
      const { sheet, area } = this.area();
      if (!Number.isInteger(row) || row < 0 || area.r1 + row > area.r2) {
        throw excelError('InvalidArgument', `The row index ${row} is outside the range.`);
      }
      return { sheet, areas: [{ ...area, r1: area.r1 + row, r2: area.r1 + row }] };
    });
  }

  load(what: string | string[]): this {
    const properties = (Array.isArray(what) ? what : what.split(',')).map((p) => p.trim());
    this.session.load(
      'Range.load',
      properties,
      () => {
        const { sheet, area } = this.area();
        const out: Record<string, unknown> = {};
        for (const p of properties) {
          if (p in READERS) {
            out[p] = grid(area, (r, c) => READERS[p as GridProperty](sheet, r, c));
          } else if (p === 'address') out[p] = `${sheetPrefix(sheet.name)}!${formatArea(area)}`;
          else if (p === 'rowCount') out[p] = rowsOf(area);
          else if (p === 'columnCount') out[p] = columnsOf(area);
          else throw excelError('InvalidArgument', `Range has no property « ${p} » here.`);
        }
        return out;
      },
      (out) => Object.assign(this.loaded, out),
    );
    return this;
  }

  get dataValidation(): object {
    const set = (property: string) => (value: unknown) =>
      this.session.command('Range.dataValidation', [property, value], () => {
        const { sheet, area } = this.area();
        guardStructure(sheet, 'Data validation');
        if (property === 'rule') sheet.validations.push({ area, rule: value });
      });
    return new Proxy({}, { set: (_, k, v) => (set(String(k))(v), true) });
  }

  get conditionalFormats(): { add(type: string): unknown } {
    return { add: (type: string) => addConditionalFormat(this.session, () => this.area(), type) };
  }

  select(): void {
    this.session.command('Range.select', [], () => {
      this.session.model.active = this.area().sheet;
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): the source is repeated over the destination, as Paste does
   * when the destination is a multiple of the source; formulas move with their relative references.
   */
  copyFrom(source: FakeRange, type: string): void {
    this.session.command('Range.copyFrom', [source, type], () => {
      if (type !== 'Formulas' && type !== 'All') {
        throw excelError('InvalidArgument', `copyFrom type « ${type} » is not modelled.`);
      }
      const { sheet, area } = this.area();
      const from = source.area();
      const h = rowsOf(from.area);
      const w = columnsOf(from.area);
      if (rowsOf(area) % h !== 0 || columnsOf(area) % w !== 0) {
        throw excelError('InvalidArgument', 'The destination is not a multiple of the source.');
      }
      guardLocked(sheet, area);
      for (let r = area.r1; r <= area.r2; r++) {
        for (let c = area.c1; c <= area.c2; c++) {
          const sr = from.area.r1 + ((r - area.r1) % h);
          const sc = from.area.c1 + ((c - area.c1) % w);
          const src = getCell(from.sheet, sr, sc);
          const cell = cellAt(sheet, r, c);
          if (src?.formula) {
            cell.formula = shiftFormula(src.formula, r - sr, c - sc);
            cell.value = '';
          } else {
            delete cell.formula;
            cell.value = src?.value ?? '';
          }
        }
      }
    });
  }
}

/** Worksheet.getRanges (ExcelApi 1.9): several areas, formatted together. */
export class FakeRangeAreas {
  constructor(
    readonly session: Session,
    readonly locate: Locate,
  ) {}

  get format(): object {
    return formatProxy(this.session, this.locate, 'Worksheet.getRanges');
  }
}

/** Excel.ConditionalFormatType. */
const CF_TYPES = [
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
];
/** Excel.ConditionalFormatRuleType, for the bounds of a data bar. */
const RULE_TYPES = [
  'Invalid',
  'Automatic',
  'LowestValue',
  'HighestValue',
  'Number',
  'Percent',
  'Formula',
  'Percentile',
];

/**
 * ConditionalFormatCollection.add (ExcelApi 1.6): "Adds a new conditional format to the collection
 * at the first/top priority." Its `custom` or `dataBar` is the one of its type; the other is null
 * in Excel, so setting through it fails.
 */
function addConditionalFormat(
  session: Session,
  locate: () => { sheet: SheetModel; area: Area },
  type: string,
) {
  const holder: { cf?: ConditionalFormatModel } = {};
  session.command('Range.conditionalFormats', [type], () => {
    if (!CF_TYPES.includes(type)) {
      throw excelError('InvalidArgument', `« ${type} » is not a conditional format type.`);
    }
    const { sheet, area } = locate();
    guardStructure(sheet, 'Adding a conditional format');
    holder.cf = { type, area, formula: '', fill: '', font: '', numberFormat: '' };
    if (type === 'DataBar') holder.cf.dataBar = {};
    sheet.conditionalFormats.unshift(holder.cf);
  });
  const of = (wanted: string): ConditionalFormatModel => {
    const cf = holder.cf;
    if (!cf) throw excelError('ItemNotFound', 'The conditional format was not created.');
    if (cf.type !== wanted) {
      throw excelError('InvalidOperation', `This ${cf.type} conditional format has no ${wanted}.`);
    }
    return cf;
  };
  const setter = (field: 'formula' | 'fill' | 'font') =>
    new Proxy(
      {},
      {
        set: (_, __, value) => {
          session.command('Range.conditionalFormats', [value], () => {
            of('Custom')[field] = String(value);
          });
          return true;
        },
      },
    );
  const bar = (member: string, apply: (d: DataBarModel, value: unknown) => void) =>
    new Proxy(
      {},
      {
        set: (_, key, value) => {
          session.command(`${member}.${String(key)}`, [value], () => {
            apply(of('DataBar').dataBar as DataBarModel, { key: String(key), value });
          });
          return true;
        },
      },
    );
  const rule = (value: unknown): unknown => {
    const r = value as { type?: string; formula?: string };
    if (!r || !RULE_TYPES.includes(r.type ?? '')) {
      throw excelError('InvalidArgument', 'A data bar rule needs a ConditionalFormatRuleType.');
    }
    return { ...r };
  };
  const dataBar = bar('DataBarConditionalFormat', (d, kv) => {
    const { key, value } = kv as { key: string; value: unknown };
    if (key === 'lowerBoundRule') d.lowerBoundRule = rule(value);
    else if (key === 'upperBoundRule') d.upperBoundRule = rule(value);
    else throw excelError('InvalidArgument', `DataBar property « ${key} » is not modelled.`);
  });
  const positiveFormat = bar('ConditionalDataBarPositiveFormat', (d, kv) => {
    const { key, value } = kv as { key: string; value: unknown };
    if (key === 'fillColor' && typeof value === 'string') d.fillColor = value;
    else if (key === 'gradientFill' && typeof value === 'boolean') d.gradientFill = value;
    else throw excelError('InvalidArgument', `Data bar positiveFormat.${key} is not valid here.`);
  });
  // ConditionalRangeFormat.numberFormat (ExcelApi 1.6): a format code, not a grid as a Range's.
  const format = {
    fill: setter('fill'),
    font: setter('font'),
    set numberFormat(value: unknown) {
      session.command('ConditionalRangeFormat.numberFormat', [value], () => {
        if (typeof value !== 'string' || value === '') {
          throw excelError('InvalidArgument', 'A conditional number format is a format code.');
        }
        of('Custom').numberFormat = value;
      });
    },
  };
  return {
    custom: { rule: setter('formula'), format },
    dataBar: new Proxy(dataBar, {
      get: (target, key) => (key === 'positiveFormat' ? positiveFormat : Reflect.get(target, key)),
    }),
  };
}

export function areasOf(address: string): Area[] {
  return address.split(',').map((a) => parseArea(a.trim()));
}
