import { plainApostrophes } from './normalise';

/**
 * What sets a typed answer apart from the list value it means, the first that explains it all:
 * letter case only (COUNTIF and SUMIFS still count it), spaces (around or doubled), apostrophes
 * (’ for '), else accents or other marks. Only a case difference leaves the row counted.
 */
export type ChoiceDifference = 'case' | 'spaces' | 'apostrophe' | 'accents';

export function choiceDifference(text: string, match: string): ChoiceDifference {
  const lower = (s: string) => s.toLowerCase();
  const spaces = (s: string) => lower(s).replace(/\s+/g, ' ').trim();
  if (lower(text) === lower(match)) return 'case';
  if (spaces(text) === spaces(match)) return 'spaces';
  if (spaces(plainApostrophes(text)) === spaces(plainApostrophes(match))) return 'apostrophe';
  return 'accents';
}
