/** Typographic apostrophes and quotes (’ ‘ ʼ ´ `) read as the typewriter apostrophe ('). */
export function plainApostrophes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'");
}

/** The first apostrophe of a text, typographic or not (' when none), as messages show it. */
export function firstApostrophe(s: string): string {
  return /[\u2018\u2019\u02bc\u00b4`']/.exec(s)?.[0] ?? "'";
}

/**
 * Text compared the way people mean it: no accents, no case, single spaces, trimmed, one kind of
 * apostrophe.
 */
export function looseText(s: string): string {
  return plainApostrophes(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Surrounding spaces (any Unicode space) and letter case ignored. */
export function caseless(s: string): string {
  return s.replace(/^\s+|\s+$/g, '').toLowerCase();
}

/** Levenshtein distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(
        Math.min(
          (prev[j] as number) + 1,
          (cur[j - 1] as number) + 1,
          (prev[j - 1] as number) + cost,
        ),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Nothing, or only spaces of any kind (wider than isBlank, which follows TRIM). */
export function looksBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
