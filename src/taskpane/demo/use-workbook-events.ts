import { useEffect, useState } from 'react';
import type { MemoryWorkbook } from '../../workbook/memory/memory-workbook';

/**
 * Re-render on every change of the workbook; gives the last selection made through the port.
 * `onSelect` runs in the same update, so a view can switch sheets in the same render.
 */
export function useWorkbookEvents(
  workbook: MemoryWorkbook,
  onSelect?: (sheet: string) => void,
): {
  version: number;
  selection: { sheet: string; cell: string } | undefined;
} {
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState(workbook.selection);
  useEffect(
    () =>
      workbook.subscribe((event) => {
        if (event.type === 'select') {
          onSelect?.(event.sheet);
          setSelection({ sheet: event.sheet, cell: event.cell });
        }
        setVersion((v) => v + 1);
      }),
    // onSelect is a state setter in practice: subscribing once per workbook is enough.
    [workbook],
  );
  return { version, selection };
}
