import { useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { MemoryWorkbook } from '../../workbook/memory/memory-workbook';
import { App } from '../App';
import type { DemoReason } from '../office-host';
import { stringsFor, type Lang, type Strings } from '../strings';
import { useLang } from '../use-lang';
import { DemoToolbar } from './DemoToolbar';
import { WorkbookView } from './WorkbookView';

const useStyles = makeStyles({
  layout: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // Side by side when there is room for both, else the pane above the view.
  pane: {
    flex: '1 1 100%',
    minWidth: 0,
    alignSelf: 'stretch',
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (min-width: 880px)': {
      flex: '0 0 440px',
      borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  view: { flex: '1 1 100%', minWidth: 0, '@media (min-width: 880px)': { flex: '1 1 0' } },
});

function modeDetail(reason: DemoReason, t: Strings): string {
  if (reason.kind === 'no-office') return t.demoNoOffice;
  if (reason.kind === 'no-host') return t.demoNoHost;
  return t.demoError(reason.message);
}

/** Demo mode: the same pane on a workbook in memory, with open, download and a read-only view. */
export function DemoRoot({ lang: initial, reason }: { lang: Lang; reason: DemoReason }) {
  const styles = useStyles();
  const [lang, setLang] = useLang(initial);
  const [workbook, setWorkbook] = useState(() => MemoryWorkbook.empty());
  const t = stringsFor(lang);
  const newWorkbook = () => setWorkbook(MemoryWorkbook.empty());
  return (
    <div className={styles.layout}>
      <main className={styles.pane}>
        <App
          port={workbook}
          lang={lang}
          onLangChange={setLang}
          mode={t.modeDemo}
          modeDetail={modeDetail(reason, t)}
          demo={{ newWorkbook }}
        >
          <DemoToolbar workbook={workbook} t={t} onOpened={setWorkbook} onNew={newWorkbook} />
        </App>
      </main>
      <aside className={styles.view} aria-label={t.demo.view}>
        <WorkbookView key={workbookKey(workbook)} workbook={workbook} t={t} />
      </aside>
    </div>
  );
}

const keys = new WeakMap<MemoryWorkbook, number>();
let lastKey = 0;
/** A fresh view (tabs, selection) for each workbook. */
function workbookKey(workbook: MemoryWorkbook): number {
  let key = keys.get(workbook);
  if (key === undefined) {
    key = ++lastKey;
    keys.set(workbook, key);
  }
  return key;
}
