import { EXAMPLES } from '../core/examples';
import { buildPlan } from '../core/plan/build';
import type { PlanOptions, ProgrammeConfig } from '../core/plan/options';
import type { WorkbookPlan } from '../core/plan/types';
import { TEMPLATES } from '../core/templates';
import type { TemplateDef, TemplateId } from '../core/templates/types';
import type { Row } from '../core/values/cell';
import { commaList, type ProgrammeForm } from './programme-form';
import type { Lang } from './strings';

/*
 * What « Créer les feuilles » builds: loaded when the button is pressed, so the plan builder and
 * the example data stay out of the pane's initial JavaScript (test/webpack budget).
 */

/** The distinct values the example's rows put in columns choosing from `list`, in order. */
function valuesUsed(template: TemplateDef, data: Record<string, Row[]>, list: string): string[] {
  const used: string[] = [];
  for (const table of template.tables) {
    const columns = table.columns.filter((c) => c.list === list);
    for (const row of data[table.name] ?? []) {
      for (const c of columns) {
        const v = row[c.id];
        if (typeof v === 'string' && v.trim() && !used.includes(v)) used.push(v);
      }
    }
  }
  return used;
}

/** The user's entries first, then what the example needs that they lack (no duplicates). */
const union = (mine: string[], needed: string[]) => [...new Set([...mine, ...needed])];

/** The earliest start and the latest end of two ISO periods. */
function spanning(a: { debut: string; fin: string }, b?: { debut: string; fin: string }) {
  if (!b) return a;
  return { debut: a.debut < b.debut ? a.debut : b.debut, fin: a.fin > b.fin ? a.fin : b.fin };
}

/**
 * The options of buildPlan: the form over the example's configuration when asked. With the
 * example, what the user typed widens the example's settings rather than contradicting its rows:
 * the lists keep the values the example's rows use, the period spans the example's dates too.
 */
export function planOptions(form: ProgrammeForm, template: TemplateDef, lang: Lang): PlanOptions {
  const example = form.example ? EXAMPLES[template.id] : undefined;
  let territoires = commaList(form.territories);
  let publics = commaList(form.publics);
  let periode = form.start && form.end ? { debut: form.start, fin: form.end } : undefined;
  if (example) {
    if (territoires.length)
      territoires = union(territoires, valuesUsed(template, example.data, 'Territoires'));
    if (publics.length)
      publics = union(publics, valuesUsed(template, example.data, 'PublicsCibles'));
    // A span (ca's Gantt) widens to the example's dates; a contract year (cpts: no period
    // span, its ACI payments and expenses dated in the example's year) stays the example's.
    if (periode)
      periode = template.period
        ? spanning(periode, example.config.periode)
        : (example.config.periode ?? periode);
  }
  const config: ProgrammeConfig = {
    ...(example?.config ?? {}),
    ...(form.name.trim() ? { nom: form.name.trim() } : {}),
    ...(periode ? { periode } : {}),
    ...(territoires.length ? { territoires } : {}),
    ...(publics.length ? { publics } : {}),
  };
  return { lang, config, ...(example ? { data: example.data } : {}) };
}

/** The plan of the workbook the Créer form describes. */
export function createPlan(form: ProgrammeForm, id: TemplateId, lang: Lang): WorkbookPlan {
  const template = TEMPLATES[id]!;
  return buildPlan(template, planOptions(form, template, lang));
}
