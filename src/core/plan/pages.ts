import { sheetRef } from '../formula/refs';
import type { NamePlan } from './types';

/*
 * Print pages Trépied writes into a workbook and replaces when asked again (the dialogue de
 * gestion, issue 15). A page is Trépied's only if a defined name of its mark refers to it (see
 * templates/marks.ts): a sheet of the same name without it is the user's and is never deleted.
 */

/** A defined name as both adapters list it: its name and its reference (`'Feuille'!$A$1`). */
export interface NamedRef {
  name: string;
  ref: string;
}

/** What writePages did: the pages written, and which of them replaced an older page. */
export interface WrittenPages {
  sheets: string[];
  replaced: string[];
}

const SINGLE = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]{1,3}\$?[1-9]\d*$/;

/** The sheet of a single-cell reference, `'Accès aux soins'!$A$1` → Accès aux soins. */
export function sheetOfRef(ref: string): string | undefined {
  const m = SINGLE.exec(ref.trim());
  if (!m) return undefined;
  if (m[1] !== undefined) return m[1].replace(/''/g, "'");
  // A deleted sheet leaves `#REF!$A$1` in a file: an error, not a sheet named #REF (quoted).
  return m[2] === '#REF' ? undefined : m[2];
}

const markPattern = (mark: string) => new RegExp(`^${mark}_(\\d+)$`, 'i');

/** The sheets carrying `mark` (names as the workbook has them), with the names marking each. */
export function markedSheets(mark: string, names: NamedRef[]): Map<string, string[]> {
  const pattern = markPattern(mark);
  const out = new Map<string, string[]>();
  for (const n of names) {
    if (!pattern.test(n.name)) continue;
    const sheet = sheetOfRef(n.ref);
    if (sheet === undefined) continue;
    const key = sheet.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), n.name]);
  }
  return out;
}

/** A sheet of the same name as a page that Trépied did not write: nothing is written. */
export class ForeignSheets extends Error {
  constructor(readonly sheets: string[]) {
    const many = sheets.length > 1;
    const list = sheets.map((s) => `« ${s} »`).join(', ');
    super(
      `${many ? `Les feuilles ${list} existent` : `La feuille ${list} existe`} déjà dans ce classeur et ${
        many ? 'n’ont pas été créées' : 'n’a pas été créée'
      } par Trépied : Trépied ne ${many ? 'les' : 'la'} remplace pas. Renommez-${
        many ? 'les' : 'la'
      } (clic droit sur l’onglet > Renommer), puis recommencez.`,
    );
    this.name = 'ForeignSheets';
  }
}

/**
 * Which existing sheets the pages replace (same name, any case, and marked); throws
 * ForeignSheets, before anything is written, if a same-named sheet is not marked.
 */
export function pagesToReplace(
  pages: string[],
  existing: string[],
  marked: Map<string, string[]>,
): string[] {
  const wanted = new Set(pages.map((p) => p.toLowerCase()));
  const same = existing.filter((s) => wanted.has(s.toLowerCase()));
  const foreign = same.filter((s) => !marked.has(s.toLowerCase()));
  if (foreign.length > 0) throw new ForeignSheets(foreign);
  return same;
}

/** One mark name per page, numbered after the marks that stay in the workbook. */
export function pageMarks(mark: string, pages: string[], kept: string[]): NamePlan[] {
  const pattern = markPattern(mark);
  const used = new Set(kept.flatMap((n) => pattern.exec(n)?.[1] ?? []).map(Number));
  let n = 0;
  return pages.map((page) => {
    do n++;
    while (used.has(n));
    return { name: `${mark}_${n}`, ref: `${sheetRef(page)}!$A$1` };
  });
}
