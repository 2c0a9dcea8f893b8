import { lazy, Suspense, useState, type ReactNode } from 'react';
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
import type { DemoActions } from './panel-props';
import { stringsFor, type Lang } from './strings';

// The first panel comes with the pane; the others load when their tab is first opened, which
// keeps the initial JavaScript small (bench/README.md, bundle budget).
const CheckPanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "check" */ './CheckPanel')).CheckPanel,
}));
const IndicatorsPanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "indicators" */ './IndicatorsPanel')).IndicatorsPanel,
}));
const ConsolidatePanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "consolidate" */ './ConsolidatePanel'))
    .ConsolidatePanel,
}));

const TAB_IDS = ['create', 'check', 'indicators', 'consolidate'] as const;
type TabId = (typeof TAB_IDS)[number];

const isTabId = (value: unknown): value is TabId => TAB_IDS.some((id) => id === value);

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
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  // Four tabs wrap onto two lines in the narrowest panes (320 px) rather than overflow.
  tabs: {
    flexWrap: 'wrap',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
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
  /** Shown between the header and the tabs (the demo's open and download buttons). */
  children?: ReactNode;
}

/** The task pane: four panels over one workbook port. */
export function App(props: AppProps) {
  const styles = useStyles();
  const { port, lang } = props;
  const t = stringsFor(lang);
  const [tab, setTab] = useState<TabId>('create');
  const panelProps = { port, lang, t };
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
          label={t.english}
          checked={lang === 'en'}
          onChange={(_event, data) => props.onLangChange(data.checked ? 'en' : 'fr')}
        />
      </header>
      {props.children}
      <TabList
        className={styles.tabs}
        aria-label={t.tabsLabel}
        selectedValue={tab}
        onTabSelect={(_event, data) => {
          if (isTabId(data.value)) setTab(data.value);
        }}
      >
        {TAB_IDS.map((id) => (
          <Tab
            key={id}
            id={`tab-${id}`}
            value={id}
            aria-controls={id === tab ? `panel-${id}` : undefined}
          >
            {t.tabs[id]}
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
