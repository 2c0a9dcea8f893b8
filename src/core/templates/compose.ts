import { getTemplate } from './index';
import type { ListDef, TemplateDef, TemplateId } from './types';

/**
 * Templates whose sheets can be added to another's workbook (`trepied new ca … --avec
 * evaluation`): the self-assessment grids beside a CA's or a CPTS's tracking. The workbook's
 * `_meta` names them (row `modules`), so reading, checking and upgrading see the whole.
 */
export const ADDABLE: TemplateId[] = ['evaluation'];

/**
 * The modules named by a `_meta` cell or an option ("evaluation", "evaluation, autre"): the
 * addable ones known, each once, in ADDABLE's order; `unknown` lists the others as typed.
 */
export function parseModules(value: unknown): { modules: TemplateId[]; unknown: string[] } {
  const names =
    typeof value === 'string'
      ? value
          .split(/[,;\s]+/)
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : [];
  const lower = names.map((n) => n.toLowerCase());
  return {
    modules: ADDABLE.filter((id) => lower.includes(id)),
    unknown: names.filter((n) => !ADDABLE.includes(n.toLowerCase() as TemplateId)),
  };
}

/**
 * A template with the data sheets, tables, lists and summary figures of added modules: their
 * sheets come before the summary sheet, their figures after the template's own on it.
 * @example withModules(ca, ['evaluation']).sheets.includes('Grille IMPACT') // true
 */
export function withModules(base: TemplateDef, modules: readonly TemplateId[]): TemplateDef {
  const added = modules
    .filter((id) => id !== base.id && ADDABLE.includes(id))
    .map((id) => getTemplate(id))
    .filter((t): t is TemplateDef => t !== undefined);
  if (added.length === 0) return base;
  const own = (t: TemplateDef) => t.sheets.filter((s) => s !== t.summarySheet && s !== t.listSheet);
  const lists: ListDef[] = [...base.lists];
  for (const m of added)
    for (const l of m.lists) if (!lists.some((x) => x.name === l.name)) lists.push(l);
  return {
    ...base,
    modules: added.map((m) => m.id),
    sheets: [
      ...own(base),
      ...added.flatMap(own),
      ...base.sheets.filter((s) => s === base.summarySheet || s === base.listSheet),
    ],
    tables: [...base.tables, ...added.flatMap((m) => m.tables)],
    lists,
    summaries: [...base.summaries, ...added.flatMap((m) => m.summaries)],
  };
}

/** The template a workbook names: its id, and the modules its `_meta` adds. */
export function templateWith(id: string, modules: unknown): TemplateDef | undefined {
  const t = getTemplate(id);
  return t ? withModules(t, parseModules(modules).modules) : undefined;
}
