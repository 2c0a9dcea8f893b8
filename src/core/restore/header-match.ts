import { looseText } from '../read/normalise';
import type { ColumnDef, TableDef } from '../templates/types';
import type { CellValue } from '../values/cell';
import { empty } from './empty';

/** Words that say nothing of a column's meaning. */
const STOP = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'l',
  'd',
  'a',
  'au',
  'aux',
  'et',
  'en',
  'par',
  'pour',
  'un',
  'une',
]);

/**
 * Words partners write for the contract's words: abbreviations and near-synonyms, each mapped
 * to one canonical word (« Nb bénéficiaires touchés » means « Nombre de bénéficiaires atteints »).
 */
const SAME: Record<string, string> = {
  nb: 'nombre',
  nbre: 'nombre',
  no: 'numero',
  n: 'numero',
  num: 'numero',
  benef: 'beneficiaires',
  beneficiaire: 'beneficiaires',
  touches: 'atteints',
  rejoints: 'atteints',
  realises: 'atteints',
  atteint: 'atteints',
  cible: 'cibles',
  vises: 'cibles',
  prevus: 'cibles',
  prevu: 'prevu',
  previsionnel: 'prevu',
  budget: 'budget',
  montant: 'budget',
  eur: '',
  euros: '',
  libelle: 'intitule',
  titre: 'intitule',
  nom: 'intitule',
  responsable: 'porteur',
  pilote: 'porteur',
  territoire: 'territoire',
  commune: 'territoire',
  lieu: 'territoire',
};

/** The meaningful words of a header, canonical. */
function words(header: string): Set<string> {
  const out = new Set<string>();
  for (const w of looseText(header).split(/[^a-z0-9]+/)) {
    if (!w || STOP.has(w)) continue;
    const c = SAME[w] ?? w;
    if (c) out.add(c);
  }
  return out;
}

/** Shared words over all words (Jaccard): 1 same meaning, 0 nothing in common. */
export function headerLikeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

const NUMERIC = new Set(['integer', 'number', 'money', 'percent']);

/** Do a column's cells fit a contract column's kind (numbers for a number column…)? */
function fits(c: ColumnDef, values: CellValue[]): boolean {
  const filled = values.filter((v) => !empty(v));
  if (NUMERIC.has(c.kind))
    return filled.every(
      (v) =>
        typeof v === 'number' ||
        (typeof v === 'string' && /^\s*-?[\d\s]+([.,]\d+)?\s*%?\s*$/.test(v)),
    );
  if (c.kind === 'date') return filled.every((v) => v instanceof Date);
  return true;
}

/** How alike two headers must be to be read as one column (half their words in common). */
export const LIKELY = 0.5;

/**
 * Headers the template does not know, each matched to the missing contract column it most
 * likely means: the best likeness at or above LIKELY, unique both ways, and values that fit the
 * column's kind. Such a column is read as the contract's (its values count in the figures) and
 * the report says so.
 * @example likelyColumns(actions, ['Nb bénéficiaires touchés'], [0], () => [12]) // [{ at: 0, … }]
 */
export function likelyColumns(
  def: TableDef,
  headers: string[],
  free: number[],
  missing: ColumnDef[],
  valuesAt: (i: number) => CellValue[],
): { column: ColumnDef; at: number }[] {
  const best = (i: number) => {
    let top: { column: ColumnDef; score: number } | undefined;
    let tie = false;
    for (const c of missing) {
      const score = headerLikeness(headers[i] as string, c.header);
      if (score < LIKELY) continue;
      if (!top || score > top.score) {
        top = { column: c, score };
        tie = false;
      } else if (score === top.score) tie = true;
    }
    return tie ? undefined : top;
  };
  const picks = free
    .map((at) => ({ at, pick: best(at) }))
    .filter((p): p is { at: number; pick: { column: ColumnDef; score: number } } => !!p.pick);
  return picks
    .filter(
      (p) =>
        // The column chosen by no other header with an equal or better score.
        !picks.some(
          (q) => q !== p && q.pick.column === p.pick.column && q.pick.score >= p.pick.score,
        ) &&
        fits(p.pick.column, valuesAt(p.at)) &&
        def.columns.includes(p.pick.column),
    )
    .map((p) => ({ column: p.pick.column, at: p.at }));
}
