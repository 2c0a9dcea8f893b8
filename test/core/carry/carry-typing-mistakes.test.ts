import { carryForward, describeCarry } from '../../../src/core/carry';
import { EXAMPLES } from '../../../src/core/examples';
import { cpts } from '../../../src/core/templates/cpts';
import type { Row } from '../../../src/core/values/cell';
import { inputOf, restored } from '../../merge/support/workbooks';

/**
 * Regression (issue 15, release candidate): `new cpts --from` carried typing mistakes without a
 * word: a level typed as text « 80 % », weights of a mission summing to 90 %. Every value is
 * kept; the carry report says what a check would flag in the new workbook, and where.
 */
const ACCESS = 'Patients sans médecin traitant orientés vers un médecin traitant';

function lastYear(): Record<string, Row[]> {
  const data = EXAMPLES.cpts.data;
  return {
    ...data,
    // Accès aux soins: 0,6 + 0,4 becomes 0,5 + 0,4 = 90 %.
    IndicateursACI: (data['IndicateursACI'] ?? []).map((r) =>
      r['id'] === ACCESS ? { ...r, weight: 0.5 } : r,
    ),
    // The second level of the example (150 → 100 %) grants « 80 % » typed as text.
    PaliersACI: (data['PaliersACI'] ?? []).map((r, i) => (i === 1 ? { ...r, granted: '80 %' } : r)),
  };
}

describe('new cpts --from: typing mistakes carried are said (regression: carried silently)', () => {
  const { data, report } = carryForward(restored(inputOf(cpts, lastYear()), 'cpts-2025.xlsx'));

  it('keeps every value typed, mistakes included', () => {
    expect(data.data['PaliersACI']?.[1]?.['granted']).toBe('80 %');
    expect(data.data['IndicateursACI']?.find((r) => r['id'] === ACCESS)?.['weight']).toBe(0.5);
  });

  it('says, in French, what a check would flag and where (sheet, cell)', () => {
    const text = describeCarry(report);
    const at = text.indexOf(
      'Valeurs reprises telles quelles, que le contrôle signale dans le nouveau classeur (à corriger) :',
    );
    expect(at).toBeGreaterThan(0);
    const flagged = text.slice(at + 1).filter((l) => l.startsWith('  '));
    expect(flagged.some((l) => l.startsWith('  Paliers ACI, C3 : « 80 % »'))).toBe(true);
    expect(
      flagged.some(
        (l) =>
          l.startsWith('  Indicateurs ACI, D2 : ') &&
          l.includes('mission « Accès aux soins » font 90 %'),
      ),
    ).toBe(true);
  });

  it('and in English', () => {
    const text = describeCarry(report, 'en');
    expect(text).toContain(
      'Values carried as typed that the check flags in the new workbook (to correct):',
    );
    expect(text.some((l) => l.startsWith('  Paliers ACI, C3: “80 %”'))).toBe(true);
  });

  it('says the weights of a mission even when its first weight is the one left blank', () => {
    const data = EXAMPLES.cpts.data;
    const blank = carryForward(
      restored(
        inputOf(cpts, {
          ...data,
          IndicateursACI: (data['IndicateursACI'] ?? []).map((r) =>
            r['id'] === ACCESS ? { ...r, weight: null } : r,
          ),
        }),
        'cpts-2025.xlsx',
      ),
    );
    expect(describeCarry(blank.report)).toContainEqual(
      expect.stringMatching(/^ {2}Indicateurs ACI, D2 : .*« Accès aux soins » font 40 %/),
    );
  });

  it('says nothing of the kind for the example, which is clean', () => {
    const clean = carryForward(restored(inputOf(cpts, EXAMPLES.cpts.data), 'cpts-2025.xlsx'));
    expect(clean.report.flagged).toEqual([]);
    expect(describeCarry(clean.report).join('\n')).not.toContain('Valeurs reprises telles quelles');
  });
});
