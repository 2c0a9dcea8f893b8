import { compute } from '../../../src/core/indicators/compute';
import { ca } from '../../../src/core/templates/ca';
import { DIRECTION_CASES } from '../../support/direction-cases';
import { caV2 } from '../../merge/support/workbooks';

describe('issue 18: indicators where lower is better, levels and counts', () => {
  it.each(DIRECTION_CASES)('$label', (c) => {
    const row = compute(ca, { Indicateurs: [c.row] }).tables['Indicateurs']![0]!;
    expect(row['realised']).toBe(c.realised);
    if (typeof c.rate === 'number') expect(row['rate']).toBeCloseTo(c.rate, 12);
    else expect(row['rate']).toBe('');
    expect(row['status']).toBe(c.status);
    if (typeof c.retained === 'number') expect(row['retained']).toBeCloseTo(c.retained, 12);
    else expect(row['retained']).toBe('');
  });

  it('version 2 still computes its own way (a decrease read as an increase): the bug, kept for old files', () => {
    const [better] = DIRECTION_CASES;
    const row = compute(caV2, { Indicateurs: [better!.row] }).tables['Indicateurs']![0]!;
    expect(row['rate']).toBeCloseTo(10 / 12, 12);
    expect(row['status']).toBe('Partiellement atteint');
  });

  it('the mean on Synthèse is of retained rates: capped, a reached decrease counts as 100 %', () => {
    const rows = DIRECTION_CASES.slice(0, 3).map((c) => c.row);
    const f = compute(ca, { Indicateurs: rows }).figures;
    // retained: 1 (10 ≤ 12), 0 (20 > 12), 2/3 (45 → 35 for 30): mean 5/9
    expect(f['CA_TauxAtteinteResultats']).toBeCloseTo(5 / 9, 12);
  });
});
