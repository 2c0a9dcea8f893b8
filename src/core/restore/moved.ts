import type { Restored } from './types';

/** A table of the contract that was not found, whose sheet's values went to Autres données. */
export interface MovedTable {
  file: string;
  table: string;
  sheet: string;
  values: number;
}

/**
 * The contract tables missing from a restored workbook whose sheet still held values (moved to
 * Autres données): upgrade and merge must not call that a success.
 */
export function tablesMovedToOthers(r: Restored): MovedTable[] {
  const out: MovedTable[] = [];
  for (const a of r.attention) {
    if (a.kind !== 'missing-table') continue;
    const def = r.template.tables.find((d) => d.name === a.table);
    if (!def) continue;
    const values = r.others.filter((o) => o.file === r.file && o.sheet === def.sheet).length;
    if (values > 0) out.push({ file: r.file, table: def.name, sheet: def.sheet, values });
  }
  return out;
}

/** The French lines saying so, one per table. */
export function describeMoved(moved: MovedTable[]): string[] {
  return moved.map(
    (m) =>
      `Attention : le tableau « ${m.table} » est introuvable dans « ${m.file} » : ${m.values} valeur${m.values > 1 ? 's' : ''} de la feuille « ${m.sheet} » ${m.values > 1 ? 'sont' : 'est'} dans Autres données, pas dans le tableau (un programme a pu retirer le tableau ou changer ses en-têtes). Vérifiez le fichier avant de vous en servir.`,
  );
}
