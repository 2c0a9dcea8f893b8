import { isRefusal, planMerge } from '../merge/plan-merge';
import { mergeToData } from '../merge/to-data';
import type { MergedData, TableCount } from '../merge/types';
import { migrationsFrom } from '../restore/migrations';
import type { Attention, Restored } from '../restore/types';
import type { TemplateDef, Text } from '../templates/types';

/** What upgrading a workbook does, said before (or after) doing it. */
export interface UpgradePlan {
  template: TemplateDef;
  file: string;
  /** The version the workbook was read as, and the version it becomes. */
  from: number;
  to: number;
  renamed: { table: string; from: string; to: string }[];
  added: { table: string; column: string }[];
  removed: { table: string; column: string; why?: Text }[];
  /** Sheets (and their tables) new in the current version, written empty. */
  addedSheets: string[];
  /** Rows carried, by table name (inputs = rows read, merged = rows written). */
  counts: Record<string, TableCount>;
  /** Values carried to Autres données. */
  others: number;
  attention: Attention[];
}

/**
 * The changes between the workbook's version and the current one (from the migrations map),
 * with the rows carried per table and what needed attention.
 * @example planUpgrade(restored).renamed // [{ table: 'Preuves', from: 'Lien ou référence', … }]
 */
export function planUpgrade(r: Restored): UpgradePlan {
  const t = r.template;
  const steps = migrationsFrom(t, r.readAs);
  const header = (table: string, id: string) =>
    t.tables.find((d) => d.name === table)?.columns.find((c) => c.id === id)?.header ?? id;
  const merge = planMerge([r]);
  if (isRefusal(merge)) throw new Error('one workbook cannot be refused');
  return {
    template: t,
    file: r.file,
    from: r.readAs,
    to: t.version,
    renamed: steps.flatMap((m) =>
      Object.entries(m.renamed).flatMap(([table, rs]) =>
        rs.map((x) => ({ table, from: x.from, to: x.to })),
      ),
    ),
    added: steps.flatMap((m) =>
      Object.entries(m.added).flatMap(([table, ids]) =>
        ids.map((id) => ({ table, column: header(table, id) })),
      ),
    ),
    // A removed column whose values became rows elsewhere (Migration.carried) is said by its
    // attention line, not as values carried to Autres données.
    removed: steps.flatMap((m) =>
      Object.entries(m.removed).flatMap(([table, cs]) =>
        cs
          .filter((c) => !m.carried?.some((x) => x.table === table && x.column === c.column.id))
          .map((c) => ({ table, column: c.column.header, ...(c.why ? { why: c.why } : {}) })),
      ),
    ),
    addedSheets: steps.flatMap((m) =>
      (m.addedTables ?? []).map((name) => t.tables.find((d) => d.name === name)?.sheet ?? name),
    ),
    counts: merge.counts,
    others: merge.others,
    attention: r.attention,
  };
}

/**
 * The upgraded workbook's content (feed it to buildMergedPlan): every typed value, in the
 * current version's columns, lists unioned with the template's, the rest in Autres données.
 */
export function upgradeToData(r: Restored): MergedData {
  const merge = planMerge([r]);
  if (isRefusal(merge)) throw new Error('one workbook cannot be refused');
  return mergeToData(merge, { renumber: false, provenance: false });
}
