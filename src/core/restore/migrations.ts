import type { ColumnDef, TemplateDef } from '../templates/types';

/** A header that changed between two versions; the column keeps its id. */
export interface HeaderRename {
  id: string;
  from: string;
  to: string;
}

/** A column of version `from` that the next version no longer has: its values are carried. */
export interface RemovedColumn {
  column: ColumnDef;
  /** Id of the column it followed in version `from`, or null when it came first. */
  after: string | null;
}

/**
 * What changed from version `from` to `from + 1` of a template, by table name and column id.
 * Reading an old workbook applies these steps backwards to know its headers; upgrading applies
 * them forwards. Sheets and tables keep their names across versions.
 */
export interface Migration {
  from: number;
  renamed: Record<string, HeaderRename[]>;
  /** Ids of the columns new in `from + 1`. */
  added: Record<string, string[]>;
  removed: Record<string, RemovedColumn[]>;
}

/** Every template's migrations, by template id and by the version they upgrade from. */
export const MIGRATIONS: Record<TemplateDef['id'], Record<number, Migration>> = {
  ca: {
    1: {
      from: 1,
      renamed: {
        Preuves: [
          { id: 'link', from: 'Lien ou référence', to: 'Lien ou emplacement de la preuve' },
        ],
      },
      added: { Actions: ['associatedPartners'] },
      removed: {},
    },
  },
  cpts: {},
};

/** The steps from `version` up to the template's current version, in order. */
export function migrationsFrom(t: TemplateDef, version: number): Migration[] {
  const steps: Migration[] = [];
  for (let v = version; v < t.version; v++) {
    const m = MIGRATIONS[t.id][v];
    if (!m) throw new Error(`template ${t.id}: no migration from version ${v}`);
    steps.push(m);
  }
  return steps;
}
