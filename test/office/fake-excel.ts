/* eslint-disable @typescript-eslint/no-explicit-any -- Office.js objects are dynamic in the mock */
import { OfficeMockObject } from 'office-addin-mock';

/**
 * An Excel workbook for the Office.js adapter, built from office-addin-mock objects. The mock
 * holds values and enforces load-then-sync; collections and object-valued properties are seeded
 * here by hand. Every property set and method call the adapter queues is logged, in order, with
 * the object it was made on ("Actions!C2:C31", "sheet:Actions", "names"…), and syncs are counted.
 */

export type Command =
  | { kind: 'set'; target: string; path: string; value: unknown }
  | { kind: 'call'; target: string; path: string; args: unknown[] }
  | { kind: 'sync'; n: number };

export interface SeedRange {
  address?: string;
  values: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
}

export interface SeedSheet {
  name: string;
  protected?: boolean;
  options?: Record<string, unknown>;
  /** The used range (values only), for _meta. */
  used?: unknown[][];
  /** Ranges by address as the adapter asks for them ("C7"). */
  ranges?: Record<string, SeedRange>;
}

export interface SeedTable extends SeedRange {
  name: string;
  sheet: string;
  address: string;
  showHeaders?: boolean;
  showTotals?: boolean;
}

export interface SeedName {
  name: string;
  type: string;
  value: string;
  range?: SeedRange;
}

export interface Seed {
  sheets?: SeedSheet[];
  tables?: SeedTable[];
  names?: SeedName[];
  properties?: Record<string, unknown>;
}

const RECORDED = Symbol('recorded');

/**
 * Worksheet.pageLayout (ExcelApi 1.9). Print areas and titles are checked as Excel checks them:
 * absolute A1 ranges, whole rows for the title rows, whole columns for the title columns.
 */
function pageLayout() {
  const check = (re: RegExp, what: string) => (address: string) => {
    if (!re.test(address)) throw new Error(`InvalidArgument: ${what} « ${address} »`);
  };
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    headersFooters: {
      defaultForAllPages: {
        leftHeader: '',
        centerHeader: '',
        rightHeader: '',
        leftFooter: '',
        centerFooter: '',
        rightFooter: '',
      },
    },
    // One area, or several comma-separated (each prints on pages of its own).
    setPrintArea: check(
      /^\$[A-Z]{1,3}\$\d+(:\$[A-Z]{1,3}\$\d+)?(,\$[A-Z]{1,3}\$\d+(:\$[A-Z]{1,3}\$\d+)?)*$/,
      'print area',
    ),
    setPrintTitleRows: check(/^\$\d+:\$\d+$/, 'title rows'),
    setPrintTitleColumns: check(/^\$[A-Z]{1,3}:\$[A-Z]{1,3}$/, 'title columns'),
  };
}
const noop = () => undefined;

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

function rangeFormat() {
  const borders: Record<string, { style: string; weight: string; color: string }> = {};
  return {
    fill: { color: '#FFFFFF' },
    font: {
      name: 'Calibri',
      bold: false,
      italic: false,
      color: '#000000',
      size: 11,
      underline: 'None',
    },
    borders: {
      getItem: (side: string) => {
        if (!BORDER_SIDES.includes(side)) throw new Error(`InvalidArgument: border ${side}`);
        return (borders[side] ??= { style: 'None', weight: 'Thin', color: '#000000' });
      },
    },
    protection: { locked: true },
    wrapText: false,
    verticalAlignment: 'Bottom',
    columnWidth: 48,
    rowHeight: 15,
  };
}

export class FakeExcel {
  syncs = 0;
  readonly log: Command[] = [];
  readonly context: any;
  private readonly mocks: OfficeMockObject[] = [];
  private failure: { code: string; message: string } | undefined;
  private readonly sheets: any[] = [];
  private readonly added: any[] = [];

