import { Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Issue } from '../core/checks/issue';
import { cellRef, renderIssue } from '../core/i18n/render';
import { formatValue } from './format';
import { SeverityIcon } from './SeverityIcon';
import type { Lang, Strings } from './strings';

const useStyles = makeStyles({
  row: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  target: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  icon: { flexShrink: 0, paddingTop: '2px' },
  fix: { alignSelf: 'flex-end' },
});

export interface IssueRowProps {
  issue: Issue;
  lang: Lang;
  t: Strings;
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (issue: Issue) => void;
}

/** One issue: its message goes to its cell when clicked; « Corriger » when a fix is known. */
export function IssueRow({ issue, lang, t, disabled, onSelect, onFix }: IssueRowProps) {
  const styles = useStyles();
  const message = renderIssue(issue, lang);
  const body = (
    <>
      <span className={styles.icon}>
        <SeverityIcon severity={issue.severity} />
      </span>
      <span>{message}</span>
    </>
  );
  const fix = issue.fix;
  return (
    <li className={styles.row} data-rule={issue.rule} data-cell={issue.cell}>
      {issue.sheet ? (
        <button
          type="button"
          className={mergeClasses(styles.target, styles.clickable)}
          title={t.check.goTo(cellRef(issue.sheet, issue.cell || 'A1') ?? issue.sheet)}
          onClick={() => onSelect(issue)}
        >
          {body}
        </button>
      ) : (
        <p className={styles.target}>{body}</p>
      )}
      {fix ? (
        <Button
          className={styles.fix}
          size="small"
          disabled={disabled}
          aria-label={t.check.fixLabel(
            cellRef(issue.sheet, fix.cell) ?? fix.cell,
            formatValue(fix.value, lang),
          )}
          onClick={() => onFix(issue)}
        >
          {t.check.fix}
        </Button>
      ) : null}
    </li>
  );
}
