import { col, str } from '../formula/refs';
import { columnDef, tableDef } from '../templates';
import type { SummaryExpr, TemplateDef } from '../templates/types';
import { errorValue } from '../read/parse-cell';
import {
  criterionMatches,
  foldCase,
  isBlank,
  matchKey,
  numericValue,
  type CellValue,
  type MatchKey,
  type Row,
} from '../values/cell';

/**
 * A summary figure: a number, blank when it cannot be computed (as the cell shows ""), or the
 * error value the cell shows (#REF!, #N/A…) when an error in the data reaches it.
 */
export type Figure = number | '' | `#${string}`;

/** The error value of a cell as a figure, or undefined. */
const errorOf = (v: CellValue | undefined): Figure | undefined =>
  errorValue(v ?? null) as Figure | undefined;

/** SUM's number: numbers and dates (VRAI/FAUX are left to the ambiguous-id check). */
const summed = (v: CellValue | undefined): number | undefined =>
  typeof v === 'boolean' ? undefined : numericValue(v);

function ref(t: TemplateDef, table: string, column: string): string {
  return col(table, columnDef(tableDef(t, table), column).header);
}

/** The Synthèse formula of a summary expression (file syntax). */
export function summaryFormula(e: SummaryExpr, t: TemplateDef): string {
  switch (e.op) {
    case 'countNonBlank':
      return `SUMPRODUCT(--(TRIM(${ref(t, e.table, e.column)})<>""))`;
    case 'countIf':
      return `COUNTIF(${ref(t, e.table, e.column)},${typeof e.value === 'number' ? e.value : str(e.value)})`;
    case 'sum':
      return `SUM(${ref(t, e.table, e.column)})`;
    case 'countPositive': {
      // ISNUMBER first: a text is above any number in a comparison, and is not counted.
      const r = ref(t, e.table, e.column);
      return `SUMPRODUCT(ISNUMBER(${r})*(${r}>0))`;
    }
    case 'averageIf':
      return `IFERROR(AVERAGEIF(${ref(t, e.table, e.column)},${str(e.equals)},${ref(t, e.table, e.value)}),"")`;
    case 'sumIf':
      return `SUMIF(${ref(t, e.table, e.column)},${str(e.equals)},${ref(t, e.table, e.value)})`;
    case 'distinct': {
      // Each cell counts 1 / (cells equal to it), equal as `=` says (docs/identifiants.md): a
      // number by ">=x" and "<=x", a text by "=" and its wildcards escaped, minus the numbers
      // that criterion also matches; other cells (blanks) count themselves once.
      const r = ref(t, e.table, e.column);
      const except = (e.except ?? []).map((x) => `*(${r}<>${str(x)})`).join('');
      const text = `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${r},"~","~~"),"*","~*"),"?","~?")`;
      const same =
        `ISNUMBER(${r})*COUNTIFS(${r},">="&${r},${r},"<="&${r})` +
        `+ISTEXT(${r})*(COUNTIF(${r},${text})-COUNTIFS(${r},${text},${r},">-1E+307"))` +
        `+NOT(ISNUMBER(${r})+ISTEXT(${r}))`;
      return `ROUND(SUMPRODUCT((TRIM(${r})<>"")${except}/(${same})),0)`;
    }
    case 'name':
      return e.name;
    case 'ratio': {
      const den = summaryFormula(e.den, t);
      return `IF(N(${den})=0,"",(${summaryFormula(e.num, t)})/(${den}))`;
    }
    case 'add':
      return e.terms.map((x) => summaryFormula(x, t)).join('+');
    case 'score': {
      const [y, p, n] = [e.yes, e.partial, e.no].map((c) => `SUM(${ref(t, e.table, c)})`);
      return `IF(${y}+${p}+${n}=0,"",(${y}+${p}/2)/(${y}+${p}+${n}))`;
    }
  }
}

/**
 * The TypeScript twin of summaryFormula. `names` holds the figures already computed; `computed`
 * tells a computed column (formula cells only) from an entered one.
 */
