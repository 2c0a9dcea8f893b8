import { compute } from '../../../src/core/indicators/compute';
import { cpts } from '../../../src/core/templates/cpts';
import { ACI_LEVELS, ACI_LEVEL_CASES } from '../../support/aci-level-cases';

describe('issue 15: ACI indicators paid by levels, and decreases', () => {
  const rows = compute(cpts, {
    IndicateursACI: ACI_LEVEL_CASES.map((c) => c.row),
    PaliersACI: ACI_LEVELS,
  }).tables['IndicateursACI']!;

  it.each(ACI_LEVEL_CASES.map((c, i) => ({ ...c, i })))('$label', (c) => {
    const rate = rows[c.i]!['rate'];
    if (typeof c.rate === 'number') expect(rate).toBeCloseTo(c.rate, 12);
    else expect(rate).toBe('');
  });

  it('without its levels, an indicator is linear again (the levels are what pays 50 %)', () => {
    const [delay] = ACI_LEVEL_CASES;
    const row = compute(cpts, { IndicateursACI: [delay!.row] }).tables['IndicateursACI']![0]!;
    // A decrease to 5 without a starting value, 8 achieved: not reached.
    expect(row['rate']).toBe(0);
  });

  it('the mission rate weighs the levelled attainment', () => {
    const t = compute(cpts, {
      ACI: [{ mission: 'Prévention', variableMax: 10000 }],
      IndicateursACI: [
        {
          mission: 'Prévention',
          id: 'Délai',
          direction: 'Baisse souhaitée',
          weight: 0.6,
          achieved: 8,
        },
        { mission: 'Prévention', id: 'Ateliers', weight: 0.4, target: 10, achieved: 10 },
      ],
      PaliersACI: ACI_LEVELS,
    }).tables;
    // 0,6 × 50 % + 0,4 × 100 % = 70 % of 10 000 €.
    expect(t['ACI']![0]!['missionRate']).toBeCloseTo(0.7, 12);
    expect(t['ACI']![0]!['variableDue']).toBeCloseTo(7000, 9);
  });
});
