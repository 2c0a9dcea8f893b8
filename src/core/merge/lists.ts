import type { TemplateDef } from '../templates/types';

/**
 * The answer lists of a merged or upgraded workbook: each workbook's values in its order, then
 * the template's defaults, each value once (surrounding spaces ignored).
 * @example unionLists(ca, [{ Territoires: ['Albi'] }, { Territoires: ['Albi', 'Gaillac'] }]).Territoires // ['Albi', 'Gaillac']
 */
export function unionLists(
  t: TemplateDef,
  found: Record<string, string[]>[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const l of t.lists) {
    if ('from' in l) continue;
    const values: string[] = [];
    const seen = new Set<string>();
    for (const v of [...found.flatMap((f) => f[l.name] ?? []), ...l.values]) {
      const k = v.trim();
      if (k === '' || seen.has(k)) continue;
      seen.add(k);
      values.push(v);
    }
    out[l.name] = values;
  }
  return out;
}
