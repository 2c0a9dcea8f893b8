import { Caption1 } from '@fluentui/react-components';
import type { MergePlan } from '../core/merge/types';
import { useSummaryStyles } from './summary-styles';
import type { Strings } from './strings';
import { sheetOfTable } from './table-sheet';

/**
 * The rows per sheet of a merge or an upgrade: rows read → rows written for each sheet that had
 * any (sheet names, not table names), then the values carried to Autres données.
 */
export function RowsPerSheet(props: {
  heading: string;
  /** A merge's or an upgrade's plan. */
  plan: Pick<MergePlan, 'template' | 'counts' | 'others'>;
  t: Strings;
}) {
  const styles = useSummaryStyles();
  const c = props.t.consolidate;
  const sheet = (table: string) => sheetOfTable(props.plan.template, table);
  const counts = Object.entries(props.plan.counts).filter(([, n]) => n.inputs > 0);
  return (
    <div className={styles.block}>
      <h4 className={styles.heading}>{props.heading}</h4>
      <dl className={styles.counts}>
        {counts.map(([table, n]) => (
          <div key={table} style={{ display: 'contents' }}>
            <dt>{sheet(table)}</dt>
            <dd className={styles.number}>{c.rows(n.inputs, n.merged)}</dd>
          </div>
        ))}
      </dl>
      <Caption1>{c.others(props.plan.others)}</Caption1>
    </div>
  );
}
