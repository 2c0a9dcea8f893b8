import { checkWorkbook } from '../src/core/check';
import { compute } from '../src/core/indicators/compute';
import { buildPlan } from '../src/core/plan/build';
import type { WorkbookInput } from '../src/core/read/types';
import { ca } from '../src/core/templates/ca';
import type { CellValue } from '../src/core/values/cell';
import { benchData } from './generate';

/** The WorkbookInput an adapter would hand over for a generated workbook (no file involved). */
export function benchInput(actions: number): WorkbookInput {
  const plan = buildPlan(ca, { data: benchData(actions), now: new Date('2026-01-15T00:00:00Z') });
  const tables = plan.sheets
    .filter((s) => s.table)
    .map((s) => {
      const t = s.table!;
      return {
        name: t.name,
        sheet: s.name,
        origin: t.origin,
        headers: t.columns.map((c) => c.header),
        values: t.rows.map((r) => r.map((v) => v as CellValue)),
        formulas: t.rows.map(() => t.columns.map((c) => c.formula ?? null)),
      };
    });
  // The cached results of computed columns, as a recalculated file holds them.
  const rows: Record<string, Record<string, CellValue>[]> = {};
  for (const def of ca.tables) {
    const t = tables.find((x) => x.name === def.name)!;
    rows[def.name] = t.values.map((r) =>
      Object.fromEntries(def.columns.map((c, j) => [c.id, r[j] ?? null])),
    );
  }
  const computed = compute(ca, rows);
  for (const def of ca.tables) {
    const t = tables.find((x) => x.name === def.name)!;
    def.columns.forEach((c, j) => {
      if (!c.computed) return;
      t.values.forEach((r, i) => (r[j] = computed.tables[def.name]![i]![c.id] ?? null));
    });
  }
  return {
    sheets: plan.sheets.map((s) => s.name),
    tables,
    meta: { template: 'ca', version: ca.version },
  };
}

/** Median milliseconds of the core's check + indicators on in-memory records. */
export function timeCoreCheck(actions: number, runs: number): number {
  const input = benchInput(actions);
  checkWorkbook(input); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkWorkbook(input);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

// Run compiled (`tsc -p tsconfig.bench.json`): tsx's transpiler adds per-function helpers that
// would be measured too. Prints the median in ms.
if (require.main === module) {
  const [actions, runs] = process.argv.slice(2).map(Number);
  process.stdout.write(`${timeCoreCheck(actions as number, runs as number)}\n`);
}
