import { baseName } from '../restore/partner';
import type { Restored } from '../restore/types';
import { combine } from './combine';
import { duplicateRows } from './duplicates';
import { duplicateKeys } from './renumber';
import type { MergePlan, MergeRefusal, MergeSource, TableCount } from './types';

/** What the Provenance column says of a workbook's rows. */
export function sourceLabel(file: string, partner: string): string {
  return partner === baseName(file) ? file : `${file} — ${partner}`;
}

export function sources(restored: Restored[]): MergeSource[] {
  return restored.map((r, i) => ({
    index: i + 1,
    file: r.file,
    partner: r.partner,
    label: sourceLabel(r.file, r.partner),
    restored: r,
  }));
}

export function isRefusal(p: MergePlan | MergeRefusal): p is MergeRefusal {
  return 'refused' in p;
}

/**
 * What merging these workbooks would do: per table the rows read and the rows merged, and every
 * conflict (a key in several partners' own rows, shared rows that differ, one-value fields given
 * different values). Workbooks of different templates are refused.
 * @example planMerge([restore(a, 'a.xlsx'), restore(b, 'b.xlsx')] as Restored[]).conflicts
 */
export function planMerge(restored: Restored[]): MergePlan | MergeRefusal {
  const ids = new Set(restored.map((r) => r.template.id));
  const first = restored[0];
  if (ids.size > 1 || !first) {
    return {
      refused: 'templates',
      files: restored.map((r) => ({ file: r.file, template: r.template.id })),
    };
  }
  const t = first.template;
  const all = sources(restored);
  const duplicates = duplicateKeys(t, all);
  const combined = combine(t, all, [], true);
  const counts: Record<string, TableCount> = {};
  for (const def of t.tables) {
    counts[def.name] = {
      inputs: all.reduce((n, s) => n + (s.restored.tables[def.name]?.length ?? 0), 0),
      merged: combined.tables[def.name]?.length ?? 0,
    };
  }
  return {
    template: t,
    sources: all,
    conflicts: [...duplicates, ...duplicateRows(t, all), ...combined.conflicts],
    counts,
    others: combined.others.length,
  };
}
