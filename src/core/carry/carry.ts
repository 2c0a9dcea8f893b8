import type { Issue } from '../checks/issue';
import { compute } from '../indicators/compute';
import { buildMergedPlan } from '../merge/build-merged';
import type { MergedData } from '../merge/types';
import { parseIsoDate } from '../plan/config';
import { isoDay } from '../read/parse-date';
import { looseText } from '../read/normalise';
import { templateAt } from '../restore/template-at';
import type { Restored } from '../restore/types';
import { CARRY, type CarryDef, type CarryTable } from '../templates/carry';
import type { Lang, TableDef, TemplateDef } from '../templates/types';
import type { WorkbookPlan } from '../plan/types';
import { upgradeToData } from '../upgrade/upgrade';
import { isBlank, matchKey, type CellValue, type MatchKey, type Row } from '../values/cell';
import type { BaselineChoice } from './baseline';
import { flaggedCarried } from './flagged';
import { nextYear } from './next-year';

export { BASELINE_CHOICES, type BaselineChoice } from './baseline';

export interface CarryOptions {
  baseline?: BaselineChoice;
  /** The language of next year's workbook (its lists' titles, its report sheet). */
  lang?: Lang;
}

/** One table's fate: rows read, rows carried, and the columns emptied. */
export interface CarriedTable {
  table: string;
  read: number;
  carried: number;
  /** Headers of the columns emptied in the carried rows (those holding a value). */
  cleared: string[];
  /** Headers of the columns an older version lacked, filled as it read them (to check). */
  filled: string[];
}

export interface BaselineChange {
  key: string;
  indicator: string;
  from: CellValue;
  to: number;
  /** The target kept is already reached by the new baseline: to review. */
  targetReached: boolean;
  /**
   * The baseline was left as it was: moved, it would be beyond the target and contradict the
   * wanted direction (a decrease already under its target), an error of the new workbook.
   */
  kept?: boolean;
}

/** What starting next year's workbook carried and left, said by describeCarry. */
export interface CarryReport {
  file: string;
  template: TemplateDef;
  /** The version the file was read as (older files go through the upgrade path). */
  fromVersion: number;
  /** Main records (Actions, Projets): the ids carried and left, and whether any was marked. */
  main: {
    table: string;
    column: string;
    carried: string[];
    left: string[];
    marked: boolean;
    /** Header of the column saying renewed, when the template has one. */
    renewal?: string;
  };
  /** Tables carried (in template order), named by their sheet. */
  tables: CarriedTable[];
  /** Tables not carried, with their rows (Preuves, Contribution…). */
  notCarried: { table: string; rows: number }[];
  /** Key/value fields moved one year on, and those whose value could not be. */
  moved: { field: string; from: CellValue; to: CellValue }[];
  unmoved: { field: string; value: CellValue }[];
  /** The baseline choice, when the template's indicators have one (undefined otherwise). */
  baseline: BaselineChoice | undefined;
  baselines: BaselineChange[];
  /**
   * Balances carried as next year's balance due (ACI), by record: the amount, and the part of it
   * still owed from the year before; `into` is the column's header. Absent without a balance.
   */
  balances?: {
    table: string;
    into: string;
    from: string;
    rows: { key: string; amount: number; older: number }[];
    /** Overpayments last year (told, not carried). */
    excess: { key: string; amount: number }[];
    /**
     * Amounts typed as text last year (« 20 000 € »): the workbook's formulas, and so the balance
     * carried, counted them as 0. Told with the headers, to check.
     */
    text: { key: string; columns: string[] }[];
  };
  /** Values of last year's Autres données sheet (not carried). */
  others: number;
  /**
   * What the check flags in next year's workbook at a value carried as typed (a typing mistake
   * carried: « 80 % » typed as text, weights summing to 90 %), with its cell there. Kept, told.
   */
  flagged: Issue[];
}

export interface Carried {
  data: MergedData;
  /** Next year's workbook, as written by the CLI and the pane. */
  plan: WorkbookPlan;
  report: CarryReport;
}

