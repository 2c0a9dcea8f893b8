import { ACI_FONCTIONNEMENT, ACI_FONCTIONNEMENT_ROW, cptsSize } from '../templates/cpts';
import type { TemplateDef } from '../templates/types';
import type { Row } from '../values/cell';
import type { ProgrammeConfig } from './options';

export interface Period {
  start: Date;
  end: Date;
}

/** Parse an ISO date (YYYY-MM-DD) as a UTC date, or undefined. */
export function parseIsoDate(s: string | undefined): Date | undefined {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? undefined : d;
}

/** The programme period: the configured one, or the calendar year of creation. */
export function resolvePeriod(config: ProgrammeConfig | undefined, now: Date): Period {
  const start = parseIsoDate(config?.periode?.debut);
  const end = parseIsoDate(config?.periode?.fin);
  if (start && end && start <= end) return { start, end };
  const y = now.getUTCFullYear();
  return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y, 11, 31)) };
}

/** Where each template keeps the programme's (or the CPTS's) name: a field of a key/value table. */
export const PROGRAMME_NAME = {
  ca: { table: 'Programme', field: 'Intitulé du programme' },
  cpts: { table: 'CPTS', field: 'Nom de la CPTS' },
} as const;

/** The programme's name in a template's data (its key/value table), or undefined. */
export function programmeName(t: TemplateDef, data: Record<string, Row[]>): string | undefined {
  const names: Partial<Record<TemplateDef['id'], { table: string; field: string }>> =
    PROGRAMME_NAME;
  const at = names[t.id];
  if (!at) return undefined;
  const v = data[at.table]?.find((r) => r['field'] === at.field)?.['value'];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Turn a coordinator's configuration into list values and pre-filled rows. */
export function applyConfig(
  t: TemplateDef,
  config: ProgrammeConfig | undefined,
  data: Record<string, Row[]> | undefined,
  period: Period,
): { data: Record<string, Row[]>; lists: Record<string, string[]> } {
  const out: Record<string, Row[]> = { ...(data ?? {}) };
  const lists: Record<string, string[]> = {};
  const c = config ?? {};
  if (c.territoires?.length) lists['Territoires'] = [...c.territoires];
  if (c.publics?.length)
    lists['PublicsCibles'] = c.publics.includes('Autre') ? [...c.publics] : [...c.publics, 'Autre'];
  const kv = (table: string, values: Record<string, string | number | Date | undefined>) => {
    const rows = [...(out[table] ?? [])];
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined || rows.some((r) => r['field'] === field)) continue;
      rows.push({ field, value });
    }
    out[table] = rows;
  };
  if (t.id === 'ca') {
    kv('Programme', {
      [PROGRAMME_NAME.ca.field]: c.nom,
      Territoire: c.territoires?.join(', ') || undefined,
      'Début de période': period.start,
      'Fin de période': period.end,
    });
    if (c.partenaires?.length && !out['Partenaires']?.length) {
      out['Partenaires'] = c.partenaires.map((p) => ({
        name: p.nom,
        sector: p.secteur ?? null,
        contact: p.contact ?? null,
      }));
    }
  } else if (t.id === 'cpts') {
    const size = c.population !== undefined ? cptsSize(c.population) : undefined;
    kv('CPTS', {
      [PROGRAMME_NAME.cpts.field]: c.nom,
      'Population couverte': c.population,
      Taille: size,
      Année: period.start.getUTCFullYear(),
      'Année contractuelle (début)': period.start,
    });
    if (size !== undefined && !out['ACI']?.some((r) => r['mission'] === ACI_FONCTIONNEMENT_ROW)) {
      out['ACI'] = [
        ...(out['ACI'] ?? []),
        { mission: ACI_FONCTIONNEMENT_ROW, fixed: ACI_FONCTIONNEMENT[size] ?? null },
      ];
    }
  }
  return { data: out, lists };
}

/** A setting of the Créer form (the CLI's --config) that a template may use. */
export type ConfigField = 'nom' | 'periode' | 'territoires' | 'publics';

/**
 * The settings a template uses (applyConfig and the lists): ca all four, cpts its name and its
 * year, evaluation none. The pane shows only these fields.
 */
export function configFieldsOf(t: TemplateDef): ConfigField[] {
  const named = t.id in PROGRAMME_NAME;
  const lists = new Set(t.lists.map((l) => l.name));
  const fields: [ConfigField, boolean][] = [
    ['nom', named],
    ['periode', named || t.period !== undefined || t.tables.some((d) => d.months)],
    ['territoires', lists.has('Territoires')],
    ['publics', lists.has('PublicsCibles')],
  ];
  return fields.filter(([, used]) => used).map(([field]) => field);
}
