import { issue, type Issue } from '../checks/issue';
import { TEMPLATES, getTemplate } from '../templates';
import type { TemplateDef } from '../templates/types';
import type { WorkbookInput } from './types';

export interface Recognised {
  template: TemplateDef | undefined;
  version: number;
  issues: Issue[];
}

const WORKBOOK = { sheet: '', cell: '' };

/** Table names that belong to one template only (Preuves is in both). */
function ownTables(t: TemplateDef): string[] {
  const others = Object.values(TEMPLATES).filter((x) => x !== t);
  return t.tables
    .map((x) => x.name)
    .filter((n) => !others.some((o) => o.tables.some((x) => x.name === n)));
}

function guess(input: WorkbookInput): { template: TemplateDef; tables: string[] } | undefined {
  const present = new Set(input.tables.map((x) => x.name.toLowerCase()));
  const scored = Object.values(TEMPLATES)
    .map((t) => ({ template: t, tables: ownTables(t).filter((n) => present.has(n.toLowerCase())) }))
    .filter((s) => s.tables.length > 0)
    .sort((a, b) => b.tables.length - a.tables.length);
  const [best, next] = scored;
  if (!best || (next && next.tables.length === best.tables.length)) return undefined;
  return best;
}

/**
 * The template of a workbook: from `_meta`, else from the table names present (said as an
 * information), else a structure error.
 */
export function recogniseTemplate(input: WorkbookInput): Recognised {
  const metaId = input.meta['template'];
  const metaText = typeof metaId === 'string' ? metaId.trim() : undefined;
  const fromMeta = metaText ? getTemplate(metaText.toLowerCase()) : undefined;
  if (fromMeta) {
    const v = input.meta['version'];
    const found =
      typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined;
    const version = found !== undefined && Number.isFinite(found) ? found : fromMeta.version;
    const issues: Issue[] = [];
    if (found !== undefined && found !== fromMeta.version) {
      issues.push(
        issue('structure', 'warning', WORKBOOK, {
          problem: 'version',
          found: String(v),
          expected: fromMeta.version,
        }),
      );
    }
    return { template: fromMeta, version, issues };
  }
  const guessed = guess(input);
  if (!guessed) {
    return {
      template: undefined,
      version: 0,
      issues: [issue('structure', 'error', WORKBOOK, { problem: 'template-unknown' })],
    };
  }
  const params = {
    problem: 'template-guessed' as const,
    template: guessed.template.id,
    tables: guessed.tables,
    ...(metaText ? { meta: metaText } : {}),
  };
  return {
    template: guessed.template,
    version: guessed.template.version,
    issues: [issue('structure', 'info', WORKBOOK, params)],
  };
}
