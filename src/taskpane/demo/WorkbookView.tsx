import { useState } from 'react';
import {
  Body1,
  Caption1,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { MemoryWorkbook } from '../../workbook/memory/memory-workbook';
import type { Strings } from '../strings';
import { SheetTable } from './SheetTable';
import { useWorkbookEvents } from './use-workbook-events';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  tabs: { overflowX: 'auto', maxWidth: '100%' },
});

/** The demo's read-only view of the workbook: sheet tabs, then the sheet's cells. */
export function WorkbookView({ workbook, t }: { workbook: MemoryWorkbook; t: Strings }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string>();
  // A selection made by the pane shows its sheet.
  const { version, selection } = useWorkbookEvents(workbook, setChosen);
  const sheets = workbook.visibleSheets();
  const sheet = chosen && sheets.includes(chosen) ? chosen : sheets[0];
  const selected = selection && selection.sheet === sheet ? selection.cell : undefined;
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t.demo.view}</Subtitle2>
      {sheet === undefined ? (
        <Body1>{t.demo.empty}</Body1>
      ) : (
        <>
          <div className={styles.tabs}>
            <TabList
              size="small"
              aria-label={t.demo.sheets}
              selectedValue={sheet}
              onTabSelect={(_e, data) => setChosen(String(data.value))}
            >
              {sheets.map((name) => (
                <Tab key={name} value={name}>
                  {name}
                </Tab>
              ))}
            </TabList>
          </div>
          <Caption1 role="status" aria-live="polite" data-testid="selection">
            {selection ? t.demo.selected(`${selection.sheet}!${selection.cell}`) : ''}
          </Caption1>
          <SheetTable
            workbook={workbook}
            sheet={sheet}
            selected={selected}
            version={version}
            t={t}
          />
        </>
      )}
    </div>
  );
}
