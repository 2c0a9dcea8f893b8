import { Badge } from '@fluentui/react-components';
import type { Strings } from './strings';

function Mark({ present }: { present: boolean }) {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      {present ? (
        <path d="M1.5 5.2 L4 7.7 L8.5 2.3" fill="none" stroke="currentColor" strokeWidth="1.8" />
      ) : (
        <path d="M2 2 L8 8 M8 2 L2 8" fill="none" stroke="currentColor" strokeWidth="1.8" />
      )}
    </svg>
  );
}

/** One leg of proof: "chiffre : 2" with a tick, or "livrable : manquant" with a cross. */
export function ProofBadge({ leg, count, t }: { leg: string; count: number; t: Strings }) {
  const present = count > 0;
  return (
    <Badge
      appearance={present ? 'tint' : 'outline'}
      color={present ? 'success' : 'danger'}
      shape="rounded"
      icon={<Mark present={present} />}
      data-leg={leg}
      data-missing={!present}
    >
      {present ? t.indicators.present(leg, count) : t.indicators.missing(leg)}
    </Badge>
  );
}
