import { dateToSerial } from '../../src/core/read/parse-date';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel } from './fake-excel';

const sheets = (format = 'General') => ({
  sheets: [
    { name: 'Actions', ranges: { C7: { values: [['']], numberFormat: [[format]] } } },
    { name: '_meta' },
  ],
});

/** The property sets on Actions!C7, in the order they were queued. */
const writes = (fake: FakeExcel) =>
  fake
    .sets()
    .filter((c) => c.target === 'Actions!C7')
    .map((c) => [c.path, c.value]);

describe('OfficeWorkbook.sheetNames, select', () => {
  it('lists every sheet in 1 sync', async () => {
    const fake = new FakeExcel(sheets()).install();
    expect(await new OfficeWorkbook().sheetNames()).toEqual(['Actions', '_meta']);
    expect(fake.syncs).toBe(1);
  });

  it('activates the sheet and selects the cell in 1 sync', async () => {
    const fake = new FakeExcel(sheets()).install();
    await new OfficeWorkbook().select('Actions', 'C7');
    expect(fake.calls().map((c) => [c.target, c.path])).toEqual([
      ['worksheets', 'getItem'],
      ['sheet:Actions', 'activate'],
      ['sheet:Actions', 'getRange'],
      ['Actions!C7', 'select'],
    ]);
    expect(fake.syncs).toBe(1);
  });

  it('says in French that a sheet is missing', async () => {
    new FakeExcel(sheets()).install();
    await expect(new OfficeWorkbook().select('Disparue', 'C7')).rejects.toThrow(
      'La feuille « Disparue » n’existe pas dans le classeur.',
    );
  });
});

describe('OfficeWorkbook.setValue', () => {
  it('writes "=1+1" into a Text cell, format first, so it never becomes a formula', async () => {
    const fake = new FakeExcel(sheets()).install();
    await new OfficeWorkbook().setValue('Actions', 'C7', '=1+1');
    expect(writes(fake)).toEqual([
      ['numberFormat', [['@']]],
      ['values', [['=1+1']]],
    ]);
    // Read the current format, then write.
    expect(fake.syncs).toBe(2);
  });

  it.each([
    ['+33 6 12', [['@']]],
    ['-5', [['@']]],
    ['@home', [['@']]],
  ])('writes %j as text', async (value, format) => {
    const fake = new FakeExcel(sheets()).install();
    await new OfficeWorkbook().setValue('Actions', 'C7', value);
    expect(writes(fake)).toEqual([
      ['numberFormat', format],
      ['values', [[value]]],
    ]);
  });

  it('writes a date as its serial number, in a date format', async () => {
    const fake = new FakeExcel(sheets()).install();
    const day = new Date('2025-12-31T00:00:00Z');
    await new OfficeWorkbook().setValue('Actions', 'C7', day);
    // 2025-12-31 is serial 46022.
    expect(dateToSerial(day)).toBe(46022);
    expect(writes(fake)).toEqual([
      ['numberFormat', [['dd/mm/yyyy']]],
      ['values', [[46022]]],
    ]);
  });

  it('keeps a date format already there', async () => {
    const fake = new FakeExcel(sheets('d/m/yy')).install();
    await new OfficeWorkbook().setValue('Actions', 'C7', new Date('2025-12-31T00:00:00Z'));
    expect(writes(fake)).toEqual([['values', [[46022]]]]);
  });

  it('gives a number back its General format in a Text cell (a fixed "12,5")', async () => {
    const fake = new FakeExcel(sheets('@')).install();
    await new OfficeWorkbook().setValue('Actions', 'C7', 12.5);
    expect(writes(fake)).toEqual([
      ['numberFormat', [['General']]],
      ['values', [[12.5]]],
    ]);
  });

  it('clears a cell with null and refuses a range', async () => {
    const fake = new FakeExcel(sheets()).install();
    await new OfficeWorkbook().setValue('Actions', 'C7', null);
    expect(writes(fake)).toEqual([['values', [['']]]]);
    await expect(new OfficeWorkbook().setValue('Actions', 'C7:C9', 1)).rejects.toThrow(
      '« C7:C9 » n’est pas une adresse de cellule.',
    );
  });
});
