import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { configFieldsOf, type ConfigField } from '../../src/core/plan/config';
import { TEMPLATE_IDS, getTemplate } from '../../src/core/templates';
import {
  EMPTY_FORM,
  EMPTY_FORMS,
  formFrom,
  formOf,
  formsFrom,
  patchForm,
  usedForm,
  commaList,
  periodIsValid,
  templateIdOf,
} from '../../src/taskpane/programme-form';
import { planOptions } from '../../src/taskpane/create-plan';
import { MemoryWorkbook } from '../../src/workbook/memory/memory-workbook';

const ca = getTemplate('ca')!;

describe('the Créer form', () => {
  it.each([
    ['', []],
    ['Albi', ['Albi']],
    [' Albi , Castres,,Albi ', ['Albi', 'Castres']],
    ['Albi; Castres\nGaillac', ['Albi', 'Castres', 'Gaillac']],
  ])('reads the list %j', (text, list) => {
    expect(commaList(text)).toEqual(list);
  });

  it.each([
    ['', '', true],
    ['2026-01-01', '2026-12-31', true],
    ['2026-01-01', '2026-01-01', true],
    ['2026-01-01', '', false],
    ['', '2026-12-31', false],
    ['2026-12-31', '2026-01-01', false],
  ])('accepts the period %s – %s: %s', (start, end, ok) => {
    expect(periodIsValid({ ...EMPTY_FORM, start, end })).toBe(ok);
  });

  it('passes only what was typed', () => {
    expect(planOptions(EMPTY_FORM, ca, 'fr')).toEqual({ lang: 'fr', config: {} });
    const form = {
      ...EMPTY_FORM,
      name: ' CA du Tarn ',
      start: '2026-01-01',
      end: '2026-12-31',
      territories: 'Albi, Castres',
      publics: 'Jeunes',
    };
    expect(planOptions(form, ca, 'en')).toEqual({
      lang: 'en',
      config: {
        nom: 'CA du Tarn',
        periode: { debut: '2026-01-01', fin: '2026-12-31' },
        territoires: ['Albi', 'Castres'],
        publics: ['Jeunes'],
      },
    });
  });

  it('lays the form over the example when the example is asked for', () => {
    const options = planOptions({ ...EMPTY_FORM, example: true, name: 'Mon programme' }, ca, 'fr');
    expect(options.data).toBe(EXAMPLES.ca.data);
    expect(options.config).toEqual({ ...EXAMPLES.ca.config, nom: 'Mon programme' });
  });
});

describe('the Créer form offers the self-assessment (issue 16)', () => {
  it('keeps « evaluation » when it is chosen or restored, and falls back to ca otherwise', () => {
    expect(['ca', 'cpts', 'evaluation', 'autre', 3].map(templateIdOf)).toEqual([
      'ca',
      'cpts',
      'evaluation',
      'ca',
      'ca',
    ]);
    expect(formFrom({ ...EMPTY_FORM, template: 'evaluation' })?.template).toBe('evaluation');
  });

  it('creates the evaluation workbook with its example, which the checker finds clean', async () => {
    const t = getTemplate('evaluation')!;
    const options = planOptions({ ...EMPTY_FORM, template: 'evaluation', example: true }, t, 'fr');
    const wb = MemoryWorkbook.empty();
    await wb.render(buildPlan(t, options));
    const result = checkWorkbook(await wb.readValues());
    expect(result.template).toBe('evaluation');
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(result.figures['EVAL_NiveauCooperation2']).toBe(5);
  });
});

/** The issue's two reproductions: the user's settings contradicted the example's rows. */
describe('issue 14: the example stays self-consistent whatever the user typed', () => {
  const check = async (form: Partial<typeof EMPTY_FORM>) => {
    const wb = MemoryWorkbook.empty();
    await wb.render(
      buildPlan(ca, planOptions({ ...EMPTY_FORM, example: true, ...form }, ca, 'fr')),
    );
    return checkWorkbook(await wb.readValues()).issues.filter(
      (i) => i.rule === 'choice' || i.rule === 'date',
    );
  };

  it('keeps the territories and publics the example uses beside the typed ones', async () => {
    const options = planOptions(
      { ...EMPTY_FORM, example: true, territories: 'Albi, Castres', publics: 'Jeunes, Aînés' },
      ca,
      'fr',
    );
    expect(options.config?.territoires?.slice(0, 2)).toEqual(['Albi', 'Castres']);
    expect(options.config?.territoires?.length).toBeGreaterThan(2);
    await expect(
      check({ territories: 'Albi, Castres', publics: 'Jeunes, Aînés' }),
    ).resolves.toEqual([]);
  });

  it('widens a 2026 period to the example’s 2024 dates', async () => {
    const options = planOptions(
      { ...EMPTY_FORM, example: true, start: '2026-01-01', end: '2026-12-31' },
      ca,
      'fr',
    );
    // The example's own period starts before 2026 (its rows are dated 2024).
    expect((options.config?.periode?.debut ?? '9') < '2026-01-01').toBe(true);
    expect(options.config?.periode?.fin).toBe('2026-12-31');
    await expect(check({ start: '2026-01-01', end: '2026-12-31' })).resolves.toEqual([]);
  });

  it.each([
    ['2020-01-01', '2020-12-31'],
    ['2026-01-01', '2026-12-31'],
  ])(
    'cpts: keeps the example’s contract year whatever period is typed (%s – %s)',
    async (start, end) => {
      const cpts = getTemplate('cpts')!;
      const form = { ...EMPTY_FORM, template: 'cpts' as const, example: true, start, end };
      expect(planOptions(form, cpts, 'fr').config?.periode).toEqual(EXAMPLES.cpts.config.periode);
      const wb = MemoryWorkbook.empty();
      await wb.render(buildPlan(cpts, planOptions(form, cpts, 'fr')));
      // Before: a 2020 period gave six « aci » warnings (payments and expenses out of the year).
      // (The example's declaration-only ACI indicators are said as information, by design.)
      const rules = checkWorkbook(await wb.readValues())
        .issues.filter((i) => i.severity !== 'info')
        .map((i) => i.rule);
      expect(rules.filter((r) => r !== 'triangulation')).toEqual([]);
    },
  );

  it('leaves the typed settings alone without the example', () => {
    const form = { ...EMPTY_FORM, territories: 'Albi', start: '2026-01-01', end: '2026-12-31' };
    expect(planOptions(form, ca, 'fr').config).toEqual({
      territoires: ['Albi'],
      periode: { debut: '2026-01-01', fin: '2026-12-31' },
    });
  });
});

