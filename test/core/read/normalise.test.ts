import { matchChoice } from '../../../src/core/read/parse-choice';
import { editDistance, looseText } from '../../../src/core/read/normalise';

describe('looseText', () => {
  it.each([
    ['Activité', 'activite'],
    ['  En   partie ', 'en partie'],
    ['OUI\u00a0', 'oui'],
    ['Éducation', 'education'],
  ])('%j → %j', (s, expected) => expect(looseText(s)).toBe(expected));
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['kitten', 'sitting', 3], // k→s, e→i, +g
    ['n° action', "n° d'action", 2], // +d +'
    ['abc', 'abc', 0],
  ])('%j ↔ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('matchChoice', () => {
  const list = ['OUI', 'NON', 'En partie'];
  it.each([
    ['OUI', 'OUI'],
    ['oui', 'OUI'],
    ['Oui ', 'OUI'],
    ['en partie', 'En partie'],
    ['EN  PARTIE', 'En partie'],
    ['peut-être', undefined],
  ])('%j → %p', (text, expected) => expect(matchChoice(text, list)).toBe(expected));

  it('does not guess between two values that look the same', () => {
    expect(matchChoice('a', ['A', 'á'])).toBeUndefined();
  });
});
