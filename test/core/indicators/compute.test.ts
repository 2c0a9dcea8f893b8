import { compute } from '../../../src/core/indicators/compute';
import { ca } from '../../../src/core/templates/ca';
import type { Row } from '../../../src/core/values/cell';

const indicator = (extra: Row = {}): Row => ({
  action: 'A1',
  type: 'Processus',
  name: 'Ateliers',
  direction: 'Hausse souhaitée',
  nature: 'Cumul sur la période',
  mode: 'Somme',
  target: 10,
  t1: 2,
  t2: 3,
  ...extra,
});

describe('compute', () => {
  it('fills computed columns without writing the input rows', () => {
    const input = { Actions: [{ id: 'A1', title: 'Action' }], Indicateurs: [indicator()] };
    const before = JSON.stringify(input);
    const out = compute(ca, input);
    expect(JSON.stringify(input)).toBe(before);
    expect(out.tables['Indicateurs']![0]!['realised']).toBe(5);
    expect(out.tables['Indicateurs']![0]!['rate']).toBe(0.5);
    expect(out.tables['Indicateurs']![0]).not.toBe(input.Indicateurs[0]);
  });

  it('takes a row as it is when it already holds every computed value (a recalculated file)', () => {
    const first = compute(ca, { Actions: [{ id: 'A1' }], Indicateurs: [indicator()] });
    const held = first.tables['Indicateurs']![0]!;
    const again = compute(ca, { Actions: [{ id: 'A1' }], Indicateurs: [held] });
    expect(again.tables['Indicateurs']![0]).toBe(held);
  });

  it('copies a row whose held value is stale, and later columns see the fresh value', () => {
    const first = compute(ca, { Actions: [{ id: 'A1' }], Indicateurs: [indicator()] });
    const stale = { ...first.tables['Indicateurs']![0]!, realised: 99, rate: 9.9 };
    const again = compute(ca, { Actions: [{ id: 'A1' }], Indicateurs: [stale] });
    const row = again.tables['Indicateurs']![0]!;
    expect(row).not.toBe(stale);
    expect(stale['realised']).toBe(99);
    expect(row['realised']).toBe(5);
    expect(row['rate']).toBe(0.5);
  });
});
