import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { describeAttention } from '../core/restore/describe';
import type { Lang } from '../core/templates/types';
import type { UpgradePlan } from '../core/upgrade/upgrade';
import { RowsPerSheet } from './RowsPerSheet';
import { useSummaryStyles } from './summary-styles';
import type { Strings } from './strings';
import { sheetOfTable } from './table-sheet';

/**
 * What an upgrade will do, in the coordinator's words as the merge's summary (issue 14): the
 * versions, the rows per sheet, the columns renamed, added and removed, what to check.
 */
export function UpgradeSummary({ plan, lang, t }: { plan: UpgradePlan; lang: Lang; t: Strings }) {
  const styles = useSummaryStyles();
  const c = t.consolidate;
  const sheet = (table: string) => sheetOfTable(plan.template, table);
  const lists: { key: string; heading: string; items: string[] }[] = [
    {
      key: 'renamed',
      heading: c.renamedColumns(plan.renamed.length),
      items: plan.renamed.map((r) => c.renamedColumn(sheet(r.table), r.from, r.to)),
    },
    {
      key: 'added',
      heading: c.addedColumns(plan.added.length),
      items: plan.added.map((a) => c.column(sheet(a.table), a.column)),
    },
    {
      key: 'removed',
      heading: c.removedColumns(plan.removed.length),
      items: plan.removed.map((a) => c.column(sheet(a.table), a.column)),
    },
    {
      key: 'attention',
      heading: c.attention(plan.attention.length),
      items: plan.attention.map((a) => describeAttention(a, lang)),
    },
  ];
  return (
    <section
      className={styles.root}
      aria-labelledby="upgrade-summary"
      data-testid="upgrade-summary"
    >
      <Subtitle2 as="h3" id="upgrade-summary">
        {c.summary}
      </Subtitle2>
      <Caption1>{c.upgradeOf(plan.file, plan.template.title[lang], plan.from, plan.to)}</Caption1>
      <RowsPerSheet heading={c.upgradeRows} plan={plan} t={t} />
      {lists.map(({ key, heading, items }) =>
        items.length === 0 ? null : (
          <div key={key} className={styles.block} data-upgrade={key}>
            <h4 className={styles.heading}>{heading}</h4>
            <ul className={styles.list}>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