  constructor(seed: Seed = {}) {
    for (const s of seed.sheets ?? []) this.sheets.push(this.sheet(s));
    const tables = (seed.tables ?? []).map((t) => this.seededTable(t));
    const names = (seed.names ?? []).map((n) =>
      this.track(
        {
          name: n.name,
          type: n.type,
          value: n.value,
          getRange: () => this.range('name', n.name, n.range),
        },
        `name:${n.name}`,
      ),
    );
    const properties = Object.entries(seed.properties ?? {}).map(([key, value]) =>
      this.track({ key, value }, `property:${key}`),
    );
    const workbook = {
      worksheets: this.collection('worksheets', this.sheets, {
        add: (name: string) => {
          const ws = this.sheet({ name });
          this.added.push(ws);
          return ws;
        },
        getItem: (name: string) => {
          const all = [...this.sheets, ...this.added];
          const found = all.find((s) => this.seedName(s) === name);
          if (found) return found;
          this.failure = { code: 'ItemNotFound', message: `The requested resource doesn't exist.` };
          return this.sheet({ name });
        },
      }),
      tables: this.collection('tables', tables, {}),
      names: this.collection('names', names, { add: noop }),
      properties: { custom: this.collection('custom', properties, { add: noop }) },
      // DATE(1904;1;2) in the 1900 date system (strict-excel models the 1904 one).
      functions: { date: () => this.track({ value: 1463 }, 'functions') },
    };
    this.context = new OfficeMockObject({
      sync: () => this.sync(),
    });
    this.context.workbook = workbook;
  }

  /** Make the adapter's `Excel.run` use this workbook. */
  install(): this {
    (globalThis as any).Excel = new OfficeMockObject({
      run: async (batch: (context: unknown) => Promise<unknown>) => batch(this.context),
    });
    return this;
  }

  /** Property sets, optionally only those whose path is `path` (e.g. "values"). */
  sets(path?: string): { target: string; path: string; value: unknown }[] {
    return this.log.flatMap((c) =>
      c.kind === 'set' && (!path || c.path === path)
        ? [{ target: c.target, path: c.path, value: c.value }]
        : [],
    );
  }

  /** Method calls, optionally only those whose path is `path` (e.g. "add"). */
  calls(path?: string): { target: string; path: string; args: unknown[] }[] {
    return this.log.flatMap((c) =>
      c.kind === 'call' && (!path || c.path === path)
        ? [{ target: c.target, path: c.path, args: c.args }]
        : [],
    );
  }

  /** The value last set on `target` at `path`. */
  valueAt(target: string, path: string): unknown {
    return this.sets(path)
      .filter((c) => c.target === target)
      .at(-1)?.value;
  }

  /** The target name of an object the adapter passed as an argument. */
  targetOf(proxy: unknown): string {
    return (proxy as any)[RECORDED].target;
  }

  private seedName(ws: any): string {
    return ws[RECORDED].name;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    this.log.push({ kind: 'sync', n: this.syncs });
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
    for (const m of this.mocks) await OfficeMockObject.prototype.sync.call(m);
    // The mock settles nested properties in callbacks it does not await.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private track(data: Record<string, unknown>, target: string, meta: unknown = {}): any {
    const mock = new OfficeMockObject(data);
    this.mocks.push(mock);
    return this.record(mock, target, '', meta);
  }

  private record(obj: object, target: string, path: string, meta: unknown = {}): any {
    const log = this.log;
    const record = this.record.bind(this);
    return new Proxy(obj, {
      get(o, key) {
        if (key === RECORDED) return { target, ...(meta as object) };
        const v = Reflect.get(o, key);
        if (typeof key !== 'string' || key.startsWith('_')) return v;
        if (typeof v === 'function') {
          return (...args: unknown[]) => {
            log.push({ kind: 'call', target, path: path + key, args });
            return v.apply(o, args);
          };
        }
        if (v instanceof OfficeMockObject && !(v as any)[RECORDED]) {
          return record(v, target, `${path}${key}.`);
        }
        return v;
      },
      set(o, key, value) {
        log.push({ kind: 'set', target, path: path + String(key), value });
        return Reflect.set(o, key, value);
      },
    });
  }

