import { useState } from 'react';
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
  countByRule,
  fixIsSafe,
  groupByRule,
  type IssueFilter,
  type RuleGroup,
} from './group-issues';
import { IssueRow } from './IssueRow';
import { SeverityIcon } from './SeverityIcon';
import type { Lang, Strings } from './strings';

/** Rows shown per rule before « show the others »: a large workbook can give thousands. */
const FIRST_ROWS = 20;

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

const isSeverity = (v: string): v is Severity => SEVERITIES.some((s) => s === v);

/** Issues by rule, each group with its count and « Tout corriger »; filters by severity and rule. */
export function IssueList(props: IssueListProps) {
  const styles = useStyles();
  const { issues, t } = props;
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const rules = countByRule(issues);
  const groups = groupByRule(issues, filter);
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
        <RuleBlock key={group.rule} group={group} {...props} />
      ))}
    </>
  );
}

function RuleBlock({ group, ...props }: IssueListProps & { group: RuleGroup }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const { t } = props;
  const shown = all ? group.issues : group.issues.slice(0, FIRST_ROWS);
  const hidden = group.issues.length - shown.length;
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
      <ul className={styles.list}>
        {shown.map((issue, i) => (
          <IssueRow
            key={`${issue.sheet}-${issue.cell}-${i}`}
            issue={issue}
            safe={fixIsSafe(issue, props.issues)}
            {...props}
          />
        ))}
      </ul>
      {hidden > 0 ? (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          {t.check.showAll(hidden)}
        </Button>
      ) : null}
    </section>
  );
}
