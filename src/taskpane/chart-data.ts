import { enteredTables } from '../core/check';
import { percentByUnit, percentUnits } from '../core/indicators/percent-unit';
import { compute } from '../core/indicators/compute';
import type { RecordRow } from '../core/read/types';
import type { ColumnDef, TableDef, TemplateDef } from '../core/templates/types';
import { isNumber, type Row } from '../core/values/cell';

export interface Pair {
  label: string;
  /** 1-based sheet row. */
  row: number;
  planned: number | null;
  achieved: number | null;
  /** The row's values are percentages (0.85 is shown « 85 % »), as its unit column says. */
  percent: boolean;
  /** Achieved over planned (0.85 for 85 %), when there is a planned value above zero. */
  attainment: number | null;
}

export interface PlannedAchieved {
  /** Headers of the compared columns (contract names, e.g. Valeur cible, Valeur réalisée). */
  planned: string;
  achieved: string;
  pairs: Pair[];
  /** The shared scale of the bars: the largest attainment, at least 100 %, at most 200 %. */
  scale: number;
}

interface Source {
  table: TableDef;
  planned: ColumnDef;
  achieved: ColumnDef;
}

const column = (table: TableDef, id: string) => table.columns.find((c) => c.id === id);

/**
 * What to compare, read from the template's computed columns (kinds are data): a target against
 * its realised value (an attainment rate), else the evidence table's first ratio (ciblés, atteints).
 */
function sourceOf(t: TemplateDef): Source | undefined {
  for (const table of t.tables) {
    for (const c of table.columns) {
      if (c.computed?.kind !== 'attainment') continue;
      const planned = column(table, c.computed.target);
      const achieved = column(table, c.computed.realised);
      if (planned && achieved) return { table, planned, achieved };
    }
  }
  const keyed = t.tables.find((x) => x.columns.some((c) => c.computed?.kind === 'triangulation'));
  for (const c of keyed?.columns ?? []) {
    if (!keyed || c.computed?.kind !== 'ratio') continue;
    const planned = column(keyed, c.computed.den);
    const achieved = column(keyed, c.computed.num);
    if (planned && achieved) return { table: keyed, planned, achieved };
  }
  return undefined;
}

function labelOf(table: TableDef, row: Row): string {
  const ids = table.columns.filter((c) => c.kind === 'id' || c.kind === 'reference').slice(0, 1);
  const texts = table.columns.filter((c) => c.kind === 'text' && !c.computed).slice(0, 1);
  return [...ids, ...texts]
    .map((c) => row[c.id])
    .filter((v) => v !== null && v !== undefined && String(v).trim() !== '')
    .map(String)
    .filter((v, i, all) => all.indexOf(v) === i)
    .join(' · ');
}

/** Planned against achieved, row by row, with the computed columns worked out in TypeScript. */
export function plannedVsAchieved(
  t: TemplateDef,
  records: Record<string, RecordRow[]>,
  /** The check's computed tables, when it has them (else computed here). */
  computedTables?: Record<string, Row[]>,
): PlannedAchieved | undefined {
  const source = sourceOf(t);
  if (!source) return undefined;
  // A column holds percentages by its kind, or on the rows whose unit says so (rules data).
  const units = percentUnits(t, source.table.name);
  const isPercent = (row: Row) =>
    source.planned.kind === 'percent' || percentByUnit(units, source.planned.id, row);
  const computed =
    (computedTables ?? compute(t, enteredTables(records)).tables)[source.table.name] ?? [];
  const positions = records[source.table.name] ?? [];
  const pairs: Pair[] = [];
  computed.forEach((row, i) => {
    const planned = row[source.planned.id];
    const achieved = row[source.achieved.id];
    if (!isNumber(planned) && !isNumber(achieved)) return;
    const p = isNumber(planned) ? planned : null;
    const a = isNumber(achieved) ? achieved : null;
    pairs.push({
      label: labelOf(source.table, row),
      row: positions[i]?.row ?? 0,
      planned: p,
      achieved: a,
      percent: isPercent(row),
      attainment: p !== null && p > 0 && a !== null ? a / p : null,
    });
  });
  const largest = Math.max(1, ...pairs.map((p) => p.attainment ?? 0));
  return {
    planned: source.planned.header,
    achieved: source.achieved.header,
    pairs,
    scale: Math.min(2, largest),
  };
}
