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
});

/** "2 erreurs · 1 avertissement · 0 information", as coloured badges. */
export function SeverityCounts({ issues, t }: { issues: Issue[]; t: Strings }) {
  const styles = useStyles();
  const counts = countBySeverity(issues);
  return (
    <ul className={styles.counts} aria-label={t.check.summaryLabel} data-testid="severity-counts">
      {SEVERITIES.map((severity) => (
        <li key={severity} className={styles.item}>
          <Badge
            appearance={counts[severity] > 0 ? 'filled' : 'outline'}
            color={counts[severity] > 0 ? COLOR[severity] : 'informative'}
            size="large"
          >
            {t.check.count(severity, counts[severity])}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
