import type { ConfigField } from '../core/plan/config';
import { TEMPLATE_IDS } from '../core/templates/catalogue';
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

/**
 * The Créer form of each template, and the template chosen: what is typed for one template is
 * kept when another is chosen and back (and across reloads), never applied to another.
 */
export interface CreateForms {
  template: TemplateId;
  forms: Partial<Record<TemplateId, ProgrammeForm>>;
}

export const EMPTY_FORMS: CreateForms = { template: 'ca', forms: {} };

/** The form of the chosen template (empty until something is typed for it). */
export function formOf(forms: CreateForms): ProgrammeForm {
  return { ...EMPTY_FORM, ...forms.forms[forms.template], template: forms.template };
}

/** The forms with the chosen template's form changed by `patch` (the others unchanged). */
export function patchForm(
  forms: CreateForms,
  patch: Partial<Omit<ProgrammeForm, 'template'>>,
): CreateForms {
  const form = { ...formOf(forms), ...patch };
  return { template: forms.template, forms: { ...forms.forms, [forms.template]: form } };
}

/**
 * Forms restored from storage: this shape, or the single form stored before (issue 14), which
 * becomes its template's form, so that nothing typed is lost.
 */
export function formsFrom(stored: unknown): CreateForms | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const s = stored as Record<string, unknown>;
  if (typeof s['forms'] !== 'object' || s['forms'] === null) {
    const single = formFrom(stored);
    return single && { template: single.template, forms: { [single.template]: single } };
  }
  const saved = s['forms'] as Record<string, unknown>;
  const forms: CreateForms['forms'] = {};
  for (const id of TEMPLATE_IDS) {
    const form = id in saved ? formFrom({ ...(saved[id] as object), template: id }) : undefined;
    if (form) forms[id] = form;
  }
  return { template: templateIdOf(s['template']), forms };
}

/** The form as its template uses it (configFieldsOf): the ignored fields blanked, never applied. */
export function usedForm(form: ProgrammeForm, fields: readonly ConfigField[]): ProgrammeForm {
  const has = (f: ConfigField) => fields.includes(f);
  return {
    ...form,
    name: has('nom') ? form.name : '',
    start: has('periode') ? form.start : '',
    end: has('periode') ? form.end : '',
    territories: has('territoires') ? form.territories : '',
    publics: has('publics') ? form.publics : '',
  };
}
