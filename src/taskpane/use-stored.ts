import { useEffect, useState } from 'react';

/** The pane's keys in localStorage (on this machine only: nothing is sent anywhere). */
const PREFIX = 'trepied.';

/** A stored value, or undefined when absent, unreadable or refused by the host. */
export function readStored(key: string): unknown {
  try {
    const text = window.localStorage.getItem(PREFIX + key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Storage disabled (private mode, locked-down host): the pane works without memory.
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // As above: not remembering is the only consequence.
  }
}

/** useState kept in localStorage: restored on reload when `accept` recognises what was stored. */
export function useStored<T>(
  key: string,
  initial: T,
  accept: (stored: unknown) => T | undefined,
): [T, (update: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => accept(readStored(key)) ?? initial);
  useEffect(() => writeStored(key, value), [key, value]);
  return [value, setValue];
}
