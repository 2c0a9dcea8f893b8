import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import type { Issue } from '../core/checks/issue';
import { cellRef, renderIssue } from '../core/i18n/render';
import { formatValue } from './format';
import { valueBefore } from './group-issues';
import { SeverityIcon } from './SeverityIcon';
import type { Lang, Strings } from './strings';
import type { RowProps } from './VirtualList';

const useStyles = makeStyles({
  // The card: the message (a button to the cell) and, below it, the fix.
  row: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  target: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: 'inherit',
    lineHeight: 'inherit',
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
  fix: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 30px`,
  },
  change: { fontVariantNumeric: 'tabular-nums' },
  byHand: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 30px` },
});

export interface IssueRowProps {
  issue: Issue;
  /** A fix is offered (false when it would leave another error on the cell). */
  safe: boolean;
  lang: Lang;
  t: Strings;
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (issue: Issue) => void;
  /** What the list puts on the row's `<li>` (its place in a long list). */
  row: RowProps;
}

/** One issue: its message goes to its cell when clicked; the fix, before → after, inside. */
export function IssueRow({ issue, safe, lang, t, disabled, onSelect, onFix, row }: IssueRowProps) {
  const styles = useStyles();
  const body = (
    <>
      <span className={styles.icon}>
        <SeverityIcon severity={issue.severity} />
      </span>
      <span>{renderIssue(issue, lang, { plain: true })}</span>
    </>
  );
  const fix = issue.fix;
  const before = valueBefore(issue);
  return (
    <li {...row} className={styles.row} data-rule={issue.rule} data-cell={issue.cell}>
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
      {fix && safe ? (
        <div className={styles.fix}>
          <span className={styles.change} data-testid="fix-change">
            {before === undefined ? '' : `${formatValue(before, lang)} → `}
            <strong>{formatValue(fix.value, lang)}</strong>
          </span>
          <Button
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
        </div>
      ) : fix ? (
        <Caption1 className={styles.byHand}>{t.check.byHand}</Caption1>
      ) : null}
    </li>
  );
}
