import { useEffect, useMemo, useRef } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetter } from '../../core/formula/refs';
import type { MemoryWorkbook } from '../../workbook/memory/memory-workbook';
import type { Strings } from '../strings';

const MAX_ROWS = 200;
const MAX_COLUMNS = 60;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '75vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 2 },
  columnHead: { position: 'sticky', top: 0, zIndex: 1 },
  rowHead: { position: 'sticky', left: 0, zIndex: 1 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'center',
  },
  cell: {
    maxWidth: '14em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    padding: `1px ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorBrandBackground2 },
  computed: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
  },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorBrandBackground2Hover,
  },
});

/** One sheet as an HTML table, with Excel's column letters and row numbers. */
export function SheetTable(props: {
  workbook: MemoryWorkbook;
  sheet: string;
  selected: string | undefined;
  version: number;
  t: Strings;
}) {
  const styles = useStyles();
  const { workbook, sheet, selected, version, t } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const selectedRow = selected ? Number(/\d+$/.exec(selected)?.[0]) : undefined;
  const grid = useMemo(
    () =>
      workbook.grid(sheet, {
        maxRows: MAX_ROWS,
        maxColumns: MAX_COLUMNS,
        ...(selectedRow ? { includeRow: selectedRow } : {}),
      }),
    // version: the workbook changed in place.
    [workbook, sheet, selectedRow, version],
  );

  useEffect(() => {
    const box = scroller.current;
    const cell = selected ? box?.querySelector(`[data-cell="${selected}"]`) : null;
    if (!box || !cell) return;
    // Scroll the view's own box only: scrollIntoView would also scroll the page, taking the
    // issue just activated in the pane out of view.
    const b = box.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    box.scrollLeft += c.left - b.left - (b.width - c.width) / 2;
    box.scrollTop += c.top - b.top - (b.height - c.height) / 2;
  }, [selected, grid]);

  if (!grid) return null;
  const columns = grid.rows[0]?.length ?? 0;
  return (
    <>
      <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={sheet}>
        <table className={styles.table} data-sheet={sheet}>
          <thead>
            <tr>
              <td className={mergeClasses(styles.head, styles.corner)} />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} scope="col" className={mergeClasses(styles.head, styles.columnHead)}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((cells, r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(styles.head, styles.rowHead)}>
                  {r + 1}
                </th>
                {cells.map((cell, c) => {
                  const ref = `${columnLetter(c)}${r + 1}`;
                  const isSelected = ref === selected;
                  const classes = mergeClasses(
                    styles.cell,
                    cell.header && styles.header,
                    cell.computed && styles.computed,
                    isSelected && styles.selected,
                  );
                  return (
                    <td
                      key={c}
                      className={classes}
                      data-cell={ref}
                      data-selected={isSelected || undefined}
                      title={
                        cell.computed
                          ? `${cell.text}${cell.text ? ' — ' : ''}${t.demo.computed}`
                          : cell.text || undefined
                      }
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.rows.length < grid.rowCount ? (
        <Caption1>{t.demo.truncated(grid.rows.length, grid.rowCount)}</Caption1>
      ) : null}
    </>
  );
}
