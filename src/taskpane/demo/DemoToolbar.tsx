import { useRef, useState, type ChangeEvent } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { MemoryWorkbook } from '../../workbook/memory/memory-workbook';
import { messageOf } from '../errors';
import { StatusBar, type Status } from '../StatusBar';
import type { Strings } from '../strings';
import { downloadBytes } from './download';
import { useWorkbookEvents } from './use-workbook-events';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  file: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface DemoToolbarProps {
  workbook: MemoryWorkbook;
  t: Strings;
  /** What to say first (the file just opened: this toolbar is a new one, in a new pane). */
  notice?: Status | undefined;
  onOpened: (workbook: MemoryWorkbook, notice: Status) => void;
  onNew: () => void;
}

/** Demo only: open an .xlsx file, download the workbook, start again. */
export function DemoToolbar({ workbook, t, notice, onOpened, onNew }: DemoToolbarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(notice ?? { kind: 'idle' });
  useWorkbookEvents(workbook);
  const empty = workbook.visibleSheets().length === 0;

  async function open(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const opened = await MemoryWorkbook.fromBytes(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
      );
      onOpened(opened, { kind: 'success', text: t.demo.opened(file.name) });
    } catch (error) {
      setStatus({ kind: 'error', title: t.demo.openFailed, text: messageOf(error) });
    }
  }

  async function download() {
    try {
      downloadBytes(await workbook.toBytes(), workbook.name);
    } catch (error) {
      setStatus({ kind: 'error', title: t.demo.download, text: messageOf(error) });
    }
  }

  return (
    <div className={styles.bar} role="group" aria-labelledby="demo-toolbar">
      <Caption1 id="demo-toolbar" data-testid="demo-explain">
        <strong>{t.demo.toolbar}</strong> {t.demo.explain}
      </Caption1>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => input.current?.click()}>
          {t.demo.open}
        </Button>
        <input
          ref={input}
          className={styles.file}
          type="file"
          tabIndex={-1}
          aria-label={t.demo.openLabel}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void open(e)}
        />
        <Button size="small" disabled={empty} onClick={() => void download()}>
          {t.demo.download}
        </Button>
        <Button size="small" disabled={empty} onClick={onNew}>
          {t.demo.newWorkbook}
        </Button>
      </div>
      <StatusBar status={status} />
    </div>
  );
}
