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

describe('OfficeWorkbook.setValues', () => {
  /** Actions protected as Trépied leaves it, with `rows` cells of column C in Text format. */
  function sheetOf(rows: number): StrictExcel {
    const fake = excel('General', true);
    fake.addSheet('Preuves');
    fake.put(
      'Actions',
      'C2',
      Array.from({ length: rows }, () => ['oui']),
      {
        numberFormat: Array.from({ length: rows }, () => ['@']),
      },
    );
    return fake;
  }
  const fixes = (rows: number) =>
    Array.from({ length: rows }, (_, i) => ({ sheet: 'Actions', cell: `C${i + 2}`, value: 'OUI' }));

  // Regression: « Tout corriger » and its undo wrote cell by cell, 2 syncs per cell.
  it.each([5, 500])('fixes %i cells of a protected sheet in 2 syncs', async (rows) => {
    const fake = sheetOf(rows);
    const before = structuredClone(fake.sheet('Actions').protection);
    await new OfficeWorkbook().setValues(fixes(rows));
    expect(fake.syncs).toHaveLength(2);
    expect(fake.cell('Actions', `C${rows + 1}`)?.value).toBe('OUI');
    expect(fake.cell('Actions', 'C2')?.value).toBe('OUI');
    expect(fake.sheet('Actions').protection).toEqual(before);
  });

  it('keeps setValue’s rules for each cell, on several sheets, the last write winning', async () => {
    const fake = excel('General', true);
    fake.addSheet('Preuves');
    fake.put('Actions', 'C8', [[12]], { numberFormat: [['d/m/yy']] });
    fake.put('Preuves', 'B2', [['12,5']], { numberFormat: [['@']] });
    await new OfficeWorkbook().setValues([
      { sheet: 'Actions', cell: 'C7', value: '+33 6 12' },
      { sheet: 'Actions', cell: 'C7', value: '=1+1' },
      { sheet: 'Actions', cell: 'C8', value: new Date('2025-12-31T00:00:00Z') },
      { sheet: 'Preuves', cell: 'B2', value: 12.5 },
      { sheet: 'Preuves', cell: 'B3', value: new Date('2025-12-31T00:00:00Z') },
    ]);
    expect(c7(fake)).toEqual({ value: '=1+1', formula: undefined, numberFormat: '@' });
    const at = (sheet: string, cell: string) => {
      const c = fake.cell(sheet, cell);
      return [c?.value, c?.numberFormat];
    };
    expect(at('Actions', 'C8')).toEqual([46022, 'd/m/yy']);
    expect(at('Preuves', 'B2')).toEqual([12.5, 'General']);
    expect(at('Preuves', 'B3')).toEqual([46022, 'dd/mm/yyyy']);
    expect(fake.syncs).toHaveLength(2);
  });

  it('names a missing sheet or a bad address in French, before writing anything', async () => {
    const fake = excel();
    const ok = { sheet: 'Actions', cell: 'C7', value: 'écrit ?' };
    await expect(
      new OfficeWorkbook().setValues([ok, { sheet: 'Disparue', cell: 'A1', value: 1 }]),
    ).rejects.toThrow('La feuille « Disparue » n’existe pas dans le classeur.');
    await expect(
      new OfficeWorkbook().setValues([ok, { sheet: 'Actions', cell: 'C7:C9', value: 1 }]),
    ).rejects.toThrow('« C7:C9 » n’est pas une adresse de cellule.');
    expect(c7(fake).value).toBe('');
  });

  it('stays under the request budget: one more sync per budget, never one per cell', async () => {
    const rows = 2000;
    const fake = sheetOf(rows);
    // A budget of 200 KB: 2 000 cells of about 300 bytes each go in 3 or 4 writes.
    await new OfficeWorkbook({ requestBudget: 200_000 }).setValues(fixes(rows));
    expect(fake.syncs.length).toBeGreaterThan(2);
    expect(fake.syncs.length).toBeLessThanOrEqual(8);
    expect(Math.max(...fake.syncs.map((s) => s.request))).toBeLessThanOrEqual(200_000 + 2_000);
    expect(fake.cell('Actions', `C${rows + 1}`)?.value).toBe('OUI');
  });
});
