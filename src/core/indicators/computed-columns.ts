import { col, str, thisRow } from '../formula/refs';
import { columnDef, tableDef } from '../templates';
import type { Computed, TableDef, TemplateDef } from '../templates/types';
import {
  criterionMatches,
  isBlank,
  isNumber,
  matchKey,
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
const num = (v: CellValue | undefined): number | undefined => (isNumber(v) ? v : undefined);

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

/** Sum of the numbers among ids, left to right as SUM adds them, and how many there were. */
function sumOf(row: Row, ids: readonly string[]): { sum: number; count: number; last: number } {
  let sum = 0;
  let count = 0;
  let last = 0;
  for (const id of ids) {
    const x = row[id] ?? null;
    if (!isNumber(x)) continue;
    sum += x;
    count++;
    last = x;
  }
  return { sum, count, last };
}

export function computedFormula(c: Computed, ctx: FormulaContext): string {
  const h = (id: string) => here(ctx, id);
  const keyBlank = (key: string) => `TRIM(${h(key)})=""`;
  switch (c.kind) {
    case 'countRelated':
      return `IF(${keyBlank(c.key)},"",COUNTIFS(${other(ctx, c.table, c.column)},${h(c.key)},${other(ctx, c.table, c.filter[0])},${str(c.filter[1])}))`;
    case 'averageRelated':
      return `IF(${keyBlank(c.key)},"",IFERROR(AVERAGEIFS(${other(ctx, c.table, c.value)},${other(ctx, c.table, c.column)},${h(c.key)},${other(ctx, c.table, c.filter[0])},${str(c.filter[1])}),""))`;
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
  }
}

/** A cell of the row, null when absent (no closure per call: this runs for every cell). */
const cell = (row: Row, id: string): CellValue => row[id] ?? null;

export function computedValue(c: Computed, row: Row, ctx: EvalContext): Computedvalue {
  switch (c.kind) {
    case 'countRelated': {
      if (isBlank(cell(row, c.key))) return '';
      // Plain loops: this runs once per row and computed column, closures add up.
      const [column, wanted] = c.filter;
      let n = 0;
      for (const r of related(ctx, row, c)) if (criterionMatches(r[column], wanted)) n++;
      return n;
    }
    case 'averageRelated': {
      if (isBlank(cell(row, c.key))) return '';
      const [column, wanted] = c.filter;
      let sum = 0;
      let n = 0;
      for (const r of related(ctx, row, c)) {
        if (!criterionMatches(r[column], wanted)) continue;
        const x = r[c.value];
        if (!isNumber(x)) continue;
        sum += x;
        n++;
      }
      return n === 0 ? '' : sum / n;
    }
    case 'triangulation':
      if (isBlank(cell(row, c.key))) return '';
      for (const id of c.counts) if (!((num(cell(row, id)) ?? 0) >= 1)) return 'NON';
      return 'OUI';
    case 'missingProofs': {
      if (isBlank(cell(row, c.key))) return '';
      const missing: string[] = [];
      c.counts.forEach((id, i) => {
        const label = c.labels[i];
        if (cell(row, id) === 0 && label !== undefined) missing.push(label);
      });
      return missing.join(', ');
    }
    case 'realised': {
      const q = sumOf(row, c.quarters);
      if (q.count === 0) return '';
      const mode = cell(row, c.mode);
      const blankMode = isBlank(mode);
      if (!c.nature) {
        if (blankMode || criterionMatches(mode, c.modes.sum)) return q.sum;
      } else {
        if (criterionMatches(mode, c.modes.sum)) return q.sum;
        if (blankMode && criterionMatches(cell(row, c.nature.column), c.nature.cumulative))
          return q.sum;
      }
      if (criterionMatches(mode, c.modes.mean)) return q.sum / q.count;
      if (criterionMatches(mode, c.modes.last)) return q.last;
      if (c.nature && blankMode && criterionMatches(cell(row, c.nature.column), c.nature.level))
        return q.last;
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
      const up = criterionMatches(cell(row, direction.column), direction.up) && t !== 0;
      // A cumulative count is measured against the period's target, whatever last period was.
      if (criterionMatches(cell(row, nature.column), nature.cumulative)) return up ? r / t : '';
      if (b !== undefined) return t - b === 0 ? '' : (r - b) / (t - b);
      return up ? r / t : '';
    }
    case 'status': {
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
      const down = criterionMatches(cell(row, d.direction.column), d.direction.down);
      if (!down || v === undefined || t === undefined) return L.unknown;
      if (v > t) return L.notReached;
      const open =
        criterionMatches(cell(row, d.nature.column), d.nature.cumulative) &&
        !isNumber(cell(row, d.closing));
      return open ? L.inProgress : L.reached;
    }
    case 'countedProof': {
      const type = cell(row, c.type);
      if (isBlank(type)) return '';
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
      return terms.count === 0 ? '' : terms.sum;
    }
    case 'balance': {
      const t = num(cell(row, c.total));
      if (t === undefined) return '';
      return t - sumOf(row, c.minus).sum;
    }
  }
}
