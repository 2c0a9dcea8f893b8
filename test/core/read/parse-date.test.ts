import { dateToSerial, parseDateText, serialToDate } from '../../../src/core/read/parse-date';

const iso = (d: Date | undefined) => d?.toISOString();

describe('parseDateText', () => {
  it.each([
    ['31/12/2025', '2025-12-31'],
    ['1/2/2025', '2025-02-01'], // day first: 1 February
    ['01-02-2025', '2025-02-01'],
    ['01.02.2025', '2025-02-01'],
    ['31/12/25', '2025-12-31'], // 2000 + 25
    ['2025-12-31', '2025-12-31'],
    [' 29/02/2024 ', '2024-02-29'], // 2024 is a leap year
  ])('%j → %s', (text, day) => {
    expect(iso(parseDateText(text))).toBe(`${day}T00:00:00.000Z`);
  });

  it.each(['31/02/2025', '29/02/2025', '13/13/2025', 'bientôt', '2025', '12/2025', ''])(
    '%j is not a date',
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
    },
  );
});

describe('serialToDate (1900 system, with its leap bug)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // 60 is the 29/02/1900 Excel believes in
    [45292, '2024-01-01'],
    [45657, '2024-12-31'], // 45292 + 365 (2024 has 366 days)
    [45658, '2025-01-01'],
  ])('%d → %s', (serial, day) => {
    expect(iso(serialToDate(serial))).toBe(`${day}T00:00:00.000Z`);
    expect(dateToSerial(serialToDate(serial) as Date)).toBe(serial);
  });

  it('keeps the time of day', () => {
    expect(iso(serialToDate(45292.5))).toBe('2024-01-01T12:00:00.000Z'); // half a day
  });

  it.each([0, -1, 3e6, Number.NaN])('%p is no date', (serial) => {
    expect(serialToDate(serial)).toBeUndefined();
  });
});
