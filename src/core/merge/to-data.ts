import type { ExtraColumn, ProgrammeConfig } from '../plan/options';
import { isoDay } from '../read/parse-date';
import { looseText } from '../read/normalise';
import { PROVENANCE } from '../restore/names';
import type { Row } from '../values/cell';
import { combine, type MergedRow } from './combine';
import { unionLists } from './lists';
import type { MergedData, MergePlan, Renaming } from './types';

export interface MergeOptions {
  /** Renumber keys found in several workbooks (and their references), as the plan proposes. */
  renumber: boolean;
  /** Write the Provenance column (default: when there is more than one workbook). */
  provenance?: boolean;
}

function period(plan: MergePlan, tables: Record<string, MergedRow[]>): ProgrammeConfig {
  const p = plan.template.period;
  const def = p && plan.template.tables.find((d) => d.name === p.table);
  if (!p || !def?.key) return {};
  const valueId = def.columns.find((c) => c.id !== def.key && !c.computed)?.id ?? '';
  const field = (name: string) =>
    tables[p.table]?.find((r) => looseText(String(r.values[def.key!] ?? '')) === looseText(name))
      ?.values[valueId];
  const start = field(p.start);
  const end = field(p.end);
  if (!(start instanceof Date) || !(end instanceof Date) || start > end) return {};
  return { periode: { debut: isoDay(start), fin: isoDay(end) } };
}

/**
 * The merged workbook's content: rows by table with their Provenance, the lists unioned, the
 * values for Autres données, the links to keep and the programme period. Keys found in several
 * workbooks are renumbered only with `renumber` (else both rows stay, and the checker reports
 * the duplicate).
 * @example buildMergedPlan(mergeToData(plan, { renumber: true }), { lang: 'fr' })
 */
export function mergeToData(plan: MergePlan, options: MergeOptions): MergedData {
  const t = plan.template;
  const renamed: Renaming[] = options.renumber
    ? plan.conflicts.flatMap((c) => (c.kind === 'duplicate-key' ? c.renamings : []))
    : [];
  const label = options.provenance ?? plan.sources.length > 1;
  const combined = combine(t, plan.sources, renamed, label);
  const data: Record<string, Row[]> = {};
  const links: MergedData['links'] = {};
  const extras: Record<string, ExtraColumn[]> = {};
  for (const def of t.tables) {
    const rows = combined.tables[def.name] ?? [];
    const withProvenance = rows.some((r) => r.provenance.length > 0);
    if (withProvenance) extras[def.name] = [{ ...PROVENANCE }];
    data[def.name] = rows.map((r) =>
      withProvenance
        ? { ...r.values, [PROVENANCE.id]: r.provenance.join(' ; ') || null }
        : r.values,
    );
    const byRow: Record<number, Record<string, string>> = {};
    rows.forEach((r, i) => {
      if (Object.keys(r.links).length > 0) byRow[i] = r.links;
    });
    if (Object.keys(byRow).length > 0) links[def.name] = byRow;
  }
  return {
    template: t,
    data,
    lists: unionLists(
      t,
      plan.sources.map((s) => s.restored.lists),
    ),
    others: combined.others,
    links,
    extras,
    config: period(plan, combined.tables),
    renamed,
  };
}
