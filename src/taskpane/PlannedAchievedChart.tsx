import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Pair, PlannedAchieved } from './chart-data';
import { formatNumber, formatPercent } from './format';
import type { Lang, Strings } from './strings';
import { VirtualList } from './VirtualList';

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
  head: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  label: { overflowWrap: 'anywhere', minWidth: 0 },
  rate: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  values: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  // The planned bar: a grey with at least 3:1 contrast on white (#616161, 6:1), not a faint stroke.
  planned: { fill: tokens.colorNeutralStrokeAccessible },
  achieved: { fill: tokens.colorBrandBackground },
  svg: { display: 'block', width: '100%' },
});

/** A row's first guess of height (px): a one-line label, the bars, the values. */
const ROW_ESTIMATE = 58;
/** The list's row gap, tokens.spacingVerticalS. */
const ROW_GAP = 8;
const keyOfPair = (pair: Pair) => String(pair.row);

/** Bar length on the chart's shared scale, in percent of the track. */
const width = (share: number | null, scale: number) =>
  share === null ? 0 : Math.max(0, Math.min(100, (share / scale) * 100));

/**
 * Planned against achieved, one row per indicator: the attainment rate, both values (percentages
 * as percentages) and two bars on one scale shared by every row, the achieved as a share of the
 * planned. A long list keeps only the rows near the viewport in the DOM.
 */
export function PlannedAchievedChart(props: {
  chart: PlannedAchieved | undefined;
  lang: Lang;
  t: Strings;
}) {
  const styles = useStyles();
  const { chart, lang, t } = props;
  const pairs = chart?.pairs ?? [];
  const value = (pair: Pair, v: number | null) =>
    v !== null && pair.percent ? formatPercent(v, lang) : formatNumber(v, lang);
  return (
    <section className={styles.section} aria-labelledby="planned-achieved">
      <Subtitle2 as="h2" id="planned-achieved">
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
          <Caption1>{t.indicators.chartNote(formatPercent(chart.scale, lang))}</Caption1>
          <VirtualList
            className={styles.list}
            data-testid="planned-achieved"
            items={pairs}
            keyOf={keyOfPair}
            estimate={ROW_ESTIMATE}
            gap={ROW_GAP}
            render={(pair, _i, row) => (
              <li {...row} className={styles.item} data-attainment={pair.attainment ?? ''}>
                <div className={styles.head}>
                  <span className={styles.label}>{pair.label}</span>
                  {pair.attainment !== null ? (
                    <span className={styles.rate}>{formatPercent(pair.attainment, lang)}</span>
                  ) : null}
                </div>
                {pair.attainment !== null ? (
                  <svg className={styles.svg} height="18" aria-hidden="true" focusable="false">
                    <rect
                      className={styles.planned}
                      x="0"
                      y="1"
                      height="7"
                      rx="1"
                      width={`${width(1, chart.scale)}%`}
                    />
                    <rect
                      className={styles.achieved}
                      x="0"
                      y="10"
                      height="7"
                      rx="1"
                      width={`${width(pair.attainment, chart.scale)}%`}
                    />
                  </svg>
                ) : null}
                <div className={styles.values}>
                  {t.indicators.pair(value(pair, pair.planned), value(pair, pair.achieved))}
                  {pair.attainment !== null
                    ? ` · ${t.indicators.attained(formatPercent(pair.attainment, lang))}`
                    : ''}
                </div>
              </li>
            )}
          />
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
