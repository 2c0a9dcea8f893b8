import { isoDay, parseDateText, serialToDate } from '../read/parse-date';
import type { RecordRow, TableRead } from '../read/types';
import {
  criterionMatches,
  isBlank,
  isNumber,
  matchKey,
  type CellValue,
  type MatchKey,
} from '../values/cell';
import { contractYear } from '../values/anniversary';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';
import type { AciRules } from './rules-data';
import { parseNumberText } from '../read/parse-number';
import { cptsSizes } from '../templates/cpts-aci';

/** Cents: amounts are compared to the cent, weights to a hundredth of a percent. */
const EPS = 0.005;

const dateOf = (v: CellValue | undefined): Date | undefined => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'number') return v >= 61 ? serialToDate(v) : undefined;
  return typeof v === 'string' ? parseDateText(v.trim()) : undefined;
};

const num = (v: CellValue | undefined): number | undefined => (isNumber(v) ? v : undefined);

/** The levels of each indicator (by `=`'s key) that count: a number threshold and granted. */
function levelsByIndicator(ctx: CheckContext, r: AciRules) {
  const l = r.levels;
  const t = tableWith(ctx, l.table, l.indicator, l.threshold, l.granted);
  const out = new Map<MatchKey, { row: RecordRow; threshold: number; granted: number }[]>();
  for (const row of t?.rows ?? []) {
    const k = matchKey(row.values[l.indicator] ?? null);
    const threshold = num(row.values[l.threshold]);
    const granted = num(row.values[l.granted]);
    if (k === undefined || isBlank(row.values[l.indicator] ?? null)) continue;
    if (threshold === undefined || granted === undefined) continue;
    const list = out.get(k);
    if (list) list.push({ row, threshold, granted });
    else out.set(k, [{ row, threshold, granted }]);
  }
  return { table: t, levels: out };
}

/**
 * Each level within its indicator's cap, and granting at least what an easier level grants (a
 * level granting less is never used: the highest granted among the levels reached counts).
 */
function levelIssues(
  r: AciRules,
  indicators: TableRead,
  found: ReturnType<typeof levelsByIndicator>,
): Issue[] {
  const d = r.indicators;
  const l = r.levels;
  const t = found.table;
  if (!t) return [];
  const out: Issue[] = [];
  const seen = new Set<MatchKey>();
  for (const ind of indicators.rows) {
    const k = matchKey(ind.values[d.key] ?? null);
    if (k === undefined || isBlank(ind.values[d.key] ?? null) || seen.has(k)) continue;
    seen.add(k);
    const levels = found.levels.get(k);
    if (!levels) continue;
    const indicator = shown(ind.values[d.key]);
    const cap = num(ind.values[d.cap]) ?? 1;
    const down = criterionMatches(ind.values[d.direction], d.down);
    for (const v of levels)
      if (v.granted > cap + EPS / 100)
        out.push(
          issue('aci', 'warning', at(t, v.row, l.granted), {
            problem: 'level-above-cap',
            indicator,
            threshold: v.threshold,
            granted: v.granted,
            cap,
          }),
        );
    // Easiest first: the lowest threshold for an increase, the highest for a decrease.
    const byDifficulty = [...levels].sort((a, b) =>
      down ? b.threshold - a.threshold : a.threshold - b.threshold,
    );
    let best: (typeof levels)[number] | undefined;
    for (const v of byDifficulty) {
      if (best && v.threshold !== best.threshold && v.granted < best.granted - EPS / 100)
        out.push(
          issue('aci', 'warning', at(t, v.row, l.granted), {
            problem: 'level-decreasing',
            indicator,
            threshold: v.threshold,
            granted: v.granted,
            easier: best.threshold,
            easierGranted: best.granted,
          }),
        );
      if (!best || v.granted > best.granted) best = v;
    }
  }
  return out;
}

/**
 * A mission's indicators must weigh 100 % together; an achieved value needs its target (unless
 * levels pay it); a starting value must lie on the far side of the target.
 */
