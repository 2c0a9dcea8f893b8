import { col, fileFunction, str, thisRow } from '../formula/refs';
import { columnDef, tableDef } from '../templates';
import type { Computed, TableDef, TemplateDef } from '../templates/types';
import { addMonths } from '../values/anniversary';
import { errorValue } from '../read/parse-cell';
import {
  criterionMatches,
  isBlank,
  isNumber,
  matchKey,
  numericValue,
  type CellValue,
  type MatchKey,
  type Row,
} from '../values/cell';

/**
 * Every computed column exists twice, side by side: the formula written into the workbook
 * (file syntax) and its TypeScript twin. Parity tests recalculate the first in LibreOffice
 * and compare it with the second.
 */
export type Computedvalue = number | string;

export interface FormulaContext {
  template: TemplateDef;
  table: TableDef;
}

export interface EvalContext {
  template: TemplateDef;
  table: TableDef;
  /** Rows of every table, with their computed columns already filled. */
  tables: Record<string, Row[]>;
  /** Rows of a table grouped by the criterion key of one column, built once per computation. */
  index: (table: string, column: string) => Map<MatchKey, Row[]>;
}

const here = (ctx: FormulaContext, id: string): string =>
  thisRow(ctx.table.name, columnDef(ctx.table, id).header);
const other = (ctx: FormulaContext, table: string, id: string): string =>
  col(table, columnDef(tableDef(ctx.template, table), id).header);
/** ISNUMBER: a number or a date (a serial number in the sheet); not VRAI/FAUX (flagged). */
const num = (v: CellValue | undefined): number | undefined =>
  typeof v === 'boolean' ? undefined : numericValue(v);

const NONE: readonly Row[] = [];

/** Rows of def.table whose def.column matches the row's key (the filter is the caller's). */
function related(
  ctx: EvalContext,
  row: Row,
  def: { key: string; table: string; column: string },
): readonly Row[] {
  const key = matchKey(row[def.key]);
  if (key === undefined) return NONE;
  return ctx.index(def.table, def.column).get(key) ?? NONE;
}

/**
 * Sum of the numbers among ids, left to right as SUM adds them, how many there were (COUNT),
 * the last one, and the error value SUM and AVERAGE then show (the last one met, as LibreOffice).
 */
function sumOf(
  row: Row,
  ids: readonly string[],
): { sum: number; count: number; last: number; error: string | undefined } {
  let sum = 0;
  let count = 0;
  let last = 0;
  let error: string | undefined;
  for (const id of ids) {
    const v = row[id] ?? null;
    const x = num(v);
    if (x === undefined) {
      // LibreOffice's SUM and AVERAGE show the last error value met (Excel's the first).
      error = errorValue(v) ?? error;
      continue;
    }
    sum += x;
    count++;
    last = x;
  }
  return { sum, count, last, error };
}

/**
 * How a key is matched in another table (docs/identifiants.md): with `=`'s meaning, never with
 * COUNTIFS's criteria rules. A number key counts the numbers equal to it (">=k" and "<=k" match
 * numbers only); a text key counts the texts equal to it, case ignored: "=" then the key with its
 * wildcards ~ * ? escaped (no wildcard, no operator), minus the numbers that criterion would
 * also match ("1" matches the number 1; `ANY_NUMBER` matches every number and no text).
 */
const ANY_NUMBER = '">-1E+307"';
const exactText = (k: string): string =>
  `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${k},"~","~~"),"*","~*"),"?","~?")`;

function relatedRefs(
  ctx: FormulaContext,
  c: { key: string; table: string; column: string; filter: [string, string] },
): { k: string; col: string; filter: string } {
  return {
    k: here(ctx, c.key),
    col: other(ctx, c.table, c.column),
    filter: `${other(ctx, c.table, c.filter[0])},${str(c.filter[1])}`,
  };
}

/** SUMIFS of `value` over the rows matching the key, with countRelated's matching rules. */
function sumRelatedFormula(
  ctx: FormulaContext,
  c: { key: string; table: string; column: string },
  value: string,
): string {
  const k = here(ctx, c.key);
  const col = other(ctx, c.table, c.column);
  const v = other(ctx, c.table, value);
  const text = exactText(k);
  const byNumber = `SUMIFS(${v},${col},">="&${k},${col},"<="&${k})`;
  const byText = `SUMIFS(${v},${col},${text})`;
  const lessNumbers = `${byText}-SUMIFS(${v},${col},${text},${col},${ANY_NUMBER})`;
  return `IF(ISNUMBER(${k}),${byNumber},IF(COUNT(${col})=0,${byText},${lessNumbers}))`;
}

