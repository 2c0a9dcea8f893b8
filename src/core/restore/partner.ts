import type { ReadResult } from '../read/types';
import { looseText } from '../read/normalise';
import { isBlank } from '../values/cell';

const text = (v: unknown): string | undefined =>
  v === null || v === undefined || isBlank(v as string) ? undefined : String(v).trim();

/** The file name without folder nor extension. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.xls[xm]?$/i, '');
}

/**
 * Who filled a workbook: the template's partner field (ca: Programme « Coordinateur·rice »),
 * else the most frequent value of its fallback column (ca: Porteur), else the file name.
 */
export function partnerOf(read: ReadResult, file: string): string {
  const p = read.current.partner;
  if (!p) return baseName(file);
  const table = read.tables[p.table];
  const field = looseText(p.field);
  const keyId = table?.def.key;
  const valueId = table?.def.columns.find((c) => c.id !== keyId && !c.computed)?.id;
  for (const r of keyId && valueId ? (table?.rows ?? []) : []) {
    const key = r.raw[keyId as string];
    const value = text(r.raw[valueId as string]);
    if (typeof key === 'string' && looseText(key) === field && value) return value;
  }
  if (p.fallback) {
    const counts = new Map<string, number>();
    for (const r of read.tables[p.fallback.table]?.rows ?? []) {
      const v = text(r.raw[p.fallback.column]);
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    let best: [string, number] | undefined;
    for (const e of counts) if (!best || e[1] > best[1]) best = e;
    if (best) return best[0];
  }
  return baseName(file);
}
