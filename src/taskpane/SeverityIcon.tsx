import { tokens } from '@fluentui/react-components';
import type { Severity } from '../core/checks/issue';

const COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};

/** A small shape per severity (not colour alone): disc, triangle, "i" circle. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {severity === 'error' ? (
        <circle cx="7" cy="7" r="6" fill={COLOR.error} />
      ) : severity === 'warning' ? (
        <path d="M7 1 L13 13 L1 13 Z" fill={COLOR.warning} />
      ) : (
        <>
          <circle cx="7" cy="7" r="6" fill="none" stroke={COLOR.info} strokeWidth="1.6" />
          <rect x="6.2" y="6" width="1.6" height="4.5" fill={COLOR.info} />
          <rect x="6.2" y="3.4" width="1.6" height="1.6" fill={COLOR.info} />
        </>
      )}
    </svg>
  );
}