type ContractAttainment = Extract<Computed, { kind: 'contractAttainment' }>;

/**
 * A contract indicator's attainment (docs/aci.md). The levels are found with `=` (no criteria
 * rules) by AGGREGATE(14,6,…) — the largest of an array, its errors skipped, in Excel 2010+ and
 * LibreOffice without an array formula: a level row that does not name the indicator, has no
 * number threshold or granted attainment, or is not reached divides by 0 and is skipped.
 */
function contractAttainmentFormula(ctx: FormulaContext, c: ContractAttainment): string {
  const [k, v, t, b, cap] = [c.key, c.value, c.target, c.baseline, c.cap].map((id) =>
    here(ctx, id),
  );
  const L = c.levels;
  const [ind, s, g] = [L.column, L.threshold, L.granted].map((id) => other(ctx, L.table, id));
  const largest = fileFunction('AGGREGATE');
  const isDown = `${here(ctx, c.direction.column)}=${str(c.direction.down)}`;
  const clamp = (x: string) => `MAX(0,MIN(IF(ISNUMBER(${cap}),${cap},1),${x}))`;
  const level = `(${ind}=${k})*ISNUMBER(${s})*ISNUMBER(${g})`;
  const reached = `((${s}>=${v})*(${isDown})+(${s}<=${v})*NOT(${isDown}))`;
  const levelled = `AND(TRIM(${k})<>"",ISNUMBER(${largest}(14,6,1/(${level}),1)))`;
  const best = `IFERROR(${largest}(14,6,${g}/(${level}*${reached}),1),0)`;
  const linear =
    `IF(NOT(ISNUMBER(${t})),"",IF(ISNUMBER(${b}),IF(${t}-${b}=0,"",${clamp(`(${v}-${b})/(${t}-${b})`)}),` +
    `IF(${isDown},${clamp(`IF(${v}<=${t},1,0)`)},IF(${t}<=0,"",${clamp(`${v}/${t}`)}))))`;
  return `IF(NOT(ISNUMBER(${v})),"",IF(${levelled},${clamp(best)},${linear}))`;
}

/** The twin of contractAttainmentFormula, in the formula's order (which error shows). */
function contractAttainment(c: ContractAttainment, row: Row, ctx: EvalContext): Computedvalue {
  const v = num(cell(row, c.value));
  if (v === undefined) return '';
  const key = cell(row, c.key);
  const keyError = errorValue(key);
  if (keyError !== undefined) return keyError;
  const cap = num(cell(row, c.cap)) ?? 1;
  const clamp = (x: number) => Math.max(0, Math.min(cap, x));
  const sense = cell(row, c.direction.column);
  const senseError = errorValue(sense);
  const down = criterionMatches(sense, c.direction.down);
  if (!isBlank(key)) {
    const L = c.levels;
    let levelled = false;
    let best = 0;
    for (const r of related(ctx, row, { key: c.key, table: L.table, column: L.column })) {
      const s = num(r[L.threshold] ?? null);
      const g = num(r[L.granted] ?? null);
      if (s === undefined || g === undefined) continue;
      levelled = true;
      // An error in the direction makes every level an error: AGGREGATE skips them all (0).
      if (senseError === undefined && (down ? s >= v : s <= v)) best = Math.max(best, g);
    }
    if (levelled) return clamp(best);
  }
  const t = num(cell(row, c.target));
  if (t === undefined) return '';
  const b = num(cell(row, c.baseline));
  if (b !== undefined) return t - b === 0 ? '' : clamp((v - b) / (t - b));
  if (senseError !== undefined) return senseError;
  if (down) return clamp(v <= t ? 1 : 0);
  return t <= 0 ? '' : clamp(v / t);
}