function indicatorIssues(ctx: CheckContext, r: AciRules): Issue[] {
  const d = r.indicators;
  const t = tableWith(ctx, d.table, d.mission, d.weight, d.target, d.achieved);
  if (!t) return [];
  const found = levelsByIndicator(ctx, r);
  const out: Issue[] = [];
  /** Per mission: the weights as the formula sums them (numbers only), and as understood. */
  const byMission = new Map<
    string,
    {
      name: string;
      first: RecordRow;
      total: number;
      typed: number;
      example?: { indicator: string; weight: number };
    }
  >();
  const held = ctx.held.tables[d.table] ?? [];
  t.rows.forEach((row, i) => {
    // The sheet's own « Preuve déclarative seulement » (OUI, amber): said by check too.
    if (t.columns[d.declarative] !== undefined && held[i]?.[d.declarative] === 'OUI')
      out.push(
        issue('aci', 'info', at(t, row, d.declarative), {
          problem: 'declaration-only',
          indicator: shown(row.values[d.key]),
        }),
      );
  });
  for (const row of t.rows) {
    const m = row.values[d.mission];
    const w = row.values[d.weight];
    const k = matchKey(m ?? null);
    if (k !== undefined && !isBlank(m ?? null)) {
      const held = row.raw[d.weight];
      const add = isNumber(held) ? held : 0;
      const g = byMission.get(String(k)) ?? { name: shown(m), first: row, total: 0, typed: 0 };
      g.total += add;
      g.typed += isNumber(w) ? w : 0;
      if (!g.example && isNumber(held) && held > 0)
        g.example = { indicator: shown(row.values[d.key]), weight: held };
      byMission.set(String(k), g);
    }
    const key = matchKey(row.values[d.key] ?? null);
    const levelled = key !== undefined && found.levels.has(key);
    if (isNumber(row.values[d.achieved]) && !isNumber(row.values[d.target]) && !levelled)
      out.push(
        issue('aci', 'warning', at(t, row, d.target), {
          problem: 'achieved-without-target',
          indicator: shown(row.values[d.key]),
        }),
      );
    const start = num(row.values[d.baseline]);
    const target = num(row.values[d.target]);
    const down = criterionMatches(row.values[d.direction], d.down);
    if (start !== undefined && target !== undefined && (down ? start <= target : start >= target))
      out.push(
        issue('aci', 'warning', at(t, row, d.baseline), {
          problem: 'start-beyond-target',
          indicator: shown(row.values[d.key]),
          start,
          target,
          down,
        }),
      );
  }
  // The mission's rate is Σ pondération × atteinte / Σ pondérations (numbers only): the message
  // says over what total it is computed, and what a weight then counts for.
  for (const g of byMission.values()) {
    const off = (x: number) => Math.abs(x - 1) > EPS / 100;
    if (!off(g.total) && !off(g.typed)) continue;
    out.push(
      issue('aci', 'warning', at(t, g.first, d.weight), {
        problem: 'weights',
        mission: g.name,
        total: g.total,
        ...(Math.abs(g.typed - g.total) > EPS / 100 ? { typed: g.typed } : {}),
        ...(g.example && g.total > 0 ? { example: g.example } : {}),
      }),
    );
  }
  return [...out, ...levelIssues(r, t, found)];
}

/**
 * Paid above what is due, spent above the envelope: per mission, never netted. The amounts are
 * the workbook's own (its Total dû, its Dépenses engagées, the payments it counts), so that the
 * message says what the sheet shows, even when a weight or an amount was typed as text.
 */
function missionIssues(ctx: CheckContext, r: AciRules): Issue[] {
  const d = r.missions;
  const t = tableWith(ctx, d.table, d.key, d.advance, d.paid);
  if (!t) return [];
  const rows = ctx.held.tables[d.table] ?? [];
  const out: Issue[] = [];
  t.rows.forEach((row, i) => {
    const c = rows[i] ?? {};
    const due = c[d.totalDue];
    const mission = shown(row.values[d.key]);
    if (!isNumber(due)) {
      const previous = previousIssue(t, row, d, mission);
      if (previous) out.push(previous);
      return;
    }
    const paid = [row.raw[d.advance], row.raw[d.paid]].filter(isNumber).reduce((a, b) => a + b, 0);
    if (paid > due + EPS)
      out.push(
        issue('aci', 'warning', at(t, row, d.paid), {
          problem: 'paid-above-due',
          mission,
          paid,
          due,
        }),
      );
    const previous = previousIssue(t, row, d, mission);
    if (previous) out.push(previous);
    const spent = c[d.spent];
    if (isNumber(spent) && spent > due + EPS && t.columns[d.spent] !== undefined)
      out.push(
        issue('aci', 'warning', at(t, row, d.spent), {
          problem: 'spending-above-envelope',
          mission,
          spent,
          due,
        }),
      );
  });
  return out;
}

/**
 * Last year's balance paid above what was due on it (or with none typed): an overpayment of its
 * own, netted neither with this year's advance nor with another mission.
 */
function previousIssue(
  t: TableRead,
  row: RecordRow,
  d: AciRules['missions'],
  mission: string,
): Issue | undefined {
  if (t.columns[d.previousPaid] === undefined) return undefined;
  const paid = row.raw[d.previousPaid];
  const due = row.raw[d.previousDue];
  if (!isNumber(paid) || paid <= EPS) return undefined;
  if (isNumber(due) && paid <= due + EPS) return undefined;
  return issue('aci', 'warning', at(t, row, d.previousPaid), {
    problem: 'previous-paid-above-due',
    mission,
    paid,
    due: isNumber(due) ? due : null,
  });
}

