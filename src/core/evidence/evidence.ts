import type { Computation } from '../indicators/compute';
import { errorValue } from '../read/parse-cell';
import type { TemplateDef } from '../templates/types';
import { isBlank, matchKey, type MatchKey, type Row } from '../values/cell';

/** Counts of the three kinds of proof, in the template's order (chiffres, témoignages, livrables). */
export interface ProofCounts {
  quantitative: number;
  qualitative: number;
  observable: number;
}

/** The three-legged chair of one action (ca) or project (cpts). */
export interface ActionEvidence {
  id: string;
  sheet: string;
  /** 1-based row on the sheet. */
  row: number;
  counts: ProofCounts;
  /** Missing kinds, as the workbook's Preuves manquantes says them ("témoignage", "livrable"). */
  missing: string[];
  /** Some kind of proof is missing: the workbook's Triangulation says NON. */
  flagged: boolean;
  /** An impact is claimed in the value chain while the evidence is incomplete. */
  unsupportedImpact: boolean;
}

/** Where the evidence of a template is computed: the columns of its triangulation. */
export interface EvidenceSpec {
  table: string;
  key: string;
  counts: [string, string, string];
  triangulation: string;
  missing: string | undefined;
}

/** Derived from the computed columns (kinds are data): the table holding a triangulation. */
export function evidenceSpec(t: TemplateDef): EvidenceSpec | undefined {
  for (const table of t.tables) {
    const tri = table.columns.find((c) => c.computed?.kind === 'triangulation');
    if (!tri || tri.computed?.kind !== 'triangulation') continue;
    const missing = table.columns.find((c) => c.computed?.kind === 'missingProofs');
    return {
      table: table.name,
      key: tri.computed.key,
      counts: tri.computed.counts,
      triangulation: tri.id,
      missing: missing?.id,
    };
  }
  return undefined;
}

/** Where the records sit on their sheet, and where an impact is claimed (the value chain). */
export interface EvidencePlace {
  sheet: string;
  /** 1-based sheet row of each row of the evidence table, in compute() order. */
  positions: number[];
  impact?: { table: string; key: string; column: string } | undefined;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function claimedKeys(rows: Row[], key: string, column: string): Set<MatchKey> {
  const claimed = new Set<MatchKey>();
  for (const r of rows) {
    const k = matchKey(r[key]);
    if (k !== undefined && !isBlank(r[column] ?? null)) claimed.add(k);
  }
  return claimed;
}

/**
 * Evidence per record, read from the computed columns of compute() so that it equals the
 * workbook's own Triangulation and Preuves manquantes formulas.
 * @example evidenceOf(ca, compute(ca, data), { sheet: 'Actions', positions: [2, 3, 4] })
 */
export function evidenceOf(
  t: TemplateDef,
  computation: Computation,
  place: EvidencePlace,
): ActionEvidence[] {
  const spec = evidenceSpec(t);
  if (!spec) return [];
  const impact = place.impact;
  const claimed = impact
    ? claimedKeys(computation.tables[impact.table] ?? [], impact.key, impact.column)
    : new Set<string>();
  const out: ActionEvidence[] = [];
  (computation.tables[spec.table] ?? []).forEach((r, i) => {
    const key = r[spec.key];
    // A blank key names no record, nor does an error value (#REF!…: the cell-error rule says so).
    if (isBlank(key ?? null) || errorValue(key ?? null) !== undefined) return;
    const [quantitative, qualitative, observable] = spec.counts.map((c) => count(r[c])) as [
      number,
      number,
      number,
    ];
    const flagged = r[spec.triangulation] === 'NON';
    const shownMissing = spec.missing ? r[spec.missing] : '';
    const missing =
      typeof shownMissing === 'string' && shownMissing !== '' ? shownMissing.split(', ') : [];
    const k = matchKey(key);
    out.push({
      id: key instanceof Date ? key.toISOString().slice(0, 10) : String(key).trim(),
      sheet: place.sheet,
      row: place.positions[i] ?? 0,
      counts: { quantitative, qualitative, observable },
      missing,
      flagged,
      unsupportedImpact: flagged && k !== undefined && claimed.has(k),
    });
  });
  return out;
}
