import { issue, type Issue } from '../checks/issue';
import { knownVersions, templateAt } from '../restore/template-at';
import { TEMPLATES } from '../templates';
import { templateWith } from '../templates/compose';
import type { TemplateDef } from '../templates/types';
import type { CellValue } from '../values/cell';
import { caseless } from './normalise';
import type { WorkbookInput } from './types';

export interface Recognised {
  template: TemplateDef | undefined;
  /** The version the workbook says (or seems) it is; unknown versions are read as the current. */
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

/** The version whose headers the workbook's tables match best (ties go to the newer version). */
export function detectVersion(t: TemplateDef, input: WorkbookInput): number {
  let best = { version: t.version, score: -1 };
  for (const v of knownVersions(t).reverse()) {
    const at = templateAt(t, v);
    if (!at) continue;
    let score = 0;
    for (const def of at.tables) {
      const found = input.tables.find((x) => x.name.toLowerCase() === def.name.toLowerCase());
      if (!found) continue;
      const headers = new Set(found.headers.map((h) => caseless(String(h ?? ''))));
      score += def.columns.filter((c) => headers.has(caseless(c.header))).length;
    }
    if (score > best.score) best = { version: v, score };
  }
  return best.version;
}

function metaVersion(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v);
  return undefined;
}

function versionIssues(t: TemplateDef, version: number, written: CellValue | undefined): Issue[] {
  if (templateAt(t, version) === undefined) {
    return [
      issue('structure', 'warning', WORKBOOK, {
        problem: 'version',
        found: String(written ?? version),
        expected: t.version,
      }),
    ];
  }
  if (version < t.version) {
    return [
      issue('structure', 'info', WORKBOOK, {
        problem: 'upgrade-available',
        found: version,
        expected: t.version,
      }),
    ];
  }
  return [];
}

/**
 * The template of a workbook: from `_meta`, else from the table names present (said as an
 * information), else a structure error. The version comes from `_meta`, else from the headers;
 * an older known version is an information (an upgrade is available), an unknown one a warning.
 */
export function recogniseTemplate(input: WorkbookInput): Recognised {
  const metaId = input.meta['template'];
  const metaText = typeof metaId === 'string' ? metaId.trim() : undefined;
  const fromMeta = metaText
    ? templateWith(metaText.toLowerCase(), input.meta['modules'])
    : undefined;
  if (fromMeta) {
    const written = input.meta['version'];
    const found = metaVersion(written);
    const version = found ?? detectVersion(fromMeta, input);
    return {
      template: fromMeta,
      version: Number.isFinite(version) ? version : fromMeta.version,
      issues: versionIssues(fromMeta, version, written),
    };
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
  const version = detectVersion(guessed.template, input);
  return {
    template: guessed.template,
    version,
    issues: [
      issue('structure', 'info', WORKBOOK, params),
      ...versionIssues(guessed.template, version, version),
    ],
  };
}
