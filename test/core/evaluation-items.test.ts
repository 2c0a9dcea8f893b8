import * as fs from 'fs';
import * as path from 'path';
import { evaluation } from '../../src/core/templates/evaluation';
import {
  COLLECTIVE_ITEMS,
  COLLECTIVE_SCORE_ROWS,
  CONDITIONS,
  CONTINUUM,
  IMPACT_DIMENSIONS,
  IMPACT_ITEMS,
  IMPACT_SCORE_ROWS,
  SUPPORT_ROLES,
} from '../../src/core/templates/evaluation-items';

/**
 * Every item of the self-assessment grids is worded as in its seed: the seed's text with its PDF
 * line breaks, hyphenation and bold markers taken out (test/fixtures/seeds: copies of the seeds).
 */
const seed = (name: string) =>
  fs
    .readFileSync(path.join(__dirname, '../fixtures/seeds', name), 'utf8')
    .replace(/\*\*/g, '')
    .replace(/-[ \t]*\n\s*/g, '')
    .replace(/\s+/g, ' ');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const IMPACT = seed('001_a425a694fb7c174a.txt');
const ANCT = seed('004_cd3e985497d0d32e.txt');

describe('self-assessment items quoted from the seeds', () => {
  it('each IMPACT item (1A–4B, registres, critères) occurs in seed 001', () => {
    const missing = IMPACT_ITEMS.filter((i) => !IMPACT.includes(flat(i.text))).map((i) => i.code);
    expect(missing).toEqual([]);
    expect(IMPACT_ITEMS).toHaveLength(46);
  });

  it('each registre names a domain and an axis of seed 001', () => {
    const registres = IMPACT_ITEMS.filter((i) => i.code.startsWith('R'));
    expect(registres).toHaveLength(8);
    const parts = registres.flatMap((i) => i.repere.split(' — '));
    expect(parts.filter((p) => !IMPACT.includes(p))).toEqual([]);
  });

  it('the four dimensions and the eight criteria are all there', () => {
    // The seed spells « Les professionels »: the grid writes the word right.
    const dims = IMPACT_DIMENSIONS.map((d) => d.replace('professionnels', 'professionels'));
    expect(dims.filter((d) => !IMPACT.includes(d))).toEqual([]);
    expect(IMPACT_ITEMS.filter((i) => i.code.startsWith('Q'))).toHaveLength(8);
    for (const n of [1, 2, 3, 4])
      for (const c of ['A', 'B'])
        expect(IMPACT_ITEMS.some((i) => i.code.startsWith(`${n}${c}.`))).toBe(true);
  });

  it('each Impacts collectifs item, condition and repère occurs in seed 004', () => {
    const own = /^(Condition|Rôle \d de la structure de soutien)$/;
    const missing = COLLECTIVE_ITEMS.flatMap((i) => [
      ...(ANCT.includes(flat(i.text)) ? [] : [i.code]),
      ...(own.test(i.repere) || ANCT.toLowerCase().includes(i.repere.toLowerCase())
        ? []
        : [`${i.code} ${i.repere}`]),
    ]);
    expect(missing).toEqual([]);
    expect(CONDITIONS.filter((c) => !ANCT.includes(c))).toEqual([]);
    expect(SUPPORT_ROLES).toHaveLength(7);
    expect(COLLECTIVE_ITEMS.filter((i) => i.dimension === 'Préconditions')).toHaveLength(3);
  });

  it('the seven levels of the continuum and their descriptions, in order', () => {
    expect(CONTINUUM.map((c) => c.level)).toEqual([
      'Concurrence',
      'Coexistence',
      'Communication',
      'Assistance',
      'Coordination',
      'Collaboration',
      'Intégration',
    ]);
    expect(CONTINUUM.filter((c) => !ANCT.includes(flat(c.description)))).toEqual([]);
  });

  it('every item counts in a row of its scores table, and every row has items', () => {
    const prefilled = (name: string) =>
      evaluation.tables.find((t) => t.name === name)!.prefill!.map((r) => r['dimension']);
    expect([...new Set(IMPACT_ITEMS.map((i) => i.dimension))]).toEqual(IMPACT_SCORE_ROWS);
    expect([...new Set(COLLECTIVE_ITEMS.map((i) => i.dimension))]).toEqual(COLLECTIVE_SCORE_ROWS);
    expect(prefilled('ScoresImpact')).toEqual(IMPACT_SCORE_ROWS);
    expect(prefilled('ScoresImpactsCollectifs')).toEqual(COLLECTIVE_SCORE_ROWS);
    expect(prefilled('GrilleImpact')).toHaveLength(IMPACT_ITEMS.length);
  });
});
