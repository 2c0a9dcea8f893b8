import { compute } from '../../../src/core/indicators/compute';
import { dateToSerial } from '../../../src/core/read/parse-date';
import { cpts } from '../../../src/core/templates/cpts';
import type { CellValue } from '../../../src/core/values/cell';

/** Issue 15: the payments' due dates, from « Année contractuelle (début) » (feuille CPTS). */
const serial = (y: number, m: number, d: number) => dateToSerial(new Date(Date.UTC(y, m - 1, d)));
const dates = (start: CellValue, mission: CellValue = 'Prévention') => {
  const row = compute(cpts, {
    CPTS: [{ field: 'Année contractuelle (début)', value: start }],
    ACI: [{ mission, fixed: 10000 }],
  }).tables['ACI']![0]!;
  return [row['advanceDate'], row['balanceDate']];
};

describe('ACI due dates', () => {
  it('advance at the anniversary, balance at the next one', () => {
    expect(dates(new Date(Date.UTC(2024, 6, 1)))).toEqual([serial(2024, 7, 1), serial(2025, 7, 1)]);
  });
  it('a contract starting on 29/02 has its next anniversary on 28/02 (as EDATE)', () => {
    expect(dates(new Date(Date.UTC(2024, 1, 29)))).toEqual([
      serial(2024, 2, 29),
      serial(2025, 2, 28),
    ]);
  });
  it.each([['01/07/2024'], [null], [true], [12]])(
    'no date from %j, nor on a row without mission',
    (v) => {
      expect(dates(v)).toEqual(['', '']);
      expect(dates(new Date(Date.UTC(2024, 6, 1)), null)).toEqual(['', '']);
    },
  );
});
