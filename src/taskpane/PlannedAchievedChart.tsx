import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { PlannedAchieved } from './chart-data';
import { formatNumber } from './format';
import type { Lang, Strings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  list: {
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: { listStyleType: 'none', fontSize: tokens.fontSizeBase200, minWidth: 0 },
  label: { overflowWrap: 'anywhere' },
  values: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  planned: { fill: tokens.colorNeutralStroke1 },
  achieved: { fill: tokens.colorBrandBackground },
  svg: { display: 'block', width: '100%' },
});

const percentOf = (value: number | null, max: number) =>
  value === null || max <= 0 ? 0 : Math.max(0, Math.min(100, (value / max) * 100));

/** Planned against achieved, one pair of horizontal bars per row, each pair on its own scale. */
export function PlannedAchievedChart(props: {
  chart: PlannedAchieved | undefined;
  lang: Lang;
  t: Strings;
}) {
  const styles = useStyles();
  const { chart, lang, t } = props;
  const pairs = chart?.pairs ?? [];
  return (
    <section className={styles.section} aria-labelledby="planned-achieved">
      <Subtitle2 as="h3" id="planned-achieved">
        {t.indicators.chart}
      </Subtitle2>
      {chart && pairs.length > 0 ? (
        <>
          <div className={styles.legend} aria-hidden="true">
            <span className={styles.key}>
              <Swatch className={styles.planned} />
              {t.indicators.planned(chart.planned)}
            </span>
            <span className={styles.key}>
              <Swatch className={styles.achieved} />
              {t.indicators.achieved(chart.achieved)}
            </span>
          </div>
          <Caption1>{t.indicators.chartNote}</Caption1>
          <ul className={styles.list} data-testid="planned-achieved">
            {pairs.map((pair) => {
              const max = Math.max(pair.planned ?? 0, pair.achieved ?? 0);
              const values = t.indicators.pair(
                formatNumber(pair.planned, lang),
                formatNumber(pair.achieved, lang),
              );
              return (
                <li key={pair.row} className={styles.item}>
                  <div className={styles.label}>{pair.label}</div>
                  <svg className={styles.svg} height="18" aria-hidden="true" focusable="false">
                    <rect
                      className={styles.planned}
                      x="0"
                      y="1"
                      height="7"
                      rx="1"
                      width={`${percentOf(pair.planned, max)}%`}
                    />
                    <rect
                      className={styles.achieved}
                      x="0"
                      y="10"
                      height="7"
                      rx="1"
                      width={`${percentOf(pair.achieved, max)}%`}
                    />
                  </svg>
                  <div className={styles.values}>{values}</div>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <Caption1>{t.indicators.noChart}</Caption1>
      )}
    </section>
  );
}

function Swatch({ className }: { className: string }) {
  return (
    <svg width="12" height="12" aria-hidden="true" focusable="false">
      <rect className={className} width="12" height="12" rx="2" />
    </svg>
  );
}
