import { useEffect, useState } from 'react';
import type { Lang } from './strings';
import { readStored, writeStored } from './use-stored';

const asLang = (stored: unknown): Lang | undefined =>
  stored === 'fr' || stored === 'en' ? stored : undefined;

/**
 * The pane's language: the one last chosen with the switch (remembered on this machine), else the
 * host's; mirrored on <html lang> for screen readers.
 */
export function useLang(initial: Lang): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(() => asLang(readStored('lang')) ?? initial);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = (chosen: Lang) => {
    writeStored('lang', chosen);
    setLang(chosen);
  };
  return [lang, choose];
}
