import { Suspense, lazy, useEffect, useId, useState, type FormEvent } from 'react';
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
import { TEMPLATE_IDS, getTemplate } from '../core/templates';
import { messageOf } from './errors';
import type { DemoActions, PanelProps } from './panel-props';
import {
  EMPTY_FORM,
  formFrom,
  periodIsValid,
  templateIdOf,
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
  optional: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** Something typed in the optional settings (then they open by themselves). */
const hasOptional = (f: ProgrammeForm) => Boolean(f.start || f.end || f.territories || f.publics);

type CreateStatus = RenderStatusValue;

/** Créer: the workbook's sheets from a template, a programme's settings and, if asked, examples. */
export function CreatePanel({ port, lang, t, go, demo }: PanelProps & { demo?: DemoActions }) {
  const styles = useStyles();
  const optionalId = useId();
  // Kept across tabs and reloads (on this machine only), so nothing typed is lost.
  const [form, setForm] = useStored<ProgrammeForm>('create-form', EMPTY_FORM, formFrom);
  const [open, setOpen] = useState(() => hasOptional(form));
  const [status, setStatus] = useState<CreateStatus>({ kind: 'idle' });
  const set = (patch: Partial<ProgrammeForm>) => setForm((f) => ({ ...f, ...patch }));
  const validPeriod = periodIsValid(form);
  const running = status.kind === 'running';

  // Another workbook (demo: new or opened) starts from a clean message.
  useEffect(() => setStatus({ kind: 'idle' }), [port]);

  async function create(event: FormEvent) {
    event.preventDefault();
    const template = getTemplate(form.template);
    if (!template || !validPeriod) return;
    setStatus({ kind: 'running', label: t.create.running });
    try {
      const { createPlan } = await import(/* webpackChunkName: "create" */ './create-plan');
      const plan = createPlan(form, template, lang);
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
      <Field className={styles.field} label={t.create.territories} hint={t.create.listHint}>
        <Input
          value={form.territories}
          placeholder="Albi, Castres"
          onChange={(_e, data) => set({ territories: data.value })}
        />
      </Field>
      <Field className={styles.field} label={t.create.publics} hint={t.create.listHint}>
        <Input value={form.publics} onChange={(_e, data) => set({ publics: data.value })} />
      </Field>
    </div>
  );

  return (
    <>
      <Subtitle2 as="h2">{t.create.step}</Subtitle2>
      <Body1 data-panel="create">{t.create.intro}</Body1>
      <form className={styles.form} onSubmit={(e) => void create(e)} noValidate>
        <Field className={styles.field} label={t.create.template}>
          <Select
            className={styles.select}
            value={form.template}
            onChange={(_e, data) => set({ template: templateIdOf(data.value) })}
          >
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {getTemplate(id)?.title[lang] ?? id}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label={t.create.name} hint={t.create.nameHint}>
          <Input value={form.name} onChange={(_e, data) => set({ name: data.value })} />
        </Field>
        <div className={styles.example}>
          <Checkbox
            label={t.create.example}
            checked={form.example}
            onChange={(_e, data) => set({ example: data.checked === true })}
          />
          <Caption1 className={styles.exampleHint}>{t.create.exampleHint}</Caption1>
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
        <Button
          className={styles.more}
          appearance="transparent"
          aria-expanded={open || !validPeriod}
          aria-controls={optionalId}
          onClick={() => setOpen(!open)}
        >
          {open || !validPeriod ? '▾ ' : '▸ '}
          {t.create.more}
        </Button>
        {open || !validPeriod ? optional : null}
      </form>
      <RenderStatus status={status} t={t} demo={demo} onCheck={() => go('check')} />
      <Suspense fallback={null}>
        <NextYearSection port={port} lang={lang} t={t} go={go} {...(demo ? { demo } : {})} />
      </Suspense>
    </>
  );
}