/** Thrown when a template has no carry definition (the CLI and the pane say so in French). */
export class CannotCarry extends Error {
  constructor(readonly template: string) {
    super(`template ${template} cannot start a year from another`);
  }
}

const key = (v: CellValue | undefined): MatchKey | undefined =>
  isBlank(v ?? null) ? undefined : matchKey(v);
const shown = (v: CellValue | undefined): string =>
  v instanceof Date ? isoDay(v) : v === null || v === undefined ? '' : String(v);
const header = (def: TableDef, id: string) => def.columns.find((c) => c.id === id)?.header ?? id;

/** The records of the main table carried: those marked renewed, or all of them when none is. */
function renewedKeys(
  def: TableDef,
  spec: CarryDef['main'],
  rows: Row[],
): { keep: (r: Row) => boolean; marked: boolean } {
  const renewal = spec.renewal;
  const yes = renewal ? looseText(renewal.yes) : '';
  const isMarked = (r: Row) => {
    const v = renewal ? r[renewal.column] : null;
    return typeof v === 'string' && looseText(v) === yes;
  };
  const marked = renewal !== undefined && rows.some(isMarked);
  const keyId = def.key ?? def.columns[0]!.id;
  return { keep: (r) => (marked ? isMarked(r) : !isBlank(r[keyId] ?? null)), marked };
}

function keepRow(
  spec: CarryTable,
  row: Row,
  renewed: Set<MatchKey>,
  isRenewed: (r: Row) => boolean,
): boolean {
  switch (spec.rows) {
    case 'all':
      return true;
    case 'renewed':
      return isRenewed(row);
    case 'ofRenewed': {
      const k = key(row[spec.column]);
      return k !== undefined && renewed.has(k);
    }
    case 'unless': {
      const v = row[spec.column];
      return !(typeof v === 'string' && looseText(v) === looseText(spec.value));
    }
  }
}

function periodOneYearOn(config: MergedData['config']): MergedData['config'] {
  const p = config.periode;
  const start = parseIsoDate(p?.debut);
  const end = parseIsoDate(p?.fin);
  if (!start || !end) return config;
  const [s, e] = [nextYear(start), nextYear(end)];
  return s instanceof Date && e instanceof Date
    ? { ...config, periode: { debut: isoDay(s), fin: isoDay(e) } }
    : config;
}

/**
 * Next year's workbook content from this year's (`trepied new ca 2026.xlsx --from 2025.xlsx`):
 * programme, objectives, partners and lists; the renewed actions (all of them when none is
 * marked) with their indicators, targets kept, quarters emptied, the baseline moved to last
 * year's realised value as `options.baseline` says; proofs, answers and reasons left; the period
 * one year on. A file of an older version is upgraded first (the upgrade path).
 * @example buildMergedPlan(carryForward(restored).data) // next year's WorkbookPlan
 */
