import { useEffect, useState } from 'react';
import type { Lang } from './strings';

/** The pane's language, switchable, mirrored on <html lang> for screen readers. */
export function useLang(initial: Lang): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState(initial);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return [lang, setLang];
}
