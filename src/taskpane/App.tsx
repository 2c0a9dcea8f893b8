import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import {
  Caption1,
  Spinner,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { WorkbookPort } from '../workbook/types';
import { CreatePanel } from './CreatePanel';
import { onCheck } from './check-events';
import type { DemoActions } from './panel-props';
import { stringsFor, type Lang } from './strings';
import { TAB_IDS, isTabId, type TabId } from './tabs';

// The first panel comes with the pane; the others load when their tab is first opened, which
// keeps the initial JavaScript small (bench/README.md, bundle budget). Contrôler and Indicateurs
// are prefetched once the pane is idle, so that their first opening does not wait for the network;
// Consolider is not (its chunk group brings ExcelJS, which Excel mode needs only to merge).
const checkChunk = () =>
  import(/* webpackChunkName: "check", webpackPrefetch: true */ './CheckPanel');
const CheckPanel = lazy(async () => ({ default: (await checkChunk()).CheckPanel }));
const indicatorsChunk = () =>
  import(/* webpackChunkName: "indicators", webpackPrefetch: true */ './IndicatorsPanel');
const IndicatorsPanel = lazy(async () => ({ default: (await indicatorsChunk()).IndicatorsPanel }));

/** Run `work` when the pane is idle (requestIdleCallback; a short delay where it is missing). */
function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}
const ConsolidatePanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "consolidate" */ './ConsolidatePanel'))
    .ConsolidatePanel,
}));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXS}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  lang: { flexShrink: 0 },
  // Four small tabs share one row down to 320 px: no wrap, no horizontal scroll.
  tabs: {
    flexWrap: 'nowrap',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 399px)': { paddingLeft: 0, paddingRight: 0 },
  },
  // Narrow panes (Excel's default is 320–350 px): tighter tabs, a slightly smaller label.
  tab: {
    minWidth: 0,
    '@media (max-width: 399px)': {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
    },
  },
  label: { '@media (max-width: 399px)': { fontSize: '13px' } },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    minWidth: 0,
  },
});

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  /** Which mode the pane runs in, and why (demo). */
  mode: string;
  modeDetail?: string;
  demo?: DemoActions;
  /** The tab shown first (demo: Contrôler after opening a file). */
  initialTab?: TabId;
  /** Shown between the header and the tabs (the demo's open and download buttons). */
  children?: ReactNode;
}

/** The task pane: four panels over one workbook port. */
export function App(props: AppProps) {
  const styles = useStyles();
  const { port, lang } = props;
  const t = stringsFor(lang);
  const [tab, setTab] = useState<TabId>(props.initialTab ?? 'create');
  const panelProps = { port, lang, t, go: setTab };
  // After each check, the Indicateurs panel's figures and chart and the Contrôler panel's groups
  // of issues are worked out while the pane is idle (the user reads the issues or the figures),
  // so that either panel opens at once on it (bench/pane-open.ts).
  useEffect(
    () =>
      onCheck((checked, result) => {
        if (checked !== port) return;
        whenIdle(() => void checkChunk().then((m) => m.prepareCheck(result)));
        whenIdle(() => void indicatorsChunk().then((m) => m.prepareIndicators(result)));
      }),
    [port],
  );
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Caption1>{t.tagline}</Caption1>
          <Caption1 data-testid="mode" title={props.modeDetail}>
            {props.mode}
          </Caption1>
        </div>
        <Switch
          className={styles.lang}
          label={t.english}
          checked={lang === 'en'}
          onChange={(_event, data) => props.onLangChange(data.checked ? 'en' : 'fr')}
        />
      </header>
      {props.children}
      <TabList
        className={styles.tabs}
        aria-label={t.tabsLabel}
        size="small"
        selectedValue={tab}
        onTabSelect={(_event, data) => {
          if (isTabId(data.value)) setTab(data.value);
        }}
      >
        {TAB_IDS.map((id) => (
          <Tab
            key={id}
            className={styles.tab}
            id={`tab-${id}`}
            value={id}
            aria-controls={id === tab ? `panel-${id}` : undefined}
          >
            <span className={styles.label}>{t.tabs[id]}</span>
          </Tab>
        ))}
      </TabList>
      <section
        id={`panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        className={styles.panel}
      >
        <Suspense fallback={<Spinner size="small" label={t.loading} />}>
          {tab === 'create' ? (
            <CreatePanel {...panelProps} {...(props.demo ? { demo: props.demo } : {})} />
          ) : tab === 'check' ? (
            <CheckPanel {...panelProps} />
          ) : tab === 'indicators' ? (
            <IndicatorsPanel {...panelProps} />
          ) : (
            <ConsolidatePanel {...panelProps} {...(props.demo ? { demo: props.demo } : {})} />
          )}
        </Suspense>
      </section>
    </div>
  );
}