  /** A hand-seeded collection: `load("items/x,items/y/z")` loads each item's properties. */
  private collection(target: string, items: any[], methods: Record<string, unknown>): any {
    const collection = {
      items,
      load: (arg: string | string[]) => {
        const parts = (Array.isArray(arg) ? arg : arg.split(',')).map((p) => p.trim());
        for (const item of items) {
          for (const p of parts) item.load(p.replace(/^items\//, ''));
        }
        return collection;
      },
      ...methods,
    };
    return this.record(collection, target, '');
  }

  private sheet(s: SeedSheet): any {
    const name = s.name;
    return this.track(
      {
        name,
        visibility: 'Visible',
        tabColor: '',
        protection: {
          protected: s.protected ?? false,
          options: s.options ?? { allowAutoFilter: true, selectionMode: 'Normal' },
          protect: noop,
          unprotect: noop,
        },
        freezePanes: { freezeRows: noop, freezeColumns: noop, freezeAt: noop },
        pageLayout: pageLayout(),
        horizontalPageBreaks: {
          add: (address: string) => {
            if (!/^[A-Z]{1,3}\d+$/.test(address)) throw new Error(`InvalidArgument: ${address}`);
          },
        },
        verticalPageBreaks: {
          add: (address: string) => {
            if (!/^[A-Z]{1,3}\d+$/.test(address)) throw new Error(`InvalidArgument: ${address}`);
          },
        },
        tables: { add: () => this.newTable(name) },
        charts: { add: (type: string, source: any) => this.newChart(name, type, source) },
        getRange: (address: string) => this.range(name, address, s.ranges?.[address]),
        getRanges: (address: string) =>
          this.track(
            { address: `${name}!${address}`, format: rangeFormat() },
            `${name}!${address}`,
          ),
        getUsedRange: () => this.range(name, 'used', s.used ? { values: s.used } : undefined),
        activate: noop,
        delete: noop,
      },
      `sheet:${name}`,
      { name },
    );
  }

  private range(sheet: string, address: string, seed?: SeedRange): any {
    const values = seed?.values ?? [['']];
    return this.track(
      {
        address: seed?.address ?? `${sheet}!${address}`,
        values,
        formulas: seed?.formulas ?? values,
        numberFormat: seed?.numberFormat ?? values.map((r) => r.map(() => 'General')),
        format: rangeFormat(),
        dataValidation: { ignoreBlanks: true },
        conditionalFormats: {
          add: (type: string) => {
            if (!['Custom', 'DataBar'].includes(type))
              throw new Error(`InvalidArgument: conditional format ${type}`);
            return this.track(
              {
                type,
                custom: {
                  rule: { formula: '' },
                  format: { fill: { color: '' }, font: { color: '' } },
                },
                dataBar: {
                  lowerBoundRule: { type: 'LowestValue' },
                  upperBoundRule: { type: 'HighestValue' },
                  positiveFormat: { fillColor: '#638EC6', gradientFill: true },
                },
              },
              `cf:${sheet}!${address}`,
            );
          },
        },
        select: noop,
        copyFrom: noop,
      },
      `${sheet}!${address}`,
    );
  }

  /** Charts: Excel's 2-D bar, column and doughnut types; positions are A1 cells of the sheet. */
  private newChart(sheet: string, type: string, source: any): any {
    const TYPES = ['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Doughnut'];
    if (!TYPES.includes(type)) throw new Error(`InvalidArgument: chart type ${type}`);
    // This call is already in the log.
    const n = this.log.filter((c) => c.kind === 'call' && c.path === 'charts.add').length - 1;
    const target = `chart:${sheet}#${n}`;
    const cell = (a: string) => {
      if (!/^[A-Z]{1,3}\d+$/.test(a)) throw new Error(`InvalidArgument: chart position ${a}`);
    };
    const series: any[] = [];
    const newSeries = (name: string) => {
      const i = series.length;
      const point = () => ({ format: { fill: { setSolidColor: noop } } });
      const s = this.track(
        {
          name,
          hasDataLabels: false,
          format: { fill: { setSolidColor: noop } },
          points: { getItemAt: point },
          setValues: (r: any) => r,
          setXAxisValues: (r: any) => r,
        },
        `${target}/series${i}`,
      );
      series.push(s);
      return s;
    };
    newSeries('Series1');
    return this.track(
      {
        type,
        source: source ? this.targetOf(source) : undefined,
        title: { text: '' },
        legend: { position: 'Right' },
        axes: { valueAxis: { numberFormat: 'General' } },
        series: {
          getItemAt: (i: number) => {
            if (!series[i]) throw new Error(`ItemNotFound: series ${i}`);
            return series[i];
          },
          add: (name: string) => newSeries(name),
        },
        setPosition: (from: string, to: string) => {
          cell(from);
          cell(to);
        },
      },
      target,
    );
  }

  private newTable(sheet: string): any {
    return this.track(
      { name: '', style: '', showHeaders: true, showTotals: false, worksheet: { name: sheet } },
      `table:${sheet}`,
    );
  }

  private seededTable(t: SeedTable): any {
    return this.track(
      {
        name: t.name,
        showHeaders: t.showHeaders ?? true,
        showTotals: t.showTotals ?? false,
        worksheet: { name: t.sheet },
        getRange: () => this.range(t.sheet, t.address.slice(t.address.lastIndexOf('!') + 1), t),
      },
      `table:${t.name}`,
    );
  }
}
