import { EXAMPLES } from '../core/examples';
import type { PlanOptions, ProgrammeConfig } from '../core/plan/options';
import type { TemplateDef } from '../core/templates/types';
import type { Row } from '../core/values/cell';
import type { Lang } from './strings';

/** What the Créer form holds, as typed. */
export interface ProgrammeForm {
  template: 'ca' | 'cpts';
  name: string;
  /** ISO dates from <input type="date">, or ''. */
  start: string;
  end: string;
  territories: string;
  publics: string;
  example: boolean;
}

export const EMPTY_FORM: ProgrammeForm = {
  template: 'ca',
  name: '',
  start: '',
  end: '',
  territories: '',
  publics: '',
  example: false,
};

/** A form restored from storage, when it has the form's shape (else undefined). */
export function formFrom(stored: unknown): ProgrammeForm | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const s = stored as Record<string, unknown>;
  const text = (key: keyof ProgrammeForm) => (typeof s[key] === 'string' ? (s[key] as string) : '');
  return {
    template: s['template'] === 'cpts' ? 'cpts' : 'ca',
    name: text('name'),
    start: text('start'),
    end: text('end'),
    territories: text('territories'),
    publics: text('publics'),
    example: s['example'] === true,
  };
}

/** "Albi, Castres,  Albi" → ["Albi", "Castres"]. */
export function commaList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Both dates or neither, the end not before the start. */
export function periodIsValid(form: ProgrammeForm): boolean {
  if (!form.start && !form.end) return true;
  return Boolean(form.start && form.end && form.start <= form.end);
}

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
    if (periode) periode = spanning(periode, example.config.periode);
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