export function summaryValue(
  e: SummaryExpr,
  tables: Record<string, Row[]>,
  names: Record<string, Figure>,
  computed?: (table: string, column: string) => boolean,
): Figure {
  const rows = (table: string) => tables[table] ?? [];
  // Plain loops over the rows: no intermediate arrays (tables hold tens of thousands of rows).
  switch (e.op) {
    case 'countNonBlank': {
      let n = 0;
      for (const r of rows(e.table)) {
        const v = r[e.column];
        // TRIM fails on an error value, and SUMPRODUCT shows the first one.
        const error = errorOf(v);
        if (error !== undefined) return error;
        if (!isBlank(v)) n++;
      }
      return n;
    }
    case 'countIf': {
      let n = 0;
      for (const r of rows(e.table)) if (criterionMatches(r[e.column], e.value)) n++;
      return n;
    }
    case 'countPositive': {
      let n = 0;
      for (const r of rows(e.table)) {
        const v = r[e.column];
        // An error in the column reaches SUMPRODUCT, which shows it.
        const error = errorOf(v);
        if (error !== undefined) return error;
        const x = summed(v);
        if (x !== undefined && x > 0) n++;
      }
      return n;
    }
    case 'sum': {
      // Left to right, as SUM adds. With error values, LibreOffice's SUM of a column shows the
      // first error of the last run of formula cells (a typed error is one; a computed column
      // is one run); Excel would show the first (docs/identifiants.md).
      const formulas = computed?.(e.table, e.column) ?? false;
      let sum = 0;
      let shown: Figure | undefined;
      let inRun = false;
      let runError = false;
      for (const r of rows(e.table)) {
        const v = r[e.column];
        const error = errorOf(v);
        const formula = formulas || error !== undefined;
        if (formula && !inRun) runError = false;
        inRun = formula;
        if (error !== undefined && !runError) {
          shown = error;
          runError = true;
        }
        const x = summed(v);
        if (x !== undefined) sum += x;
      }
      return shown ?? sum;
    }
    case 'averageIf': {
      let sum = 0;
      let n = 0;
      for (const r of rows(e.table)) {
        if (!criterionMatches(r[e.column], e.equals)) continue;
        const v = r[e.value];
        // An error among the values averaged: IFERROR shows "".
        if (errorOf(v) !== undefined) return '';
        const x = summed(v);
        if (x === undefined) continue;
        sum += x;
        n++;
      }
      return n === 0 ? '' : sum / n;
    }
    case 'sumIf': {
      let sum = 0;
      for (const r of rows(e.table)) {
        if (!criterionMatches(r[e.column], e.equals)) continue;
        const v = r[e.value];
        // An error among the values summed shows, as SUMIF shows it.
        const error = errorOf(v);
        if (error !== undefined) return error;
        const x = summed(v);
        if (x !== undefined) sum += x;
      }
      return sum;
    }
    case 'distinct': {
      const except = new Set((e.except ?? []).map(foldCase));
      const seen = new Set<MatchKey>();
      for (const r of rows(e.table)) {
        const v = r[e.column];
        const error = errorOf(v);
        if (error !== undefined) return error;
        if (isBlank(v)) continue;
        // Types of structure (`except`) are not sectors: the formula multiplies them by 0.
        if (typeof v === 'string' && except.has(foldCase(v))) continue;
        const k = typeof v === 'boolean' ? undefined : matchKey(v);
        // A cell with no key of its own (VRAI/FAUX) counts once, as the formula counts it.
        if (k === undefined) seen.add(`\u0000${seen.size}`);
        else seen.add(k);
      }
      return seen.size;
    }
    case 'name':
      return names[e.name] ?? '';
    case 'ratio': {
      // IF(N(den)=0,"",(num)/(den)): N() of a text is 0, of an error the error.
      const den = summaryValue(e.den, tables, names, computed);
      if (typeof den === 'string' && den !== '') return den;
      if (den === '' || den === 0) return '';
      const n = summaryValue(e.num, tables, names, computed);
      if (n === '') return '#VALUE!';
      return typeof n === 'string' ? n : n / den;
    }
    case 'add': {
      let sum = 0;
      for (const x of e.terms) {
        const v = summaryValue(x, tables, names, computed);
        if (typeof v === 'string') return v === '' ? '#VALUE!' : v;
        sum += v;
      }
      return sum;
    }
    case 'score': {
      // The sums, left to right as the formula adds them: the first error value shows.
      const sums: number[] = [];
      for (const column of [e.yes, e.partial, e.no]) {
        const v = summaryValue({ op: 'sum', table: e.table, column }, tables, names, computed);
        if (typeof v === 'string') return v;
        sums.push(v);
      }
      const [y, p, n] = sums as [number, number, number];
      return y + p + n === 0 ? '' : (y + p / 2) / (y + p + n);
    }
  }
}

/** The tables a summary expression reads, through the figures it names too. */
export function summaryTables(e: SummaryExpr, t: TemplateDef, seen = new Set<string>()): string[] {
  switch (e.op) {
    case 'name': {
      if (seen.has(e.name)) return [];
      seen.add(e.name);
      const s = t.summaries.find((x) => x.name === e.name);
      return s ? summaryTables(s.expr, t, seen) : [];
    }
    case 'ratio':
      return [...summaryTables(e.num, t, seen), ...summaryTables(e.den, t, seen)];
    case 'add':
      return e.terms.flatMap((x) => summaryTables(x, t, seen));
    default:
      return [e.table];
  }
}
