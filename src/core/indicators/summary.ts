import { col, str } from '../formula/refs';
import { columnDef, tableDef } from '../templates';
import type { SummaryExpr, TemplateDef } from '../templates/types';
import { criterionMatches, isBlank, isNumber, type Row } from '../values/cell';

/** A summary figure: a number, or blank when it cannot be computed (as the cell shows ""). */
export type Figure = number | '';

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
    case 'averageIf':
      return `IFERROR(AVERAGEIF(${ref(t, e.table, e.column)},${str(e.equals)},${ref(t, e.table, e.value)}),"")`;
    case 'sumIf':
      return `SUMIF(${ref(t, e.table, e.column)},${str(e.equals)},${ref(t, e.table, e.value)})`;
    case 'distinct': {
      const r = ref(t, e.table, e.column);
      const except = (e.except ?? []).map((x) => `*(${r}<>${str(x)})`).join('');
      return `ROUND(SUMPRODUCT((TRIM(${r})<>"")${except}/COUNTIF(${r},${r}&"")),0)`;
    }
    case 'name':
      return e.name;
    case 'ratio': {
      const den = summaryFormula(e.den, t);
      return `IF(N(${den})=0,"",(${summaryFormula(e.num, t)})/(${den}))`;
    }
    case 'add':
      return e.terms.map((x) => summaryFormula(x, t)).join('+');
  }
}

/** The TypeScript twin of summaryFormula. `names` holds the figures already computed. */
export function summaryValue(
  e: SummaryExpr,
  tables: Record<string, Row[]>,
  names: Record<string, Figure>,
): Figure {
  const rows = (table: string) => tables[table] ?? [];
  // Plain loops over the rows: no intermediate arrays (tables hold tens of thousands of rows).
  switch (e.op) {
    case 'countNonBlank': {
      let n = 0;
      for (const r of rows(e.table)) if (!isBlank(r[e.column])) n++;
      return n;
    }
    case 'countIf': {
      let n = 0;
      for (const r of rows(e.table)) if (criterionMatches(r[e.column], e.value)) n++;
      return n;
    }
    case 'sum': {
      // Left to right, as SUM adds.
      let sum = 0;
      for (const r of rows(e.table)) {
        const v = r[e.column];
        if (isNumber(v)) sum += v;
      }
      return sum;
    }
    case 'averageIf': {
      let sum = 0;
      let n = 0;
      for (const r of rows(e.table)) {
        if (!criterionMatches(r[e.column], e.equals)) continue;
        const v = r[e.value];
        if (!isNumber(v)) continue;
        sum += v;
        n++;
      }
      return n === 0 ? '' : sum / n;
    }
    case 'sumIf': {
      let sum = 0;
      for (const r of rows(e.table)) {
        const v = r[e.value];
        if (isNumber(v) && criterionMatches(r[e.column], e.equals)) sum += v;
      }
      return sum;
    }
    case 'distinct': {
      const except = new Set((e.except ?? []).map((x) => x.toLowerCase()));
      const seen = new Set<string>();
      for (const r of rows(e.table)) {
        const v = r[e.column];
        if (isBlank(v)) continue;
        const k = String(v).toLowerCase();
        if (!except.has(k)) seen.add(k);
      }
      return seen.size;
    }
    case 'name':
      return names[e.name] ?? '';
    case 'ratio': {
      const den = summaryValue(e.den, tables, names);
      if (den === '' || den === 0) return '';
      const n = summaryValue(e.num, tables, names);
      return n === '' ? '' : n / den;
    }
    case 'add':
      return e.terms.reduce<number>((acc, x) => {
        const v = summaryValue(x, tables, names);
        return acc + (v === '' ? 0 : v);
      }, 0);
  }
}