/** A number typed, or typed as text (« 62 000 »); undefined otherwise. */
const typedNumber = (v: CellValue | undefined): number | undefined => {
  if (isNumber(v)) return v;
  const p = typeof v === 'string' ? parseNumberText(v) : undefined;
  return p && !p.percent ? p.value : undefined;
};

/**
 * The size class typed against the population covered (ACI CPTS 2019; docs/aci.md): a warning
 * when they disagree, with the population's size offered only when it has one (not at 80 000).
 */
function sizeIssue(t: TableRead, d: AciRules['contract'], field: Field): Issue[] {
  const sizeRow = field(d.size);
  const popRow = field(d.population);
  const size = typedNumber(sizeRow?.values[d.value]);
  const population = typedNumber(popRow?.values[d.value]);
  if (!sizeRow || !popRow || size === undefined || population === undefined) return [];
  if (!Number.isInteger(size) || size < 1 || size > 4 || population <= 0) return [];
  const sizes = cptsSizes(population);
  if ((sizes as number[]).includes(size)) return [];
  const where = at(t, sizeRow, d.value);
  const fix = sizes.length === 1 ? { cell: where.cell, value: sizes[0] as number } : undefined;
  return [
    issue(
      'aci',
      'warning',
      where,
      { problem: 'size', size, population, sizes, populationCell: at(t, popRow, d.value).cell },
      fix,
    ),
  ];
}

type Field = (name: string) => RecordRow | undefined;

/** The contract year: a start date, the year followed inside it, expenses dated inside it. */
function contractIssues(ctx: CheckContext, r: AciRules): Issue[] {
  const d = r.contract;
  const t: TableRead | undefined = tableWith(ctx, d.table, d.key, d.value);
  if (!t) return [];
  const field: Field = (name) =>
    t.rows.find((x) => shown(x.values[d.key]).trim().toLowerCase() === name.toLowerCase());
  const sized = sizeIssue(t, d, field);
  const startRow = field(d.start);
  const raw = startRow?.values[d.value];
  if (!startRow || isBlank(raw ?? null)) return sized;
  const start = dateOf(raw);
  const out: Issue[] = [...sized];
  // Text, even « 01/07/2024 », is no date for the workbook's due dates (EDATE): said. A number
  // is a date's serial (a file saved by SheetJS keeps it so), as EDATE reads it.
  if (!(raw instanceof Date) && !(typeof raw === 'number' && start))
    out.push(
      issue('aci', 'warning', at(t, startRow, d.value), {
        problem: 'contract-start',
        value: shown(raw),
      }),
    );
  if (!start) return out;
  const yearRow = field(d.year);
  const y = yearRow?.values[d.value];
  const year = typeof y === 'number' ? y : typeof y === 'string' ? Number(y.trim()) : NaN;
  const first = start.getUTCFullYear();
  if (yearRow && Number.isInteger(year) && year !== first && year !== first + 1)
    out.push(
      issue('aci', 'warning', at(t, yearRow, d.value), {
        problem: 'contract-year',
        start: isoDay(start),
        year,
      }),
    );
  const s = r.spending;
  const spending = tableWith(ctx, s.table, s.date);
  if (!spending) return out;
  // The year ends the day before the next anniversary (EDATE: 29/02 → 28/02), the next year's start.
  const bounds = contractYear(start);
  for (const row of spending.rows) {
    const when = dateOf(row.values[s.date]);
    if (!when || (when >= bounds.start && when < bounds.next)) continue;
    out.push(
      issue('aci', 'warning', at(spending, row, s.date), {
        problem: 'spending-outside-year',
        label: shown(row.values[s.label]),
        ...(isBlank(row.values[s.mission] ?? null)
          ? {}
          : { mission: shown(row.values[s.mission]) }),
        date: isoDay(when),
        start: isoDay(bounds.start),
        end: isoDay(bounds.last),
      }),
    );
  }
  return out;
}

/**
 * The ACI figures of a CPTS (issue 15; sources in docs/aci.md): weights of a mission summing to
 * 100 %, an achieved value with its target, no mission paid or spent above what is due, a
 * contract year that holds together.
 */
export function checkAci(ctx: CheckContext): Issue[] {
  const r = ctx.rules.aci;
  if (!r) return [];
  return [...indicatorIssues(ctx, r), ...missionIssues(ctx, r), ...contractIssues(ctx, r)];
}
