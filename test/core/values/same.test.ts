import { TEMPLATE_IDS, getTemplate } from '../../../src/core/templates';
import type { Computed, SummaryExpr } from '../../../src/core/templates/types';
import { criterionMatches, foldCase, matchKey } from '../../../src/core/values/cell';

describe('« the same action »: the meaning of `=` (docs/identifiants.md)', () => {
  it('a number never equals a text, whatever it looks like', () => {
    expect(criterionMatches('1', 1)).toBe(false);
    expect(criterionMatches(1, '1')).toBe(false);
    expect(matchKey(1)).not.toBe(matchKey('1'));
  });

  it('texts are equal with letter case ignored, accents and spaces kept', () => {
    expect(criterionMatches('c1', 'C1')).toBe(true);
    expect(criterionMatches('É1', 'é1')).toBe(true);
    expect(criterionMatches('é1', 'e1')).toBe(false);
    expect(criterionMatches('A1 ', 'A1')).toBe(false);
    expect(matchKey('Œuvre')).toBe(matchKey('œUVRE'));
  });

  it('wildcard and operator characters are plain characters', () => {
    expect(criterionMatches('AB', 'A*')).toBe(false);
    expect(criterionMatches('BX', 'B?')).toBe(false);
    expect(criterionMatches('1', '~1')).toBe(false);
    expect(criterionMatches(3, '<5')).toBe(false);
    expect(criterionMatches('<5', '<5')).toBe(true);
  });

  it('a date is its serial number, as the sheet holds it', () => {
    expect(matchKey(new Date(Date.UTC(2026, 0, 1)))).toBe(46023);
    expect(criterionMatches(46023, new Date(Date.UTC(2026, 0, 1)))).toBe(true);
  });

  it('folds case as LibreOffice compares it (ς = σ, ß kept)', () => {
    expect(foldCase('ΟΔΟΣ')).toBe(foldCase('οδος'));
    expect(foldCase('ς')).toBe(foldCase('σ'));
    expect(foldCase('ß')).not.toBe(foldCase('SS'));
  });
});

/** Every fixed criterion a template writes into a COUNTIF/COUNTIFS/AVERAGEIF formula. */
function fixedCriteria(): unknown[] {
  const out: unknown[] = [];
  const walk = (e: SummaryExpr) => {
    if (e.op === 'countIf') out.push(e.value);
    if (e.op === 'averageIf') out.push(e.equals);
    if (e.op === 'ratio') [e.num, e.den].forEach(walk);
    if (e.op === 'add') e.terms.forEach(walk);
  };
  for (const id of TEMPLATE_IDS) {
    const t = getTemplate(id)!;
    t.summaries.forEach((s) => walk(s.expr));
    for (const table of t.tables) {
      for (const c of table.columns) {
        const k = c.computed as Computed | undefined;
        if (k?.kind === 'countRelated' || k?.kind === 'averageRelated') out.push(k.filter[1]);
      }
    }
  }
  return out;
}

describe('the templates’ fixed criteria mean `=` too', () => {
  it('no fixed text criterion holds a wildcard or operator, or reads as a number or a date', () => {
    const criteria = fixedCriteria();
    expect(criteria.length).toBeGreaterThan(10);
    const risky = criteria.filter(
      (v) =>
        typeof v === 'string' &&
        (/[*?~]/.test(v) ||
          /^\s*[<>=]/.test(v) ||
          /^[\s\d.,:/%+-]*$/.test(v) ||
          /^(vrai|faux|true|false)$/i.test(v)),
    );
    expect(risky).toEqual([]);
    // A number criterion matches numbers only in LibreOffice; in the templates it is 0, on a
    // computed count (which never holds text).
    expect(criteria.filter((v) => typeof v === 'number')).toEqual([0]);
  });
});
