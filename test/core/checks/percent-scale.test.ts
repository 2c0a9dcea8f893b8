import type { CellValue } from '../../../src/core/values/cell';
import { example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

const WEIGHT = 'Pondération';
const CAP = "Plafond d'atteinte";
const INDICATORS = 'Indicateurs ACI';

describe('percent-scale', () => {
  it.each([
    [80, 0.8], // 80 / 100
    [100, 1], // 100 / 100
    [1.5, 0.015], // above 1: 1,5 % is what it would mean
    [1, null], // 100 %
    [0.8, null],
    [101, null], // above 100: not a slip of scale
    [0, null],
  ] as [CellValue, number | null][])('%j', (value, fixed) => {
    const input = example('cpts');
    setCell(
      input,
      'IndicateursACI',
      rowWith(input, 'IndicateursACI', 'Accès aux soins'),
      WEIGHT,
      value,
    );
    const found = issuesOf(input, 'percent-scale');
    if (fixed === null) return expect(found).toEqual([]);
    expect(found).toEqual([
      {
        rule: 'percent-scale',
        severity: 'warning',
        sheet: INDICATORS,
        cell: 'D2',
        params: { column: WEIGHT, value, fixed },
        fix: { cell: 'D2', value: fixed },
      },
    ]);
  });

  // Issue 15: the checker offered « 1,3 % » for a rate of 1,3 (130 %) typed by a finance officer.
  it.each([
    [1.3, null], // 130 %: a cap above 100 % is what the contract may say, never « 1,3 % »
    [1.2, null],
    [50, 0.5], // 50 typed for 50 %
    // A finance officer's trial: a cap of 130 (13 000 %) paid an indicator 200 %, silently.
    [130, 1.3],
    [1000, 10],
    [1001, null], // beyond any contract's cap: not read as a slip of scale
  ] as [CellValue, number | null][])(
    'a cap of %j is never offered as a rate under 2 %',
    (value, fixed) => {
      const input = example('cpts');
      setCell(
        input,
        'IndicateursACI',
        rowWith(input, 'IndicateursACI', 'Accès aux soins'),
        CAP,
        value,
      );
      const found = issuesOf(input, 'percent-scale');
      if (fixed === null) return expect(found).toEqual([]);
      expect(found).toMatchObject([{ cell: 'I2', params: { column: CAP, value, fixed } }]);
    },
  );
});

describe('percent-scale in indicators whose Unité is Pourcentage', () => {
  const TARGET = 'Valeur cible';
  it.each([
    ['Pourcentage', 60, 0.6], // 60 typed for 60 %: 60 / 100
    ['Nombre', 60, null], // 60 people: no issue
    ['Pourcentage', 0.6, null],
  ] as [string, CellValue, number | null][])('%s, %j', (unit, value, fixed) => {
    const input = example('ca');
    const row = rowWith(input, 'Indicateurs', 'A1');
    setCell(input, 'Indicateurs', row, 'Unité', unit);
    setCell(input, 'Indicateurs', row, TARGET, value);
    // Row A1 is « Réunions de préparation » (T1 = 2): in Pourcentage, T1 is flagged too.
    const found = issuesOf(input, 'percent-scale').filter(
      (i) => (i.params as { column?: string }).column === TARGET,
    );
    if (fixed === null) return expect(found).toEqual([]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      params: { column: TARGET, value, fixed },
      fix: { value: fixed },
    });
  });
});
