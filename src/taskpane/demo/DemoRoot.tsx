import { useEffect, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { MemoryWorkbook } from '../../workbook/memory/memory-workbook';
import { App } from '../App';
import { trackChanges } from '../check-cache';
import { ConfirmDialog } from '../ConfirmDialog';
import type { DemoReason } from '../office-host';
import { stringsFor, type Lang, type Strings } from '../strings';
import type { Status } from '../StatusBar';
import type { TabId } from '../tabs';
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
  // A fresh pane for each workbook: Créer for a new one, Contrôler for one just opened.
  const [{ workbook, tab, notice }, setCurrent] = useState<{
    workbook: MemoryWorkbook;
    tab: TabId;
    /** Said in the new pane's toolbar (« fichier.xlsx est ouvert »). */
    notice?: Status;
  }>(() => ({ workbook: MemoryWorkbook.empty(), tab: 'create' }));
  const [confirming, setConfirming] = useState(false);
  // Only the pane changes this workbook: panels reuse its last check until it changes.
  useEffect(
    () =>
      trackChanges(workbook, (onChange) =>
        workbook.subscribe((event) => {
          if (event.type === 'change') onChange();
        }),
      ),
    [workbook],
  );
  const t = stringsFor(lang);
  const reset = () => {
    setConfirming(false);
    setCurrent({ workbook: MemoryWorkbook.empty(), tab: 'create' });
  };
  // Nothing to lose in an empty workbook; otherwise ask before erasing it.
  const newWorkbook = () => (workbook.visibleSheets().length === 0 ? reset() : setConfirming(true));
  return (
    <div className={styles.layout}>
      <main className={styles.pane}>
        <App
          key={workbookKey(workbook)}
          initialTab={tab}
          port={workbook}
          lang={lang}
          onLangChange={setLang}
          mode={t.modeDemo}
          modeDetail={modeDetail(reason, t)}
          demo={{ newWorkbook }}
        >
          <DemoToolbar
            workbook={workbook}
            t={t}
            notice={notice}
            onOpened={(opened, said) =>
              setCurrent({ workbook: opened, tab: 'check', notice: said })
            }
            onNew={newWorkbook}
          />
        </App>
        <ConfirmDialog
          open={confirming}
          title={t.demo.confirmTitle}
          confirm={t.demo.confirm}
          onConfirm={reset}
          cancel={t.demo.cancel}
          onCancel={() => setConfirming(false)}
        >
          {t.demo.confirmText}
        </ConfirmDialog>
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