describe('the Créer form restored from this machine’s storage', () => {
  it('takes back what was typed, field by field', () => {
    const typed = { ...EMPTY_FORM, template: 'cpts', name: 'CPTS du Tarn', example: true };
    expect(formFrom(JSON.parse(JSON.stringify(typed)))).toEqual(typed);
  });

  it.each([null, 'texte', 42])('ignores what is not a form: %p', (stored) => {
    expect(formFrom(stored)).toBeUndefined();
  });

  it('keeps the valid fields of a damaged form and defaults the others', () => {
    expect(formFrom({ template: 'autre', name: 12, territories: 'Albi' })).toEqual({
      ...EMPTY_FORM,
      territories: 'Albi',
    });
  });
});

describe('issue 14: one Créer form per template, showing only what the template uses', () => {
  it('offers ca all four settings, cpts its name and period, evaluation none', () => {
    expect(TEMPLATE_IDS.map((id) => [id, configFieldsOf(getTemplate(id)!)])).toEqual([
      ['ca', ['nom', 'periode', 'territoires', 'publics']],
      ['cpts', ['nom', 'periode']],
      ['evaluation', []],
    ]);
  });

  it.each(TEMPLATE_IDS)(
    '%s: the settings it is not offered change nothing in its workbook',
    (id) => {
      const t = getTemplate(id)!;
      const now = new Date('2025-06-01T00:00:00Z');
      const all = {
        nom: 'Réseau du Tarn',
        periode: { debut: '2023-01-01', fin: '2023-12-31' },
        territoires: ['Gaillac'],
        publics: ['Jeunes'],
      };
      const offered = configFieldsOf(t);
      const kept = Object.fromEntries(
        Object.entries(all).filter(([k]) => offered.includes(k as ConfigField)),
      );
      expect(buildPlan(t, { config: all, now })).toEqual(buildPlan(t, { config: kept, now }));
      // And each one it is offered does change it.
      for (const field of offered)
        expect(buildPlan(t, { config: { [field]: all[field] }, now })).not.toEqual(
          buildPlan(t, { now }),
        );
    },
  );

  it('keeps each template’s form when another is chosen and back', () => {
    let forms = patchForm(EMPTY_FORMS, { name: 'Coordination Albi', territories: 'Albi' });
    forms = { ...forms, template: 'cpts' };
    expect(formOf(forms)).toEqual({ ...EMPTY_FORM, template: 'cpts' });
    forms = patchForm(forms, { name: 'CPTS du Tarn' });
    forms = { ...forms, template: 'ca' };
    expect(formOf(forms)).toMatchObject({ name: 'Coordination Albi', territories: 'Albi' });
    // Through storage (JSON), as on a reload.
    const restored = formsFrom(JSON.parse(JSON.stringify({ ...forms, template: 'cpts' })));
    expect(restored && formOf(restored)).toEqual({
      ...EMPTY_FORM,
      template: 'cpts',
      name: 'CPTS du Tarn',
    });
  });

  it('takes back the single form stored before as its template’s form', () => {
    const old = { ...EMPTY_FORM, template: 'cpts', name: 'CPTS du Tarn', example: true };
    const forms = formsFrom(JSON.parse(JSON.stringify(old)));
    expect(forms && formOf(forms)).toEqual(old);
    expect(formsFrom('texte')).toBeUndefined();
  });

  it('never applies what a template ignores (territories typed under ca, then evaluation)', () => {
    const typed = { ...EMPTY_FORM, name: 'X', start: '2026-01-01', end: '2025-01-01' };
    const evaluation = usedForm({ ...typed, template: 'evaluation' }, []);
    expect(evaluation).toEqual({ ...EMPTY_FORM, template: 'evaluation' });
    // An invalid period it does not use cannot block its « Créer les feuilles ».
    expect(periodIsValid(evaluation)).toBe(true);
  });
});
