import { excelError } from './limits';
import {
  type Area,
  getCell,
  newSheet,
  overlaps,
  parseArea,
  parseReference,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from './model';
import { chartsOf } from './charts';
import { pageBreaksOf, pageLayoutOf } from './page-layout';
import { areasOf, FakeRange, FakeRangeAreas, guardStructure } from './range';
import { notLoaded, type Session } from './session';

/** Office.js's "items/a,items/b/c" → ["a", "b/c"]. */
function itemPaths(what: string | string[]): string[] {
  return (Array.isArray(what) ? what : what.split(','))
    .map((p) => p.trim().replace(/^items\//, ''))
    .filter((p) => p !== '');
}

/** A client object whose properties are readable once loaded. */
class Loaded {
  protected loaded = new Map<string, unknown>();

  constructor(values?: Record<string, unknown>) {
    for (const [k, v] of Object.entries(values ?? {})) this.loaded.set(k, v);
  }

  protected get(path: string): unknown {
    if (!this.loaded.has(path)) throw notLoaded(path);
    return this.loaded.get(path);
  }
}

function collection<T>(
  session: Session,
  member: string,
  list: () => unknown[],
  make: (item: never, values: Record<string, unknown>) => T,
  read: (item: never, path: string) => unknown,
) {
  let items: T[] | undefined;
  return {
    get items(): T[] {
      if (!items) throw notLoaded('items');
      return items;
    },
    load(what: string | string[]) {
      const paths = itemPaths(what);
      session.load(
        member,
        what,
        () =>
          list().map((item) => ({
            item,
            values: Object.fromEntries(paths.map((p) => [p, read(item as never, p)])),
          })),
        (rows) => {
          items = rows.map(({ item, values }) => make(item as never, values));
        },
      );
      return this;
    },
  };
}

const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeWorksheet extends Loaded {
  constructor(
    readonly session: Session,
    readonly resolve: () => SheetModel,
    values?: Record<string, unknown>,
  ) {
    super(values);
  }

  private get model(): WorkbookModel {
    return this.session.model;
  }

  get name(): string {
    return this.get('name') as string;
  }

  /**
   * Worksheet.name (ExcelApi 1.1): a valid name no other sheet has (any case). Excel carries the
   * defined names that refer to the sheet over to its new name.
   */
  set name(value: string) {
    this.session.command('Worksheet.name', [value], () => {
      const sheet = this.resolve();
      if (!SHEET_NAME.test(value) || /^'|'$/.test(value)) {
        throw excelError('InvalidArgument', `« ${value} » is not a valid sheet name.`);
      }
      const taken = this.model.sheets.some(
        (s) => s !== sheet && s.name.toLowerCase() === value.toLowerCase(),
      );
      if (taken)
        throw excelError('ItemAlreadyExists', `A sheet named « ${value} » already exists.`);
      for (const n of this.model.names) {
        const at = referredSheet(n.ref);
        if (at?.toLowerCase() === sheet.name.toLowerCase())
          n.ref = `=${quoteSheet(value)}!${n.ref.slice(n.ref.lastIndexOf('!') + 1)}`;
      }
      sheet.name = value;
    });
  }

  set visibility(value: string) {
    this.session.command('Worksheet.visibility', [value], () => {
      this.resolve().visibility = value;
    });
  }

  set tabColor(value: string) {
    this.session.command('Worksheet.tabColor', [value], () => {
      this.resolve().tabColor = value;
    });
  }

  get protection() {
    const get = (path: string) => this.get(`protection/${path}`);
    return {
      load: (what: string) => {
        const paths = what.split(',').map((p) => `protection/${p.trim()}`);
        this.session.load(
          'Worksheet.protection',
          what,
          () => paths.map((p) => readSheet(this.resolve(), p)),
          (values) => paths.forEach((p, i) => this.loaded.set(p, values[i])),
        );
      },
      get protected(): boolean {
        return get('protected') as boolean;
      },
      get options(): Record<string, unknown> {
        return get('options') as Record<string, unknown>;
      },
      protect: (options?: Record<string, unknown>, password?: string) =>
        this.session.command('Worksheet.protection', [options, password], () => {
          const sheet = this.resolve();
          if (sheet.protection.protected) {
            throw excelError('InvalidOperation', `« ${sheet.name} » is already protected.`);
          }
          sheet.protection = {
            protected: true,
            options: { ...(options ?? {}) },
            ...(password ? { password } : {}),
          };
        }),
      unprotect: (password?: string) =>
        this.session.command('Worksheet.protection', [password], () => {
          const sheet = this.resolve();
          if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
            throw excelError(
              'InvalidArgument',
              `The password you supplied is not correct (« ${sheet.name} »).`,
            );
          }
          sheet.protection = { protected: false, options: {} };
        }),
    };
  }

  /** Worksheet.pageLayout (ExcelApi 1.9). */
  get pageLayout() {
    return pageLayoutOf(this.session, this.resolve);
  }

  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9). */
  get horizontalPageBreaks() {
    return pageBreaksOf(this.session, this.resolve);
  }

  /** Worksheet.verticalPageBreaks (ExcelApi 1.9). */
  get verticalPageBreaks() {
    return pageBreaksOf(this.session, this.resolve, 'vertical');
  }

  get charts() {
    return chartsOf(this.session, this.resolve);
  }

  get freezePanes() {
    const freeze = (rows: number, columns: number) =>
      this.session.command('Worksheet.freezePanes', [rows, columns], () => {
        this.resolve().frozen = { rows, columns };
      });
    return {
      freezeRows: (n: number) => freeze(n, 0),
      freezeColumns: (n: number) => freeze(0, n),
      freezeAt: (range: FakeRange) =>
        this.session.command('Worksheet.freezePanes', [range], () => {
          const a = range.locate().areas[0] as Area;
          this.resolve().frozen = { rows: a.r2, columns: a.c2 + 1 };
        }),
    };
  }

  get tables() {
    {
      return {
        add: (range: FakeRange | string, hasHeaders: boolean) => {
          const holder: { table?: TableModel } = {};
          this.session.command('TableCollection.add', [range, hasHeaders], () => {
            const sheet = this.resolve();
            const area =
              typeof range === 'string' ? parseArea(range) : (range.locate().areas[0] as Area);
            addTable(this.model, sheet, area, hasHeaders, holder);
          });
          return new FakeTable(this.session, () => {
            if (!holder.table) throw excelError('ItemNotFound', 'The table was not created.');
            return holder.table;
          });
        },
      };
    }
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.session, () => ({
      sheet: this.resolve(),
      areas: [parseArea(address)],
    }));
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.session, () => ({
      sheet: this.resolve(),
      areas: areasOf(address),
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.session, () => {
      const sheet = this.resolve();
      let used: Area | undefined;
      for (const [k, cell] of sheet.cells) {
        if (valuesOnly && cell.value === '' && !cell.formula) continue;
        const r = Math.floor(k / 16_384);
        const c = k % 16_384;
        used = used
          ? {
              r1: Math.min(used.r1, r),
              c1: Math.min(used.c1, c),
              r2: Math.max(used.r2, r),
              c2: Math.max(used.c2, c),
            }
          : { r1: r, c1: c, r2: r, c2: c };
      }
      return { sheet, areas: [used ?? { r1: 1, c1: 0, r2: 1, c2: 0 }] };
    });
  }

  activate(): void {
    this.session.command('Worksheet.activate', [], () => {
      this.model.active = this.resolve();
    });
  }

  /**
   * Worksheet.delete: "if the worksheet's visibility is set to VeryHidden, the delete operation
   * will fail with an InvalidOperation exception", and a workbook keeps at least one visible
   * sheet. Sheet protection does not forbid it (workbook structure protection would). The
   * defined names that referred to the sheet stay, as #REF!.
   */
  delete(): void {
    this.session.command('Worksheet.delete', [], () => {
      const sheet = this.resolve();
      if (sheet.visibility === 'VeryHidden') {
        throw excelError('InvalidOperation', `« ${sheet.name} » is very hidden: unhide it first.`);
      }
      const visible = this.model.sheets.filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) {
        throw excelError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      for (const n of this.model.names) {
        if (referredSheet(n.ref)?.toLowerCase() === sheet.name.toLowerCase()) n.ref = '=#REF!';
      }
      this.model.sheets = this.model.sheets.filter((s) => s !== sheet);
      this.model.tables = this.model.tables.filter((t) => t.sheet !== sheet);
      this.model.charts = this.model.charts.filter((c) => c.sheet !== sheet);
    });
  }
}

/** Excel's rules for a new table: not on a protected sheet, not over another table. */
function addTable(
  model: WorkbookModel,
  sheet: SheetModel,
  area: Area,
  hasHeaders: boolean,
  holder: { table?: TableModel },
): void {
  guardStructure(sheet, 'Inserting a table');
  if (model.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) {
    throw excelError('InvalidOperation', "A table can't overlap another table.");
  }
  let n = model.tables.length + 1;
  while (model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
  const table: TableModel = {
    name: `Table${n}`,
    sheet,
    area,
    style: 'TableStyleMedium2',
    showHeaders: true,
    showTotals: false,
  };
  if (hasHeaders) {
    // Headers are unique texts: a blank one becomes "ColumnN", a repeated one gets a number.
    const seen = new Set<string>();
    for (let c = area.c1; c <= area.c2; c++) {
      const cell = getCell(sheet, area.r1, c);
      let header = String(cell?.value ?? '');
      if (header === '') header = `Column${c - area.c1 + 1}`;
      let unique = header;
      for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${header}${i}`;
      seen.add(unique.toLowerCase());
      if (cell && unique !== cell.value) cell.value = unique;
    }
  }
  model.tables.push(table);
  holder.table = table;
}

export class FakeTable extends Loaded {
  constructor(
    readonly session: Session,
    readonly resolve: () => TableModel,
    values?: Record<string, unknown>,
  ) {
    super(values);
  }

  get name(): string {
    return this.get('name') as string;
  }
  set name(value: string) {
    this.session.command('Table.name', [value], () => {
      const model = this.session.model;
      const table = this.resolve();
      if (!TABLE_NAME.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value) || /^[RrCc]$/.test(value)) {
        throw excelError('InvalidArgument', `« ${value} » is not a valid table name.`);
      }
      const taken = [...model.tables.filter((t) => t !== table), ...model.names].some(
        (t) => t.name.toLowerCase() === value.toLowerCase(),
      );
      if (taken) throw excelError('ItemAlreadyExists', `The name « ${value} » already exists.`);
      table.name = value;
    });
  }
  set style(value: string) {
    this.session.command('Table.style', [value], () => {
      this.resolve().style = value;
    });
  }
  get showHeaders(): boolean {
    return this.get('showHeaders') as boolean;
  }
  get showTotals(): boolean {
    return this.get('showTotals') as boolean;
  }
  get worksheet(): { name: string } {
    return { name: this.get('worksheet/name') as string };
  }

  getRange(): FakeRange {
    return new FakeRange(this.session, () => {
      const t = this.resolve();
      return { sheet: t.sheet, areas: [t.area] };
    });
  }

  /**
   * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and
   * the headers (or the top of the table) must be in the same row."
   */
  resize(address: string): void {
    this.session.command('Table.resize', [address], () => {
      const t = this.resolve();
      const area = parseArea(address);
      guardStructure(t.sheet, 'Resizing a table');
      if (!overlaps(area, t.area) || area.r1 !== t.area.r1) {
        throw excelError(
          'InvalidArgument',
          'The new range must overlap the table and keep its header row.',
        );
      }
      const others = this.session.model.tables.filter((o) => o !== t && o.sheet === t.sheet);
      if (others.some((o) => overlaps(o.area, area))) {
        throw excelError('InvalidOperation', "A table can't overlap another table.");
      }
      t.area = area;
    });
  }
}

function readSheet(sheet: SheetModel, path: string): unknown {
  if (path === 'name') return sheet.name;
  if (path === 'protection/protected') return sheet.protection.protected;
  if (path === 'protection/options') return { ...sheet.protection.options };
  if (path === 'visibility') return sheet.visibility;
  throw excelError('InvalidArgument', `Worksheet property « ${path} » is not modelled.`);
}

function readTable(t: TableModel, path: string): unknown {
  if (path === 'name') return t.name;
  if (path === 'showHeaders') return t.showHeaders;
  if (path === 'showTotals') return t.showTotals;
  if (path === 'worksheet/name') return t.sheet.name;
  throw excelError('InvalidArgument', `Table property « ${path} » is not modelled.`);
}

/** The sheet a defined name's reference is on, if it is a reference. */
function referredSheet(ref: string): string | undefined {
  if (ref.includes('#REF!')) return undefined;
  try {
    return parseReference(ref).sheet;
  } catch {
    return undefined;
  }
}

const quoteSheet = (sheet: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

function nameType(ref: string): string {
  if (ref.includes('#REF!')) return 'Error';
  try {
    parseReference(ref);
    return 'Range';
  } catch {
    return Number.isFinite(Number(ref)) ? 'Double' : 'String';
  }
}

export class FakeWorkbook {
  /** Office.js hands out the same collection object on every access. */
  private readonly cache = new Map<string, unknown>();

  constructor(readonly session: Session) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  private get model(): WorkbookModel {
    return this.session.model;
  }

  private sheetNamed(name: string): SheetModel {
    const sheet = this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw excelError('ItemNotFound', `The requested resource doesn't exist.`);
    return sheet;
  }

  get worksheets() {
    return this.once('worksheets', () => {
      const session = this.session;
      const list = collection(
        session,
        'WorksheetCollection.load',
        () => this.model.sheets,
        (sheet: SheetModel, values) => new FakeWorksheet(session, () => sheet, values),
        readSheet,
      );
      return Object.assign(list, {
        add: (name: string) => {
          const holder: { sheet?: SheetModel } = {};
          session.command('WorksheetCollection.add', [name], () => {
            if (!SHEET_NAME.test(name)) {
              throw excelError('InvalidArgument', `« ${name} » is not a valid sheet name.`);
            }
            if (this.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
              throw excelError('ItemAlreadyExists', `A sheet named « ${name} » already exists.`);
            }
            holder.sheet = newSheet(name);
            this.model.sheets.push(holder.sheet);
          });
          return new FakeWorksheet(session, () => {
            if (!holder.sheet) throw excelError('ItemNotFound', 'The sheet was not created.');
            return holder.sheet;
          });
        },
        getItem: (name: string) => new FakeWorksheet(session, () => this.sheetNamed(name)),
      });
    });
  }

  get tables() {
    const session = this.session;
    return this.once('tables', () =>
      collection(
        session,
        'TableCollection.load',
        () => this.model.tables,
        (t: TableModel, values) => new FakeTable(session, () => t, values),
        readTable,
      ),
    );
  }

  get names() {
    return this.once('names', () => {
      const session = this.session;
      const list = collection(
        session,
        'NamedItemCollection.load',
        () => this.model.names,
        (n: { name: string; ref: string }, values) => ({
          ...values,
          /** NamedItem.delete (ExcelApi 1.4). */
          delete: () =>
            session.command('NamedItem.delete', [n.name], () => {
              if (!this.model.names.includes(n)) {
                throw excelError('ItemNotFound', `The name « ${n.name} » doesn't exist.`);
              }
              this.model.names = this.model.names.filter((x) => x !== n);
            }),
          getRange: () =>
            new FakeRange(session, () => {
              const { sheet, area } = parseReference(n.ref);
              return { sheet: this.sheetNamed(sheet), areas: [area] };
            }),
        }),
        (n: { name: string; ref: string }, path) => {
          if (path === 'name') return n.name;
          if (path === 'type') return nameType(n.ref);
          if (path === 'value') return n.ref.includes('#REF!') ? '#REF!' : n.ref.replace(/^=/, '');
          throw excelError('InvalidArgument', `NamedItem property « ${path} » is not modelled.`);
        },
      );
      return Object.assign(list, {
        add: (name: string, ref: string) =>
          session.command('NamedItemCollection.add', [name, ref], () => {
            const taken = [...this.model.names, ...this.model.tables].some(
              (n) => n.name.toLowerCase() === name.toLowerCase(),
            );
            if (taken)
              throw excelError('ItemAlreadyExists', `The name « ${name} » already exists.`);
            this.model.names.push({ name, ref });
          }),
      });
    });
  }

  get properties() {
    return this.once('properties', () => {
      const session = this.session;
      const list = collection(
        session,
        'Workbook.properties',
        () => this.model.properties,
        (_: { key: string; value: unknown }, values) => values,
        (p: { key: string; value: unknown }, path) => (path === 'key' ? p.key : p.value),
      );
      return {
        custom: Object.assign(list, {
          add: (key: string, value: unknown) =>
            session.command('Workbook.properties', [key, value], () => {
              this.model.properties = this.model.properties.filter((p) => p.key !== key);
              this.model.properties.push({ key, value });
            }),
        }),
      };
    });
  }

  /** Worksheet functions, evaluated by the workbook (here DATE, in its date system). */
  get functions() {
    return this.once('functions', () => {
      const session = this.session;
      return {
        date: (year: number, month: number, day: number) => {
          let value: number | undefined;
          return {
            load: () =>
              session.load(
                'Workbook.functions',
                [year, month, day],
                () => {
                  const days =
                    (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
                  // The 1904 system counts from 1 January 1904 (serial 0).
                  return session.model.date1904 ? days - 1462 : days;
                },
                (v) => (value = v),
              ),
            get value(): number {
              if (value === undefined) throw notLoaded('value');
              return value;
            },
          };
        },
      };
    });
  }
}
