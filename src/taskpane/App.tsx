import { useState } from 'react';
import { Caption1, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { HostInfo } from './office-host';
import { PlaceholderPanel } from './PlaceholderPanel';
import { stringsFor, type Strings } from './strings';

const TAB_IDS = ['create', 'check', 'indicators'] as const;
type TabId = (typeof TAB_IDS)[number];

const isTabId = (value: unknown): value is TabId => TAB_IDS.some((id) => id === value);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
});

export interface AppProps {
  host: HostInfo;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  const t = stringsFor(host.lang);
  const [tab, setTab] = useState<TabId>('create');
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Caption1>{t.tagline}</Caption1>
      </header>
      <TabList
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
      <PlaceholderPanel
        id={`panel-${tab}`}
        tabId={`tab-${tab}`}
        title={t.tabs[tab]}
        summary={t.panels[tab]}
        comingSoon={t.comingSoon}
        {...modeText(host, t)}
      />
    </div>
  );
}

function modeText(host: HostInfo, t: Strings): { mode: string; modeDetail?: string } {
  if (host.mode === 'excel') return { mode: t.modeExcel };
  const { reason } = host;
  const modeDetail =
    reason.kind === 'no-office'
      ? t.demoNoOffice
      : reason.kind === 'no-host'
        ? t.demoNoHost
        : t.demoError(reason.message);
  return { mode: t.modeDemo, modeDetail };
}