export function computedFormula(c: Computed, ctx: FormulaContext): string {
  const h = (id: string) => here(ctx, id);
  const keyBlank = (key: string) => `TRIM(${h(key)})=""`;
  switch (c.kind) {
    case 'countRelated': {
      const { k, col, filter } = relatedRefs(ctx, c);
      const text = exactText(k);
      const byNumber = `COUNTIFS(${col},">="&${k},${col},"<="&${k},${filter})`;
      const byText = `COUNTIFS(${col},${text},${filter})`;
      const lessNumbers = `${byText}-COUNTIFS(${col},${text},${col},${ANY_NUMBER},${filter})`;
      return `IF(${keyBlank(c.key)},"",IF(ISNUMBER(${k}),${byNumber},IF(COUNT(${col})=0,${byText},${lessNumbers})))`;
    }
    case 'averageRelated': {
      const { k, col, filter } = relatedRefs(ctx, c);
      const v = other(ctx, c.table, c.value);
      const text = exactText(k);
      const numbers = `${v},${ANY_NUMBER}`;
      const byNumber = `AVERAGEIFS(${v},${col},">="&${k},${col},"<="&${k},${filter})`;
      const sum = `SUMIFS(${v},${col},${text},${filter})-SUMIFS(${v},${col},${text},${col},${ANY_NUMBER},${filter})`;
      const count = `COUNTIFS(${col},${text},${filter},${numbers})-COUNTIFS(${col},${text},${col},${ANY_NUMBER},${filter},${numbers})`;
      const byText = `AVERAGEIFS(${v},${col},${text},${filter})`;
      const choose = `IF(ISNUMBER(${k}),${byNumber},IF(COUNT(${col})=0,${byText},(${sum})/(${count})))`;
      return `IF(${keyBlank(c.key)},"",IFERROR(${choose},""))`;
    }
    case 'triangulation': {
      const [a, b, d] = c.counts.map(h);
      return `IF(${keyBlank(c.key)},"",IF(AND(${a}>=1,${b}>=1,${d}>=1),"OUI","NON"))`;
    }
    case 'missingProofs': {
      const parts = c.counts.map((id, i) => `IF(${h(id)}=0,${str(`, ${c.labels[i]}`)},"")`);
      return `IF(${keyBlank(c.key)},"",MID(${parts.join('&')},3,200))`;
    }
    case 'realised': {
      const q = c.quarters.map(h);
      const list = q.join(',');
      const m = h(c.mode);
      let last = q[0] as string;
      for (const cell of q.slice(1)) last = `IF(ISNUMBER(${cell}),${cell},${last})`;
      // The nesting above puts the last quarter outermost: the latest filled quarter wins.
      const blankMode = `TRIM(${m})=""`;
      const n = c.nature ? h(c.nature.column) : '';
      const sum = c.nature
        ? `OR(${m}=${str(c.modes.sum)},AND(${blankMode},${n}=${str(c.nature.cumulative)}))`
        : `OR(${blankMode},${m}=${str(c.modes.sum)})`;
      const lastMode = c.nature
        ? `OR(${m}=${str(c.modes.last)},AND(${blankMode},${n}=${str(c.nature.level)}))`
        : `${m}=${str(c.modes.last)}`;
      return `IF(COUNT(${list})=0,"",IF(${sum},SUM(${list}),IF(${m}=${str(c.modes.mean)},AVERAGE(${list}),IF(${lastMode},${last},""))))`;
    }
    case 'attainment': {
      const [r, t, b] = [h(c.realised), h(c.target), h(c.baseline)];
      const known = `OR(NOT(ISNUMBER(${r})),NOT(ISNUMBER(${t})))`;
      const byBaseline = `IF(${t}-${b}=0,"",(${r}-${b})/(${t}-${b}))`;
      if (!c.sense)
        return `IF(${known},"",IF(ISNUMBER(${b}),${byBaseline},IF(${t}=0,"",${r}/${t})))`;
      const { direction, nature } = c.sense;
      const upRate = `IF(AND(${h(direction.column)}=${str(direction.up)},${t}<>0),${r}/${t},"")`;
      const cumulative = `${h(nature.column)}=${str(nature.cumulative)}`;
      return `IF(${known},"",IF(${cumulative},${upRate},IF(ISNUMBER(${b}),${byBaseline},${upRate})))`;
    }
    case 'status': {
      const r = h(c.rate);
      const empty = c.anyOf.map((id) => `TRIM(${h(id)})=""`).join(',');
      const L = c.labels;
      let noRate = str(L.unknown);
      const d = c.decrease;
      if (d) {
        const [v, t] = [h(d.realised), h(d.target)];
        const down = `AND(${h(d.direction.column)}=${str(d.direction.down)},ISNUMBER(${v}),ISNUMBER(${t}))`;
        const open = `AND(${h(d.nature.column)}=${str(d.nature.cumulative)},NOT(ISNUMBER(${h(d.closing)})))`;
        noRate = `IF(${down},IF(${v}<=${t},IF(${open},${str(L.inProgress)},${str(L.reached)}),${str(L.notReached)}),${str(L.unknown)})`;
      }
      return `IF(AND(${empty}),"",IF(NOT(ISNUMBER(${r})),${noRate},IF(${r}>=1,${str(L.reached)},IF(${r}>0,${str(L.partial)},${str(L.notReached)}))))`;
    }
    case 'countedProof': {
      const type = h(c.type);
      const ex = `${h(c.excluded.column)}=${str(c.excluded.value)}`;
      const ok = [...c.needs.map((n) => `TRIM(${h(n.column)})<>""`), `NOT(${ex})`].join(',');
      const why = [
        ...c.needs.map((n) => `IF(TRIM(${h(n.column)})="",${str(`, ${n.label}`)},"")`),
        `IF(${ex},${str(`, ${c.excluded.label}`)},"")`,
      ].join('&');
      return `IF(TRIM(${type})="","",IF(AND(${ok}),${type},${str(c.prefix)}&MID(${why},3,200)))`;
    }
    case 'retainedRate': {
      const [r, s] = [h(c.rate), h(c.status)];
      return `IF(ISNUMBER(${r}),MAX(0,MIN(1,${r})),IF(${s}=${str(c.labels.reached)},1,IF(${s}=${str(c.labels.notReached)},0,"")))`;
    }
    case 'ratio': {
      const [n, d] = [h(c.num), h(c.den)];
      return `IF(AND(ISNUMBER(${n}),ISNUMBER(${d})),IF(${d}=0,"",${n}/${d}),"")`;
    }
    case 'difference': {
      const [a, b] = [h(c.a), h(c.b)];
      return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${a}-${b},"")`;
    }
    case 'relativeChange': {
      const [b, a] = [h(c.before), h(c.after)];
      return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${b}=0,"",(${a}-${b})/${b}),"")`;
    }
    case 'product': {
      const [a, b] = [h(c.a), h(c.b)];
      return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${a}*${b},"")`;
    }
    case 'sum': {
      const list = c.terms.map(h).join(',');
      return `IF(COUNT(${list})=0,"",SUM(${list}))`;
    }
    case 'balance': {
      const t = h(c.total);
      return `IF(ISNUMBER(${t}),${t}-SUM(${c.minus.map(h).join(',')}),"")`;
    }
    case 'sumRelated':
      return `IF(${keyBlank(c.key)},"",${sumRelatedFormula(ctx, c, c.value)})`;
    case 'weightedRelated': {
      const [v, w] = [sumRelatedFormula(ctx, c, c.value), sumRelatedFormula(ctx, c, c.weight)];
      return `IF(${keyBlank(c.key)},"",IFERROR(MAX(0,MIN(1,(${v})/(${w}))),""))`;
    }
    case 'contractAttainment':
      return contractAttainmentFormula(ctx, c);
    case 'scaled': {
      const a = h(c.a);
      return `IF(ISNUMBER(${a}),${a}*${c.factor},"")`;
    }
    case 'clampedBalance': {
      const [t, paid] = [h(c.total), `SUM(${c.minus.map(h).join(',')})`];
      return `IF(ISNUMBER(${t}),MAX(0,${c.excess ? `${paid}-${t}` : `${t}-${paid}`}),"")`;
    }
    case 'anniversary': {
      const match = `MATCH(${str(c.field)},${other(ctx, c.table, c.fieldColumn)},0)`;
      const v = `IFERROR(INDEX(${other(ctx, c.table, c.valueColumn)},${match}),"")`;
      const inRange = `AND(${v}>=${FIRST_SERIAL},${v}<${LAST_SERIAL})`;
      return `IF(${keyBlank(c.key)},"",IF(ISNUMBER(${v}),IF(${inRange},EDATE(${v},${12 * c.years}),""),""))`;
    }
    case 'noneOf': {
      const any = c.counts.map((id) => `${h(id)}>=1`).join(',');
      return `IF(${keyBlank(c.key)},"",IF(OR(${any}),"NON","OUI"))`;
    }
    case 'score': {
      const [y, p, n] = [h(c.yes), h(c.partial), h(c.no)];
      return `IF(AND(ISNUMBER(${y}),ISNUMBER(${p}),ISNUMBER(${n})),IF(${y}+${p}+${n}=0,"",(${y}+${p}/2)/(${y}+${p}+${n})),"")`;
    }
    case 'rank': {
      const v = h(c.value);
      let chain = '""';
      for (let i = c.levels.length - 1; i >= 0; i--)
        chain = `IF(${v}=${str(c.levels[i] as string)},${i + 1},${chain})`;
      return chain;
    }
  }
}

/**
 * The serials an anniversary is computed for: from 01/03/1900, where Excel's and LibreOffice's
 * serials agree (Excel counts a 29/02/1900), to before 9999 (EDATE's last year in Excel).
 */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958000;
const DAY_MS = 86400000;
/** Serial 0 of LibreOffice (and of Excel from serial 61 on): 30/12/1899. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** EDATE: the serial `months` later, the day held to the month's last day, time dropped. */
function edate(serial: number, months: number): number {
  const d = addMonths(new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS), months);
  return Math.round((d.getTime() - SERIAL_EPOCH) / DAY_MS);
}

/** The value of a field of a key/value table, as INDEX(MATCH(field, keys, 0)) finds it. */
function fieldValue(ctx: EvalContext, table: string, keys: string, values: string, field: string) {
  for (const r of ctx.tables[table] ?? []) {
    const k = r[keys] ?? null;
    if (typeof k === 'string' && k.toLowerCase() === field.toLowerCase()) return r[values] ?? null;
  }
  return null;
}

/**
 * SUMIFS over the related rows: numbers and dates add up, text and VRAI/FAUX do not; the first
 * error among the matched values shows (as SUMIFS returns it).
 */
function relatedSum(
  ctx: EvalContext,
  row: Row,
  c: { key: string; table: string; column: string },
  value: string,
): number | string {
  let sum = 0;
  for (const r of related(ctx, row, c)) {
    const v = r[value] ?? null;
    const e = errorValue(v);
    if (e !== undefined) return e;
    if (typeof v === 'number' || v instanceof Date) sum += numericValue(v) ?? 0;
  }
  return sum;
}

/** A cell of the row, null when absent (no closure per call: this runs for every cell). */
const cell = (row: Row, id: string): CellValue => row[id] ?? null;

/** The first error value among cells, in formula order (as AND, SUM and & return it). */
function firstError(row: Row, ids: readonly string[]): string | undefined {
  for (const id of ids) {
    const e = errorValue(cell(row, id));
    if (e !== undefined) return e;
  }
  return undefined;
}

/** `x>=1` on a computed count: a text is greater than any number, a blank is 0. */
const atLeastOne = (v: CellValue): boolean =>
  typeof v === 'string' ? true : (numericValue(v) ?? 0) >= 1;

export function computedValue(c: Computed, row: Row, ctx: EvalContext): Computedvalue {
  switch (c.kind) {
    case 'countRelated': {
      const key = cell(row, c.key);
      const error = errorValue(key);
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      // Plain loops: this runs once per row and computed column, closures add up.
      const [column, wanted] = c.filter;
      let n = 0;
      for (const r of related(ctx, row, c)) if (criterionMatches(r[column], wanted)) n++;
      return n;
    }
    case 'averageRelated': {
      const key = cell(row, c.key);
      const error = errorValue(key);
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      const [column, wanted] = c.filter;
      let sum = 0;
      let n = 0;
      for (const r of related(ctx, row, c)) {
        if (!criterionMatches(r[column], wanted)) continue;
        const v = r[c.value] ?? null;
        // AVERAGEIFS fails on an error among the values it averages: IFERROR shows "".
        if (errorValue(v) !== undefined) return '';
        const x = numericValue(v);
        if (x === undefined || typeof v === 'boolean') continue;
        sum += x;
        n++;
      }
      return n === 0 ? '' : sum / n;
    }
    case 'triangulation': {
      const key = cell(row, c.key);
      const error = errorValue(key) ?? (isBlank(key) ? undefined : firstError(row, c.counts));
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      for (const id of c.counts) if (!atLeastOne(cell(row, id))) return 'NON';
      return 'OUI';
    }
    case 'missingProofs': {
      const key = cell(row, c.key);
      const error = errorValue(key) ?? (isBlank(key) ? undefined : firstError(row, c.counts));
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      const missing: string[] = [];
      c.counts.forEach((id, i) => {
        const label = c.labels[i];
        const v = cell(row, id);
        if ((v === null || numericValue(v) === 0) && label !== undefined) missing.push(label);
      });
      return missing.join(', ');
    }
    case 'realised': {
      const q = sumOf(row, c.quarters);
      if (q.count === 0) return '';
      const mode = cell(row, c.mode);
      const modeError = errorValue(mode);
      if (modeError !== undefined) return modeError;
      const blankMode = isBlank(mode);
      const nature = c.nature ? cell(row, c.nature.column) : null;
      if (!c.nature) {
        if (blankMode || criterionMatches(mode, c.modes.sum)) return q.error ?? q.sum;
      } else {
        // OR(m="Somme",AND(TRIM(m)="",n="Cumul…")): an error in the nature column shows.
        const natureError = errorValue(nature);
        if (natureError !== undefined) return natureError;
        if (criterionMatches(mode, c.modes.sum)) return q.error ?? q.sum;
        if (blankMode && criterionMatches(nature, c.nature.cumulative)) return q.error ?? q.sum;
      }
      if (criterionMatches(mode, c.modes.mean)) return q.error ?? q.sum / q.count;
      if (criterionMatches(mode, c.modes.last)) return q.last;
      if (c.nature && blankMode && criterionMatches(nature, c.nature.level)) return q.last;
      return '';
    }
    case 'attainment': {
      const r = num(cell(row, c.realised));
      const t = num(cell(row, c.target));
      if (r === undefined || t === undefined) return '';
      const b = num(cell(row, c.baseline));
      if (!c.sense) {
        if (b !== undefined) return t - b === 0 ? '' : (r - b) / (t - b);
        return t === 0 ? '' : r / t;
      }
      const { direction, nature } = c.sense;
      const kind = cell(row, nature.column);
      const kindError = errorValue(kind);
      if (kindError !== undefined) return kindError;
      // AND(direction="Hausse…",cible<>0): an error in the direction column shows.
      const sense = cell(row, direction.column);
      const upRate = (): Computedvalue =>
        errorValue(sense) ?? (criterionMatches(sense, direction.up) && t !== 0 ? r / t : '');
      // A cumulative count is measured against the period's target, whatever last period was.
      if (criterionMatches(kind, nature.cumulative)) return upRate();
      if (b !== undefined) return t - b === 0 ? '' : (r - b) / (t - b);
      return upRate();
    }
    case 'status': {
      const error = firstError(row, c.anyOf);
      if (error !== undefined) return error;
      let empty = true;
      for (const id of c.anyOf) {
        if (!isBlank(cell(row, id))) {
          empty = false;
          break;
        }
      }
      if (empty) return '';
      const L = c.labels;
      const r = num(cell(row, c.rate));
      if (r !== undefined) return r >= 1 ? L.reached : r > 0 ? L.partial : L.notReached;
      const d = c.decrease;
      if (!d) return L.unknown;
      const v = num(cell(row, d.realised));
      const t = num(cell(row, d.target));
      const sense = cell(row, d.direction.column);
      const senseError = errorValue(sense);
      if (senseError !== undefined) return senseError;
      if (!criterionMatches(sense, d.direction.down) || v === undefined || t === undefined)
        return L.unknown;
      if (v > t) return L.notReached;
      const kind = cell(row, d.nature.column);
      const kindError = errorValue(kind);
      if (kindError !== undefined) return kindError;
      const open = criterionMatches(kind, d.nature.cumulative) && !isNumber(cell(row, d.closing));
      return open ? L.inProgress : L.reached;
    }
    case 'countedProof': {
      const type = cell(row, c.type);
      const typeError = errorValue(type);
      if (typeError !== undefined) return typeError;
      if (isBlank(type)) return '';
      // AND(TRIM(…)<>"",…,NOT(excluded)): the first error among its arguments shows.
      const error = firstError(row, [...c.needs.map((n) => n.column), c.excluded.column]);
      if (error !== undefined) return error;
      const why: string[] = [];
      for (const n of c.needs) if (isBlank(cell(row, n.column))) why.push(n.label);
      if (criterionMatches(cell(row, c.excluded.column), c.excluded.value))
        why.push(c.excluded.label);
      if (why.length === 0) return typeof type === 'number' ? type : String(type);
      return c.prefix + why.join(', ');
    }
    case 'retainedRate': {
      const r = num(cell(row, c.rate));
      if (r !== undefined) return Math.max(0, Math.min(1, r));
      const s = cell(row, c.status);
      const statusError = errorValue(s);
      if (statusError !== undefined) return statusError;
      if (criterionMatches(s, c.labels.reached)) return 1;
      return criterionMatches(s, c.labels.notReached) ? 0 : '';
    }
    case 'ratio': {
      const n = num(cell(row, c.num));
      const d = num(cell(row, c.den));
      return n === undefined || d === undefined || d === 0 ? '' : n / d;
    }
    case 'difference': {
      const a = num(cell(row, c.a));
      const b = num(cell(row, c.b));
      return a === undefined || b === undefined ? '' : a - b;
    }
    case 'relativeChange': {
      const b = num(cell(row, c.before));
      const a = num(cell(row, c.after));
      return a === undefined || b === undefined || b === 0 ? '' : (a - b) / b;
    }
    case 'product': {
      const a = num(cell(row, c.a));
      const b = num(cell(row, c.b));
      return a === undefined || b === undefined ? '' : a * b;
    }
    case 'sum': {
      const terms = sumOf(row, c.terms);
      return terms.count === 0 ? '' : (terms.error ?? terms.sum);
    }
    case 'balance': {
      const t = num(cell(row, c.total));
      if (t === undefined) return '';
      const minus = sumOf(row, c.minus);
      return minus.error ?? t - minus.sum;
    }
    case 'sumRelated': {
      const key = cell(row, c.key);
      const error = errorValue(key);
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      return relatedSum(ctx, row, c, c.value);
    }
    case 'weightedRelated': {
      const key = cell(row, c.key);
      const error = errorValue(key);
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      const v = relatedSum(ctx, row, c, c.value);
      const w = relatedSum(ctx, row, c, c.weight);
      if (typeof v !== 'number' || typeof w !== 'number' || w === 0) return '';
      return Math.max(0, Math.min(1, v / w));
    }
    case 'contractAttainment':
      return contractAttainment(c, row, ctx);
    case 'scaled': {
      const a = num(cell(row, c.a));
      return a === undefined ? '' : a * c.factor;
    }
    case 'clampedBalance': {
      const t = num(cell(row, c.total));
      if (t === undefined) return '';
      const paid = sumOf(row, c.minus);
      if (paid.error !== undefined) return paid.error;
      return Math.max(0, c.excess ? paid.sum - t : t - paid.sum);
    }
    case 'anniversary': {
      const key = cell(row, c.key);
      const error = errorValue(key);
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      const v = fieldValue(ctx, c.table, c.fieldColumn, c.valueColumn, c.field);
      if (errorValue(v) !== undefined || typeof v === 'boolean') return '';
      const x = numericValue(v);
      if (x === undefined || x < FIRST_SERIAL || x >= LAST_SERIAL) return '';
      return edate(x, 12 * c.years);
    }
    case 'noneOf': {
      const key = cell(row, c.key);
      const error = errorValue(key) ?? (isBlank(key) ? undefined : firstError(row, c.counts));
      if (error !== undefined) return error;
      if (isBlank(key)) return '';
      for (const id of c.counts) if (atLeastOne(cell(row, id))) return 'NON';
      return 'OUI';
    }
    case 'score': {
      const y = num(cell(row, c.yes));
      const p = num(cell(row, c.partial));
      const n = num(cell(row, c.no));
      if (y === undefined || p === undefined || n === undefined) return '';
      const counted = y + p + n;
      return counted === 0 ? '' : (y + p / 2) / counted;
    }
    case 'rank': {
      const v = cell(row, c.value);
      const error = errorValue(v);
      if (error !== undefined) return error;
      if (typeof v !== 'string') return '';
      const i = c.levels.findIndex((level) => criterionMatches(v, level));
      return i < 0 ? '' : i + 1;
    }
  }
}
