import { Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Figure } from '../core/indicators/summary';
import type { TemplateDef } from '../core/templates/types';
import { formatFigureText } from './format';
import type { Lang, Strings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  pair: { display: 'contents' },
  label: { margin: 0, overflowWrap: 'anywhere' },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  blank: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/** The Synthèse figures, by section, with the template's labels and formats. */
export function KeyFigures(props: {
  template: TemplateDef;
  figures: Record<string, Figure>;
  lang: Lang;
  t: Strings;
}) {
  const styles = useStyles();
  const { template, figures, lang, t } = props;
  const sections: { heading: string; summaries: TemplateDef['summaries'] }[] = [];
  for (const s of template.summaries) {
    const heading = s.section[lang];
    const last = sections[sections.length - 1];
    if (last?.heading === heading) last.summaries.push(s);
    else sections.push({ heading, summaries: [s] });
  }
  return (
    <section className={styles.section} aria-labelledby="key-figures">
      <Subtitle2 as="h2" id="key-figures">
        {t.indicators.keyFigures}
      </Subtitle2>
      {sections.map((section) => (
        <div key={section.heading}>
          <h3 className={styles.heading}>{section.heading}</h3>
          <dl className={styles.list}>
            {section.summaries.map((s) => {
              const value = figures[s.name];
              const blank = value === undefined || value === '';
              return (
                <div key={s.name} className={styles.pair} data-figure={s.name}>
                  <dt className={styles.label}>{s.label[lang]}</dt>
                  <dd className={mergeClasses(styles.value, blank && styles.blank)} title={s.name}>
                    {blank
                      ? t.indicators.notComputable
                      : typeof value === 'number'
                        ? formatFigureText(value, s.format, lang)
                        : value}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
