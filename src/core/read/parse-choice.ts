import { looseText } from './normalise';

/**
 * The list value a typed answer means, accents, case and spaces ignored ("oui " → "OUI",
 * "activite" → "Activité"); undefined when none, or when two list values look the same.
 */
export function matchChoice(text: string, values: string[]): string | undefined {
  if (values.includes(text)) return text;
  const key = looseText(text);
  const found = values.filter((v) => looseText(v) === key);
  return found.length === 1 ? found[0] : undefined;
}
