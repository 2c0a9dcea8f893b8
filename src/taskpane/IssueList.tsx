import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Issue, Severity } from '../core/checks/issue';
import {
  NO_FILTER,
  SEVERITIES,
  groupByRule,
  issueGroups,
  type IssueFilter,
  type RuleGroup,
} from './group-issues';
import { IssueRow } from './IssueRow';
import { SeverityIcon } from './SeverityIcon';
import type { Lang, Strings } from './strings';
import { VirtualList, type VirtualListHandle } from './VirtualList';

/** A row's first guess of height (px) at 320–450 px: a two-line message and its fix. */
const ROW_ESTIMATE = 72;
/** The list's row gap, tokens.spacingVerticalXS. */
const ROW_GAP = 4;
const keyOfIssue = (issue: Issue, i: number) => `${issue.sheet}!${issue.cell}#${i}`;

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  list: {
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface IssueListProps {
  issues: Issue[];
  lang: Lang;
  t: Strings;
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (issue: Issue) => void;
  onFixAll: (issues: Issue[]) => void;
}

export interface IssueListHandle {
  /** Scroll the issue's row into view and focus it (the filters are cleared if they hide it). */
  reveal(issue: Issue): void;
}

const isSeverity = (v: string): v is Severity => SEVERITIES.some((s) => s === v);

/**
 * Issues by rule, each group with its count and « Tout corriger »; filters by severity and rule.
 * A long group keeps only the rows near the viewport in the DOM (VirtualList).
 */
export const IssueList = forwardRef<IssueListHandle, IssueListProps>(
  function IssueList(props, ref) {
    const styles = useStyles();
    const { issues, t } = props;
    const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
    const { rules, all, safe } = issueGroups(issues);
    const groups = useMemo(
      () =>
        filter.severity === 'all' && filter.rule === 'all' ? all : groupByRule(issues, filter),
      [all, issues, filter],
    );
    const lists = useRef(new Map<string, VirtualListHandle>());
    const [wanted, setWanted] = useState<Issue>();

    useLayoutEffect(() => {
      if (!wanted) return;
      const group = groups.find((g) => g.issues.includes(wanted));
      if (!group) return;
      setWanted(undefined);
      lists.current.get(group.rule)?.reveal(group.issues.indexOf(wanted));
    }, [wanted, groups]);

    useImperativeHandle(ref, () => ({
      reveal(issue) {
        if (!groups.some((g) => g.issues.includes(issue))) setFilter(NO_FILTER);
        setWanted(issue);
      },
    }));
    return (
      <>
        <div className={styles.filters} role="group" aria-label={t.check.filters}>
          <Field className={styles.field} label={t.check.severityFilter}>
            <Select
              value={filter.severity}
              onChange={(_e, d) =>
                setFilter({ ...filter, severity: isSeverity(d.value) ? d.value : 'all' })
              }
            >
              <option value="all">{t.check.allSeverities}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t.check.severityName[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.field} label={t.check.ruleFilter}>
            <Select
              value={filter.rule}
              onChange={(_e, d) =>
                setFilter({
                  ...filter,
                  rule: rules.find((r) => r.rule === d.value)?.rule ?? 'all',
                })
              }
            >
              <option value="all">{t.check.allRules}</option>
              {rules.map((r) => (
                <option key={r.rule} value={r.rule}>
                  {t.check.group(t.check.rules[r.rule], r.count)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {groups.length === 0 ? <Caption1>{t.check.filteredOut}</Caption1> : null}
        {groups.map((group) => (
          <RuleBlock
            key={group.rule}
            group={group}
            safe={safe}
            list={(handle) => {
              if (handle) lists.current.set(group.rule, handle);
              else lists.current.delete(group.rule);
            }}
            {...props}
          />
        ))}
      </>
    );
  },
);

function RuleBlock({
  group,
  safe,
  list,
  ...props
}: IssueListProps & {
  group: RuleGroup;
  safe: Set<Issue>;
  list: (handle: VirtualListHandle | null) => void;
}) {
  const styles = useStyles();
  const { t } = props;
  const headingId = `rule-${group.rule}`;
  return (
    <section className={styles.group} aria-labelledby={headingId} data-group={group.rule}>
      <div className={styles.head}>
        <Subtitle2 as="h2" id={headingId} className={styles.title}>
          <SeverityIcon severity={group.severity} />
          {t.check.group(t.check.rules[group.rule], group.issues.length)}
        </Subtitle2>
        {group.fixable.length > 1 ? (
          <Button
            size="small"
            appearance="primary"
            disabled={props.disabled}
            onClick={() => props.onFixAll(group.fixable)}
          >
            {t.check.fixAll(group.fixable.length)}
          </Button>
        ) : null}
      </div>
      <VirtualList
        ref={list}
        className={styles.list}
        items={group.issues}
        keyOf={keyOfIssue}
        estimate={ROW_ESTIMATE}
        gap={ROW_GAP}
        render={(issue, _i, row) => (
          <IssueRow issue={issue} safe={safe.has(issue)} row={row} {...props} />
        )}
      />
    </section>
  );
}
