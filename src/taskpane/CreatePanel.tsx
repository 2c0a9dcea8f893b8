import { Suspense, lazy, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
// The catalogue, not the templates: they load with « Créer les feuilles » (initial JS budget).
import { TEMPLATE_CATALOGUE, TEMPLATE_IDS } from '../core/templates/catalogue';
import { messageOf } from './errors';
import type { DemoActions, PanelProps } from './panel-props';
import {
  EMPTY_FORMS,
  formOf,
  formsFrom,
  patchForm,
  periodIsValid,
  templateIdOf,
  usedForm,
  type CreateForms,
  type ProgrammeForm,
} from './programme-form';
import { RenderStatus, type RenderStatusValue } from './RenderStatus';
import { useStored } from './use-stored';

/** « À partir du classeur de l'an dernier »: its own chunk, loaded after the form (bundle budget). */
const NextYearSection = lazy(() =>
  import('./NextYearSection').then((m) => ({ default: m.NextYearSection })),
);

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  period: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  // A grid track that may shrink below the longest template title (narrow panes).
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  // Side by side when both native date pickers fit, else one under the other.
  date: { flex: '1 1 150px', minWidth: 0 },
  select: { minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
  example: { display: 'flex', flexDirection: 'column' },
  exampleHint: { paddingLeft: '32px', color: tokens.colorNeutralForeground2 },
  more: {
    alignSelf: 'flex-start',
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingLeft: 0,
    paddingRight: 0,
  },
  status: { ':focus': { outlineStyle: 'none' } },
  optional: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** Something typed in the optional settings (then they open by themselves). */
const hasOptional = (f: ProgrammeForm) => Boolean(f.start || f.end || f.territories || f.publics);

type CreateStatus = RenderStatusValue;

/** Créer: the workbook's sheets from a template, a programme's settings and, if asked, examples. */
export function CreatePanel({ port, lang, t, go, demo }: PanelProps & { demo?: DemoActions }) {
  const styles = useStyles();
  const optionalId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  // One form per template, kept across tabs and reloads (on this machine only): nothing typed is
  // lost, and what was typed for one template never applies to another.
  const [forms, setForms] = useStored<CreateForms>('create-form', EMPTY_FORMS, formsFrom);
  const template = TEMPLATE_CATALOGUE[forms.template];
  // Only the settings this template uses (evaluation: none).
  const fields = template.fields;
  const form = usedForm(formOf(forms), fields);
  const [open, setOpen] = useState(() => hasOptional(form));
  const [status, setStatus] = useState<CreateStatus>({ kind: 'idle' });
  const set = (patch: Partial<ProgrammeForm>) => setForms((f) => patchForm(f, patch));
  const validPeriod = periodIsValid(form);
  const running = status.kind === 'running';
  const optionalFields = fields.filter((f) => f !== 'nom');

  // Another workbook (demo: new or opened) starts from a clean message.
  useEffect(() => setStatus({ kind: 'idle' }), [port]);
  // The outcome and the next step come into view and take the focus (the button, disabled
  // while it ran, would leave it on the page's body).
  useEffect(() => {
    if (status.kind !== 'idle' && status.kind !== 'running') statusRef.current?.focus();
  }, [status]);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!validPeriod) return;
    setStatus({ kind: 'running', label: t.create.running });
    try {
      const { createPlan } = await import(/* webpackChunkName: "create" */ './create-plan');
      const plan = createPlan(form, forms.template, lang);
      const existing = new Set((await port.sheetNames()).map((s) => s.toLowerCase()));
      const clash = plan.sheets.filter((s) => existing.has(s.name.toLowerCase()));
      if (clash.length > 0) {
        const visible = clash.filter((s) => s.state === 'visible');
        setStatus({
          kind: 'exists',
          sheets: (visible.length ? visible : clash).map((s) => s.name),
        });
        return;
      }
      await port.render(plan);
      const shown = plan.sheets.filter((s) => s.state === 'visible').length;
      setStatus({
        kind: 'success',
        text: `${t.create.done(shown, template.title[lang])} ${t.create.next}`,
      });
    } catch (error) {
      setStatus({ kind: 'error', title: t.create.failed, text: messageOf(error) });
    }
  }

  const optional = (
    <div id={optionalId} className={styles.optional}>
      {fields.includes('periode') ? (
        <div className={styles.period}>
          <Field
            className={mergeClasses(styles.field, styles.date)}
            label={t.create.start}
            validationState={validPeriod ? 'none' : 'error'}
          >
            <Input type="date" value={form.start} onChange={(_e, d) => set({ start: d.value })} />
          </Field>
          <Field
            className={mergeClasses(styles.field, styles.date)}
            label={t.create.end}
            {...(validPeriod
              ? { hint: t.create.periodHint }
              : { validationState: 'error', validationMessage: t.create.periodInvalid })}
          >
            <Input type="date" value={form.end} onChange={(_e, d) => set({ end: d.value })} />
          </Field>
        </div>
      ) : null}
      {fields.includes('territoires') ? (
        <Field className={styles.field} label={t.create.territories} hint={t.create.listHint}>
          <Input
            value={form.territories}
            placeholder="Albi, Castres"
            onChange={(_e, data) => set({ territories: data.value })}
          />
        </Field>
      ) : null}
      {fields.includes('publics') ? (
        <Field className={styles.field} label={t.create.publics} hint={t.create.listHint}>
          <Input value={form.publics} onChange={(_e, data) => set({ publics: data.value })} />
        </Field>
      ) : null}
    </div>
  );
  const nameLabel = t.create.name[form.template];
  const more = t.create.more[form.template];
  const noSettings = t.create.noSettings[form.template];

  return (
    <>
      <Subtitle2 as="h2">{t.create.step}</Subtitle2>
      <Body1 data-panel="create">{t.create.intro}</Body1>
      <form className={styles.form} onSubmit={(e) => void create(e)} noValidate>
        <Field
          className={styles.field}
          label={t.create.template}
          hint={t.create.templateHint[form.template]}
        >
          <Select
            className={styles.select}
            value={form.template}
            onChange={(_e, data) => setForms((f) => ({ ...f, template: templateIdOf(data.value) }))}
          >
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {TEMPLATE_CATALOGUE[id].title[lang]}
              </option>
            ))}
          </Select>
        </Field>
        {fields.includes('nom') && nameLabel ? (
          <Field
            className={styles.field}
            label={nameLabel}
            hint={t.create.nameHint[form.template] ?? null}
          >
            <Input value={form.name} onChange={(_e, data) => set({ name: data.value })} />
          </Field>
        ) : null}
        {noSettings ? <Body1>{noSettings}</Body1> : null}
        <div className={styles.example}>
          <Checkbox
            label={t.create.example}
            checked={form.example}
            onChange={(_e, data) => set({ example: data.checked === true })}
          />
          <Caption1 className={styles.exampleHint}>{t.create.exampleHint[form.template]}</Caption1>
        </div>
        <Button
          className={styles.submit}
          appearance="primary"
          type="submit"
          disabled={running || !validPeriod}
          icon={running ? <Spinner size="tiny" /> : null}
        >
          {t.create.submit}
        </Button>
        <div ref={statusRef} tabIndex={-1} className={styles.status}>
          <RenderStatus status={status} t={t} demo={demo} onCheck={() => go('check')} />
        </div>
        {optionalFields.length > 0 && more ? (
          <>
            <Button
              className={styles.more}
              appearance="transparent"
              aria-expanded={open || !validPeriod}
              aria-controls={optionalId}
              onClick={() => setOpen(!open)}
            >
              {open || !validPeriod ? '▾ ' : '▸ '}
              {more}
            </Button>
            {open || !validPeriod ? optional : null}
          </>
        ) : null}
      </form>
      <Suspense fallback={null}>
        <NextYearSection port={port} lang={lang} t={t} go={go} {...(demo ? { demo } : {})} />
      </Suspense>
    </>
  );
}
