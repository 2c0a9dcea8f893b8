import { useState } from 'react';
import { Button } from '@fluentui/react-components';

/** Rows rendered at first and per « show more »: a 500-action workbook stays quick to open. */
export const PAGE = 50;

/** The first rows of a long list, and how many more to reveal; the list grows page by page. */
export function usePaged<T>(items: T[]): { shown: T[]; rest: number; more: () => void } {
  const [count, setCount] = useState(PAGE);
  const shown = items.length > count ? items.slice(0, count) : items;
  return { shown, rest: items.length - shown.length, more: () => setCount(count + PAGE) };
}

/** « Afficher 50 de plus (450 restantes) », when rows are left. */
export function ShowMore({
  rest,
  more,
  label,
}: {
  rest: number;
  more: () => void;
  label: (next: number, rest: number) => string;
}) {
  if (rest <= 0) return null;
  return (
    <Button appearance="secondary" size="small" onClick={more} style={{ alignSelf: 'flex-start' }}>
      {label(Math.min(PAGE, rest), rest)}
    </Button>
  );
}
