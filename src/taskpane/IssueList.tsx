import { useState } from 'react';
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../core/checks/issue';
import { groupIssues, type SeverityGroup } from './group-issues';
import { IssueRow } from './IssueRow';
import { SeverityIcon } from './SeverityIcon';
import type { Lang, Strings } from './strings';

/** Rows shown per group before "show the others": a large workbook can give thousands. */
const FIRST_ROWS = 50;

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  severity: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
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
}

/** Issues by sheet, then by severity, each group with its count. */
export function IssueList(props: IssueListProps) {
  const styles = useStyles();
  return (
    <>
      {groupIssues(props.issues).map((group) => (
        <section
          key={group.sheet}
          className={styles.sheet}
          aria-label={group.sheet || props.t.check.workbook}
          data-sheet={group.sheet}
        >
          <Subtitle2 as="h3">
            {props.t.check.sheet(group.sheet || props.t.check.workbook, group.count)}
          </Subtitle2>
          {group.severities.map((sg) => (
            <SeverityBlock key={sg.severity} group={sg} {...props} />
          ))}
        </section>
      ))}
    </>
  );
}

function SeverityBlock({ group, ...props }: IssueListProps & { group: SeverityGroup }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? group.issues : group.issues.slice(0, FIRST_ROWS);
  const hidden = group.issues.length - shown.length;
  return (
    <>
      <h4 className={styles.severity}>
        <SeverityIcon severity={group.severity} />
        {props.t.check.count(group.severity, group.issues.length)}
      </h4>
      <ul className={styles.list}>
        {shown.map((issue, i) => (
          <IssueRow key={`${issue.cell}-${issue.rule}-${i}`} issue={issue} {...props} />
        ))}
      </ul>
      {hidden > 0 ? (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          {props.t.check.showAll(hidden)}
        </Button>
      ) : null}
    </>
  );
}
