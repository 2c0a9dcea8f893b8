import type { CheckResult } from '../check';
import { compute } from '../indicators/compute';
import { percentByUnit, percentUnits } from '../indicators/percent-unit';
import type { Figure } from '../indicators/summary';
import { looseText } from '../read/normalise';
import { templateAt } from '../restore/template-at';
import { getTemplate } from '../templates';
import type { SummaryDef, TemplateDef, Text } from '../templates/types';
import { isBlank, type CellValue, type Row } from '../values/cell';

/** A number of year N and of year N-1, and N − (N-1) when both are numbers. */
export interface Change {
  previous: number | null;
  current: number | null;
  /** current − previous (points of percentage for rates: 0.05 is 5 points). */
  change: number | null;
}

export interface FigureEvolution extends Change {
  name: string;
  label: Text;
  format: SummaryDef['format'];
}

export interface IndicatorEvolution {
  /** The record it belongs to (N° action), as shown. */
  key: string;
  indicator: string;
  /** In year N, in N-1, or both. */
  in: 'both' | 'current' | 'previous';
  /** Its values are percentages (0.5 is « 50 % »): its unit is Pourcentage (N's, else N-1's). */
  percent: boolean;
  realised: Change;
  rate: Change;
}

/** Year N against year N-1: each summary figure and each indicator (matched by action + name). */
export interface Evolution {
  figures: FigureEvolution[];
  indicators: IndicatorEvolution[];
}

const num = (v: CellValue | Figure | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const change = (previous: number | null, current: number | null): Change => ({
  previous,
  current,
  change: previous !== null && current !== null ? current - previous : null,
});
const shown = (v: CellValue | undefined): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : isBlank(v ?? null) ? '' : String(v).trim();

/** The template a checked workbook was read as (its own version's formulas). */
function templateOf(r: CheckResult): TemplateDef | undefined {
  const t = r.template ? getTemplate(r.template) : undefined;
  return t && (templateAt(t, r.version ?? t.version) ?? t);
}

/** The indicator table's rows with their computed columns, as the workbook computes them. */
function indicatorRows(r: CheckResult, t: TemplateDef): { def: string; rows: Row[] } | undefined {
  const def = t.tables.find((d) => d.columns.some((c) => c.computed?.kind === 'realised'));
  if (!def) return undefined;
  const tables: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(r.records)) tables[name] = rows.map((x) => x.raw);
  return { def: def.name, rows: compute(t, tables).tables[def.name] ?? [] };
}

/** Ids of the realised, attainment and key/label columns of the indicator table. */
function ids(t: TemplateDef, table: string) {
  const def = t.tables.find((d) => d.name === table)!;
  const realised = def.columns.find((c) => c.computed?.kind === 'realised')!;
  const rate = def.columns.find((c) => c.computed?.kind === 'attainment');
  const status = def.columns.find((c) => c.computed?.kind === 'status');
  const [key, label] =
    status?.computed?.kind === 'status' ? status.computed.anyOf : [def.columns[0]!.id, 'name'];
  return { realised: realised.id, rate: rate?.id, key: key!, label: label! };
}

/**
 * Compare two checked workbooks of the same template: every summary figure of the current
 * template (null where a year's version has none) and every indicator, matched by record and
 * indicator name (accents, case and spaces ignored; repeated pairs in order).
 * @example compareYears(checkWorkbook(n), checkWorkbook(n1)).figures[0] // { name: 'CA_NbActions', … }
 */
export function compareYears(current: CheckResult, previous: CheckResult): Evolution {
  const t = current.template ? getTemplate(current.template) : undefined;
  if (!t || previous.template !== current.template) return { figures: [], indicators: [] };
  const figures = t.summaries.map((s): FigureEvolution => ({
    name: s.name,
    label: s.label,
    format: s.format,
    ...change(num(previous.figures[s.name]), num(current.figures[s.name])),
  }));
  const tc = templateOf(current)!;
  const tp = templateOf(previous)!;
  const cur = indicatorRows(current, tc);
  const prev = indicatorRows(previous, tp);
  if (!cur || !prev) return { figures, indicators: [] };
  const ic = ids(tc, cur.def);
  const ip = ids(tp, prev.def);
  const match = (r: Row, i: typeof ic) =>
    `${looseText(shown(r[i.key]))}\u0000${looseText(shown(r[i.label]))}`;
  const waiting = new Map<string, Row[]>();
  for (const r of prev.rows) {
    if (isBlank(r[ip.label] ?? null)) continue;
    const k = match(r, ip);
    waiting.set(k, [...(waiting.get(k) ?? []), r]);
  }
  const rate = (r: Row | undefined, i: typeof ic) => (r && i.rate ? num(r[i.rate]) : null);
  const percentIn = (tt: TemplateDef, def: string, i: typeof ic) => {
    const units = percentUnits(tt, def);
    return (r: Row) => percentByUnit(units, i.realised, r);
  };
  const percentCur = percentIn(tc, cur.def, ic);
  const percentPrev = percentIn(tp, prev.def, ip);
  const indicators: IndicatorEvolution[] = [];
  for (const r of cur.rows) {
    if (isBlank(r[ic.label] ?? null)) continue;
    const p = waiting.get(match(r, ic))?.shift();
    indicators.push({
      key: shown(r[ic.key]),
      indicator: shown(r[ic.label]),
      in: p ? 'both' : 'current',
      percent: percentCur(r),
      realised: change(p ? num(p[ip.realised]) : null, num(r[ic.realised])),
      rate: change(rate(p, ip), rate(r, ic)),
    });
  }
  for (const rows of waiting.values())
    for (const p of rows)
      indicators.push({
        key: shown(p[ip.key]),
        indicator: shown(p[ip.label]),
        in: 'previous',
        percent: percentPrev(p),
        realised: change(num(p[ip.realised]), null),
        rate: change(rate(p, ip), null),
      });
  return { figures, indicators };
}