export function carryForward(r: Restored, options: CarryOptions = {}): Carried {
  const t = r.template;
  const spec = CARRY[t.id];
  if (!spec) throw new CannotCarry(t.id);
  const choice = options.baseline ?? 'cumul';
  const upgraded = upgradeToData(r);
  // Realised values as last year's own formulas computed them (its version's definitions).
  const realised = compute(templateAt(t, r.readAs) ?? t, upgraded.data).tables;

  const mainDef = t.tables.find((d) => d.name === spec.main.table)!;
  const mainKey = mainDef.key ?? mainDef.columns[0]!.id;
  const mainRows = upgraded.data[mainDef.name] ?? [];
  const { keep: isRenewed, marked } = renewedKeys(mainDef, spec.main, mainRows);
  const renewed = new Set<MatchKey>();
  const carriedIds: string[] = [];
  const leftIds: string[] = [];
  for (const row of mainRows) {
    const k = key(row[mainKey]);
    if (isRenewed(row)) {
      if (k !== undefined) renewed.add(k);
      carriedIds.push(shown(row[mainKey]));
    } else if (k !== undefined) leftIds.push(shown(row[mainKey]));
  }

  const data: Record<string, Row[]> = {};
  const links: MergedData['links'] = {};
  const tables: CarriedTable[] = [];
  const notCarried: CarryReport['notCarried'] = [];
  const baselines: BaselineChange[] = [];
  const moved: CarryReport['moved'] = [];
  const unmoved: CarryReport['unmoved'] = [];
  // What is still owed, as this version computes it from the upgraded rows (a rate typed in
  // version 1 now capped at 100 %: a variable part never above its maximum).
  const owed = spec.balance ? compute(t, upgraded.data).tables : undefined;
  const balanceDef = spec.balance && t.tables.find((d) => d.name === spec.balance!.table);
  const balances: CarryReport['balances'] =
    spec.balance && balanceDef
      ? {
          table: balanceDef.sheet,
          into: header(balanceDef, spec.balance.into),
          from: header(balanceDef, spec.balance.from),
          rows: [],
          excess: [],
          text: [],
        }
      : undefined;
  for (const def of t.tables) {
    const rows = upgraded.data[def.name] ?? [];
    const ts = spec.tables[def.name];
    if (!ts) {
      if (rows.length > 0) notCarried.push({ table: def.sheet, rows: rows.length });
      continue;
    }
    const entered = def.columns.filter((c) => !c.computed).map((c) => c.id);
    const clear = new Set(ts.clear ?? []);
    const cleared = new Set<string>();
    const filled = new Set<string>();
    const out: Row[] = [];
    const outLinks: Record<number, Record<string, string>> = {};
    rows.forEach((row, i) => {
      if (!keepRow(ts, row, renewed, isRenewed)) return;
      const next: Row = {};
      for (const id of entered) {
        const v = row[id] ?? null;
        if (clear.has(id)) {
          if (!isBlank(v)) cleared.add(id);
          next[id] = null;
        } else if (ts.shift?.includes(id)) {
          next[id] = nextYear(v) ?? v;
        } else next[id] = v;
      }
      if (spec.older && spec.older.table === def.name && r.readAs < spec.older.below) {
        for (const f of spec.older.fill) {
          if (!isBlank(next[f.column] ?? null)) continue;
          next[f.column] = f.value;
          filled.add(f.column);
        }
        for (const f of spec.older.derive) {
          if (!isBlank(next[f.column] ?? null)) continue;
          const from = next[f.from];
          const text =
            typeof from === 'string' ? looseText(from) : isBlank(from ?? null) ? '' : null;
          const hit = text !== null && f.values.some((x) => looseText(x) === text);
          next[f.column] = hit ? f.then : f.otherwise;
          filled.add(f.column);
        }
      }
      const b = spec.baseline;
      if (b && b.table === def.name && choice !== 'inchangee') {
        const value = realised[def.name]?.[i]?.[b.realised];
        const nature = next[b.nature.column];
        const cumulative =
          typeof nature === 'string' && looseText(nature) === looseText(b.nature.cumulative);
        if (typeof value === 'number' && (choice === 'toutes' || cumulative)) {
          const kept = beyond(row, value, b);
          baselines.push({
            key: shown(row[b.key]),
            indicator: shown(row[b.label]),
            from: row[b.column] ?? null,
            to: value,
            targetReached: reached(row, value, b),
            ...(kept ? { kept } : {}),
          });
          if (!kept) next[b.column] = value;
        }
      }
      const bal = spec.balance;
      if (bal && bal.table === def.name && balances) {
        const was = owed?.[def.name]?.[i] ?? {};
        const num = (id: string) => {
          const v = was[id];
          return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
        };
        const now = num(bal.from);
        const older = Math.max(0, num(bal.also) ?? 0);
        // To the cent: what the payer owes, not a formula's last digits.
        const amount =
          now === undefined ? undefined : Math.round((Math.max(0, now) + older) * 100) / 100;
        next[bal.into] = amount ?? null;
        const k = shown(row[bal.key]);
        if (amount !== undefined && amount > 0) balances.rows.push({ key: k, amount, older });
        const over =
          bal.excess.reduce((a, id) => a + Math.max(0, num(id) ?? 0), 0) +
          (now !== undefined && now < 0 ? -now : 0);
        if (over > 0) balances.excess.push({ key: k, amount: over });
        const text = def.columns
          .filter((c) => c.kind === 'money' && !c.computed && typeof row[c.id] === 'string')
          .filter((c) => !isBlank(row[c.id] ?? null))
          .map((c) => c.header);
        if (text.length > 0) balances.text.push({ key: k, columns: text });
      }
      // A row left with nothing but its reference to a record is not worth carrying.
      const ref = ts.rows === 'ofRenewed' ? ts.column : undefined;
      if (ref && entered.every((id) => id === ref || isBlank(next[id] ?? null))) return;
      const link = upgraded.links[def.name]?.[i];
      if (link) {
        const kept = Object.fromEntries(Object.entries(link).filter(([id]) => !clear.has(id)));
        if (Object.keys(kept).length > 0) outLinks[out.length] = kept;
      }
      out.push(next);
    });
    if (spec.fields.table === def.name && def.key) {
      const valueId = entered.find((id) => id !== def.key)!;
      for (const row of out) {
        const field = row[def.key];
        const name = spec.fields.names.find(
          (n) => typeof field === 'string' && looseText(field) === looseText(n),
        );
        const v = row[valueId] ?? null;
        if (!name || isBlank(v)) continue;
        const n = nextYear(v);
        if (n === undefined) unmoved.push({ field: name, value: v });
        else {
          moved.push({ field: name, from: v, to: n });
          row[valueId] = n;
        }
      }
    }
    // No row carried: the template's own pre-filled rows (the Calendrier's steps) come back.
    if (out.length > 0) data[def.name] = out;
    if (Object.keys(outLinks).length > 0) links[def.name] = outLinks;
    tables.push({
      table: def.sheet,
      read: rows.length,
      carried: out.length,
      cleared: entered.filter((id) => cleared.has(id)).map((id) => header(def, id)),
      filled: entered.filter((id) => filled.has(id)).map((id) => header(def, id)),
    });
  }

  const merged: MergedData = {
    template: t,
    data,
    lists: upgraded.lists,
    others: [],
    links,
    extras: {},
    config: periodOneYearOn(upgraded.config),
    renamed: [],
  };
  const plan = buildMergedPlan(merged, options.lang ? { lang: options.lang } : {});
  return {
    data: merged,
    plan,
    report: {
      file: r.file,
      template: t,
      fromVersion: r.readAs,
      main: {
        table: mainDef.name,
        column: header(mainDef, mainKey),
        carried: carriedIds,
        left: leftIds,
        marked,
        ...(spec.main.renewal ? { renewal: header(mainDef, spec.main.renewal.column) } : {}),
      },
      tables,
      notCarried,
      moved,
      unmoved,
      baseline: spec.baseline ? choice : undefined,
      baselines,
      ...(balances ? { balances } : {}),
      others: upgraded.others.length,
      flagged: flaggedCarried(t, plan, Object.keys(data)),
    },
  };
}

/** The indicator's target and whether a decrease is wanted. */
function targetOf(row: Row, b: NonNullable<CarryDef['baseline']>) {
  const target = row[b.target];
  const dir = row[b.direction.column];
  const down = typeof dir === 'string' && looseText(dir) === looseText(b.direction.down);
  return { target: typeof target === 'number' ? target : undefined, down };
}

/** The new baseline already meets the target kept (up: at or above it; down: at or below it). */
function reached(row: Row, baseline: number, b: NonNullable<CarryDef['baseline']>): boolean {
  const { target, down } = targetOf(row, b);
  if (target === undefined) return false;
  return down ? baseline <= target : baseline >= target;
}

/** The new baseline is past the target (a decrease under it, an increase above it). */
function beyond(row: Row, baseline: number, b: NonNullable<CarryDef['baseline']>): boolean {
  const { target, down } = targetOf(row, b);
  if (target === undefined) return false;
  return down ? baseline < target : baseline > target;
}
