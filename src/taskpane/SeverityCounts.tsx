import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Severity } from '../core/checks/issue';
import { SEVERITIES, countBySeverity } from './group-issues';
import type { Strings } from './strings';

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
  },
  item: { listStyleType: 'none' },
  // The badge as a button: no button chrome of its own, the badge's shape for the focus ring.
  go: {
    padding: 0,
    margin: 0,
    border: 'none',
    background: 'none',
    borderRadius: tokens.borderRadiusCircular,
    cursor: 'pointer',
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
    },
  },
});

/**
 * "2 erreurs · 1 avertissement · 0 information", as coloured badges; with `onGo`, a count above
 * zero is a button to the first issue of that severity.
 */
export function SeverityCounts({
  issues,
  t,
  onGo,
}: {
  issues: Issue[];
  t: Strings;
  onGo?: (severity: Severity) => void;
}) {
  const styles = useStyles();
  const counts = countBySeverity(issues);
  const badge = (severity: Severity) => (
    <Badge
      appearance={counts[severity] > 0 ? 'filled' : 'outline'}
      color={counts[severity] > 0 ? COLOR[severity] : 'informative'}
      size="large"
    >
      {t.check.count(severity, counts[severity])}
    </Badge>
  );
  return (
    <ul className={styles.counts} aria-label={t.check.summaryLabel} data-testid="severity-counts">
      {SEVERITIES.map((severity) => (
        <li key={severity} className={styles.item}>
          {onGo && counts[severity] > 0 ? (
            <button
              type="button"
              className={styles.go}
              aria-label={t.check.goFirst(severity, counts[severity])}
              onClick={() => onGo(severity)}
            >
              {badge(severity)}
            </button>
          ) : (
            badge(severity)
          )}
        </li>
      ))}
    </ul>
  );
}
