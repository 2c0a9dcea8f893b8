import { TEMPLATE_IDS } from '../core/templates';
import type { TemplateId } from '../core/templates/types';
/** A template id from the form or storage: one of the templates, else `ca`. */
export function templateIdOf(value: unknown): TemplateId {
  return TEMPLATE_IDS.find((id) => id === value) ?? 'ca';
}

/** What the Créer form holds, as typed. */
export interface ProgrammeForm {
  template: TemplateId;
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
    template: templateIdOf(s['template']),
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
