import type { ReactNode } from 'react';
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import type { Conflict, MergePlan } from '../core/merge/types';
import { describeAttention } from '../core/restore/describe';
import type { Lang } from '../core/templates/types';
import type { CellValue } from '../core/values/cell';
import { formatValue } from './format';
import { RowsPerSheet } from './RowsPerSheet';
import { useSummaryStyles } from './summary-styles';
import type { Strings } from './strings';
import { sheetOfTable } from './table-sheet';

/** Conflicts listed per kind before « and N others ». */
const FIRST = 10;

const KINDS: Conflict['kind'][] = [
  'duplicate-row',
  'duplicate-key',
  'same-event',
  'shared-differs',
  'single-differs',
];

/**
 * What a merge will do, in the coordinator's words: the files, the rows per sheet (sheet names,
 * not table names), the conflicts grouped by kind with what happens to each, what to check.
 */
export function MergeSummary(props: {
  plan: MergePlan;
  renumber: boolean;
  lang: Lang;
  t: Strings;
  /** The merge button and its option: after the counts, before the conflicts' details. */
  actions?: ReactNode;
}) {
  const styles = useSummaryStyles();
  const { plan, renumber, lang, t } = props;
  const c = t.consolidate;
  const sheet = (table: string) => sheetOfTable(plan.template, table);
  const file = (i: number) => plan.sources.find((s) => s.index === i)?.file ?? String(i);
  const show = (v: CellValue) => formatValue(v, lang);
  const line = (x: Conflict): string => {
    switch (x.kind) {
      case 'duplicate-key':
        return c.duplicate(
          sheet(x.table),
          show(x.key),
          x.sources.map(file),
          renumber ? x.renamings.map((r) => ({ to: show(r.to), file: file(r.source) })) : [],
        );
      case 'duplicate-row': {
        const earlier = x.sources.slice(0, -1).map(file).join(', ');
        return c.duplicateRow(sheet(x.table), x.rows.length, file(x.sources.at(-1)!), earlier);
      }
      case 'same-event':
        return c.sameEvent(sheet(x.table), x.key, x.sources.map(file));
      case 'shared-differs':
        return c.sharedDiffers(sheet(x.table), show(x.key), x.sources.map(file));
      case 'single-differs':
        return c.singleDiffers(
          sheet(x.table),
          x.field,
          { value: show(x.kept.value), file: file(x.kept.source) },
          { value: show(x.other.value), file: file(x.other.source) },
        );
    }
  };
  const attention = plan.sources.flatMap((s) =>
    s.restored.attention.map((a) => `${s.file} : ${describeAttention(a, lang)}`),
  );
  return (
    <section className={styles.root} aria-labelledby="merge-summary" data-testid="merge-dry-run">
      <Subtitle2 as="h3" id="merge-summary">
        {c.dryRun}
      </Subtitle2>
      <Caption1>
        {c.mergeOf(plan.sources.length, plan.template.title[lang], plan.template.version)}
      </Caption1>
      <RowsPerSheet heading={c.rowsPerSheet} plan={plan} t={t} />
      {plan.conflicts.length === 0 ? (
        <Caption1>{c.noConflict}</Caption1>
      ) : (
        <Caption1>{c.conflictsBelow(plan.conflicts.length)}</Caption1>
      )}
      {props.actions}
      {KINDS.map((kind) => {
        const list = plan.conflicts.filter((x) => x.kind === kind);
        if (list.length === 0) return null;
        return (
          <div key={kind} className={styles.block} data-conflicts={kind}>
            <h4 className={styles.heading}>{c.conflictKind[kind](list.length)}</h4>
            <ul className={styles.list}>
              {list.slice(0, FIRST).map((x, i) => (
                <li key={i}>{line(x)}</li>
              ))}
            </ul>
            {list.length > FIRST ? <Caption1>{c.andOthers(list.length - FIRST)}</Caption1> : null}
          </div>
        );
      })}
      {attention.length > 0 ? (
        <div className={styles.block}>
          <h4 className={styles.heading}>{c.attention(attention.length)}</h4>
          <ul className={styles.list}>
            {attention.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
