import { EXAMPLES } from '../core/examples';
import type { PlanOptions, ProgrammeConfig } from '../core/plan/options';
import type { TemplateDef } from '../core/templates/types';
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

/** The options of buildPlan: the form over the example's configuration when asked. */
export function planOptions(form: ProgrammeForm, template: TemplateDef, lang: Lang): PlanOptions {
  const example = form.example ? EXAMPLES[template.id] : undefined;
  const territoires = commaList(form.territories);
  const publics = commaList(form.publics);
  const config: ProgrammeConfig = {
    ...(example?.config ?? {}),
    ...(form.name.trim() ? { nom: form.name.trim() } : {}),
    ...(form.start && form.end ? { periode: { debut: form.start, fin: form.end } } : {}),
    ...(territoires.length ? { territoires } : {}),
    ...(publics.length ? { publics } : {}),
  };
  return { lang, config, ...(example ? { data: example.data } : {}) };
}
