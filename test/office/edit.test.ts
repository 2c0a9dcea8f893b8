import { dateToSerial } from '../../src/core/read/parse-date';
import { OfficeWorkbook } from '../../src/workbook/office';
import { StrictExcel } from './excel';

/** Actions!C7 in a given number format, on the strict fake Excel; Actions protected or not. */
function excel(format = 'General', protect = false): StrictExcel {
  const fake = new StrictExcel().install();
  fake.addSheet('Actions');
  fake.addSheet('_meta');
  fake.put('Actions', 'C7', [['']], { numberFormat: [[format]] });
  if (protect) {
    // As Trépied leaves an entered column: unlocked, the sheet protected without format rights.
    fake.sheet('Actions').columnLocked.set(2, false);
    fake.protect('Actions', { allowSort: true, allowAutoFilter: true, selectionMode: 'Normal' });
  }
  return fake;
}

const c7 = (fake: StrictExcel) => {
  const cell = fake.cell('Actions', 'C7');
  return { value: cell?.value, formula: cell?.formula, numberFormat: cell?.numberFormat };
};

describe('OfficeWorkbook.sheetNames, select', () => {
  it('lists every sheet in 1 sync', async () => {
    const fake = excel();
    expect(await new OfficeWorkbook().sheetNames()).toEqual(['Actions', '_meta']);
    expect(fake.syncs).toHaveLength(1);
  });

  it('activates the sheet and selects the cell in 1 sync', async () => {
    const fake = excel();
    fake.model.active = fake.sheet('_meta');
    await new OfficeWorkbook().select('Actions', 'C7');
    expect(fake.model.active?.name).toBe('Actions');
    expect(fake.syncs).toHaveLength(1);
  });

  it('says in French that a sheet is missing', async () => {
    excel();
    await expect(new OfficeWorkbook().select('Disparue', 'C7')).rejects.toThrow(
      'La feuille « Disparue » n’existe pas dans le classeur.',
    );
  });
});

describe('OfficeWorkbook.setValue', () => {
  it('writes "=1+1" into a Text cell, format first, so it never becomes a formula', async () => {
    const fake = excel();
    await new OfficeWorkbook().setValue('Actions', 'C7', '=1+1');
    expect(c7(fake)).toEqual({ value: '=1+1', formula: undefined, numberFormat: '@' });
    // Read the current format, then write.
    expect(fake.syncs).toHaveLength(2);
  });

  it.each(['+33 6 12', '-5', '@home', '12,5'])('writes %j as text', async (value) => {
    const fake = excel();
    await new OfficeWorkbook().setValue('Actions', 'C7', value);
    expect(c7(fake)).toEqual({ value, formula: undefined, numberFormat: '@' });
  });

  it('writes a date as its serial number, in a date format', async () => {
    const fake = excel();
    const day = new Date('2025-12-31T00:00:00Z');
    await new OfficeWorkbook().setValue('Actions', 'C7', day);
    // 2025-12-31 is serial 46022.
    expect(dateToSerial(day)).toBe(46022);
    expect(c7(fake)).toEqual({ value: 46022, formula: undefined, numberFormat: 'dd/mm/yyyy' });
  });

  it('keeps a date format already there', async () => {
    const fake = excel('d/m/yy');
    await new OfficeWorkbook().setValue('Actions', 'C7', new Date('2025-12-31T00:00:00Z'));
    expect(c7(fake)).toEqual({ value: 46022, formula: undefined, numberFormat: 'd/m/yy' });
  });

  it('gives a number back its General format in a Text cell (a fixed "12,5")', async () => {
    const fake = excel('@');
    await new OfficeWorkbook().setValue('Actions', 'C7', 12.5);
    expect(c7(fake)).toEqual({ value: 12.5, formula: undefined, numberFormat: 'General' });
  });

  it('clears a cell with null and refuses a range', async () => {
    const fake = excel();
    fake.put('Actions', 'C7', [['à effacer']]);
    await new OfficeWorkbook().setValue('Actions', 'C7', null);
    expect(c7(fake).value).toBe('');
    await expect(new OfficeWorkbook().setValue('Actions', 'C7:C9', 1)).rejects.toThrow(
      '« C7:C9 » n’est pas une adresse de cellule.',
    );
  });

  // Regression: the fixes wrote formats on sheets that Trépied protects (formatting not
  // allowed), which Excel refuses; the tests seeded unprotected sheets.
  it.each([
    ['a text', 'Objectif', '@'],
    ['a date', new Date('2025-12-31T00:00:00Z'), 'dd/mm/yyyy'],
  ])('writes %s on a protected sheet and protects it again the same way', async (_, value, nf) => {
    const fake = excel('General', true);
    const before = structuredClone(fake.sheet('Actions').protection);
    await new OfficeWorkbook().setValue('Actions', 'C7', value);
    expect(c7(fake).numberFormat).toBe(nf);
    expect(fake.sheet('Actions').protection).toEqual(before);
    // Unprotect, write, protect: one batch after the read.
    expect(fake.syncs).toHaveLength(2);
  });

  it('a locked cell of a protected sheet is still refused by the fake when written directly', async () => {
    const fake = excel('General', true);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Actions').getRange('D7').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.cell('Actions', 'D7')).toBeUndefined();
  });
});
