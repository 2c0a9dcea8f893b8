import { dateToSerial } from '../../src/core/read/parse-date';
import { OfficeWorkbook } from '../../src/workbook/office';
import { PAYLOAD_LIMIT, StrictExcel } from './excel';

const DAY = new Date('2026-03-31T00:00:00Z');

/** An Actions table of `rows` rows: id, a date, a computed status; plus names and _meta. */
function seed(rows: number, meta = true): StrictExcel {
  const excel = new StrictExcel().install();
  for (const name of ['Programme', 'Actions', 'Synthèse', ...(meta ? ['_meta'] : [])]) {
    excel.addSheet(name);
  }
  const body = Array.from({ length: rows }, (_, i) => [`A${i + 1}`, dateToSerial(DAY), 'En cours']);
  excel.put('Actions', 'A1', [['N° action', 'Date de fin', 'Statut'], ...body], {
    formulas: [[], ...body.map(() => [null, null, '=IF(TRUE,"En cours","")'])],
    numberFormat: [['@', '@', '@'], ...body.map(() => ['@', 'dd/mm/yyyy', 'General'])],
  });
  excel.addTable('Actions', 'Actions', `A1:C${rows + 1}`);
  excel.put('Programme', 'A1', [
    ['Champ', 'Valeur'],
    ['Intitulé', ''],
    ['Total', 12],
  ]);
  excel.addTable('Programme', 'Programme', 'A1:B3', true);
  excel.put('Synthèse', 'B5', [[rows], [dateToSerial(DAY)]], {
    numberFormat: [['0'], ['dd/mm/yyyy']],
  });
  excel.model.names.push(
    { name: 'CA_NbActions', ref: '=Synthèse!$B$5' },
    { name: 'CA_Debut', ref: "='Synthèse'!$B$6" },
    { name: 'Statuts', ref: '=Listes!$A$2:$A$31' },
    { name: 'Seuil', ref: '0.8' },
  );
  if (meta) {
    excel.put('_meta', 'A1', [
      ['template', 'ca'],
      ['version', 1],
      ['created', '2026-01-15'],
    ]);
  }
  excel.model.properties.push(
    { key: 'trepied.template', value: 'cpts' },
    { key: 'trepied.version', value: 2 },
    { key: 'Auteur', value: 'X' },
  );
  return excel;
}

describe('OfficeWorkbook.readValues', () => {
  it('makes the same number of syncs for 10 and 1000 rows', async () => {
    const a = seed(10);
    await new OfficeWorkbook().readValues();
    const b = seed(1000);
    const values = await new OfficeWorkbook().readValues();
    expect(values.tables.find((t) => t.name === 'Actions')?.values).toHaveLength(1000);
    // What exists, the tables' sizes with names and _meta, then every table's cells at once.
    expect(a.syncs).toHaveLength(3);
    expect(b.syncs).toHaveLength(3);
  });

  it('gives tables in sheet order with headers, values as ExcelJS gives them, formulas without "="', async () => {
    seed(2);
    const values = await new OfficeWorkbook().readValues();
    expect(values.sheets).toEqual(['Programme', 'Actions', 'Synthèse', '_meta']);
    expect(values.tables.map((t) => t.name)).toEqual(['Programme', 'Actions']);
    const actions = values.tables[1]!;
    expect(actions).toEqual({
      name: 'Actions',
      sheet: 'Actions',
      origin: 'A1',
      headers: ['N° action', 'Date de fin', 'Statut'],
      // A serial in a date format is a Date, as ExcelJS reads it.
      values: [
        ['A1', DAY, 'En cours'],
        ['A2', DAY, 'En cours'],
      ],
      formulas: [
        [null, null, 'IF(TRUE,"En cours","")'],
        [null, null, 'IF(TRUE,"En cours","")'],
      ],
    });
    // Blank is null; the totals row is not data.
    expect(values.tables[0]?.values).toEqual([['Intitulé', null]]);
  });

  it('reads single-cell names only, and _meta from its sheet', async () => {
    seed(2);
    const values = await new OfficeWorkbook().readValues();
    expect(values.names).toEqual({ CA_NbActions: 2, CA_Debut: DAY });
    expect(values.meta).toEqual({ template: 'ca', version: 1, created: '2026-01-15' });
  });

  // Regression: ca v3's computed columns carry formulas of about 2 kB; the first chunk, sized on a
  // fixed 100 bytes per cell, asked for a 10 MB response that Excel on the web refuses.
  it('sizes the first chunk on the first row, so that wide rows never ask for over 5 MB', async () => {
    const excel = new StrictExcel().install();
    excel.addSheet('Actions');
    const columns = 20;
    const rows = 400;
    const long = `=IF(TRUE,"${'x'.repeat(1500)}","")`;
    const header = Array.from({ length: columns }, (_, j) => `Colonne ${j + 1}`);
    const body = Array.from({ length: rows }, (_, i) => header.map((_, j) => (j ? 'x' : `A${i}`)));
    excel.put('Actions', 'A1', [header, ...body], {
      formulas: [[], ...body.map(() => header.map((_, j) => (j ? long : null)))],
    });
    excel.addTable('Actions', 'Actions', `A1:T${rows + 1}`);
    const values = await new OfficeWorkbook().readValues();
    expect(values.tables[0]?.values).toHaveLength(rows);
    expect(values.tables[0]?.formulas[rows - 1]?.[1]).toBe(long.slice(1));
    // More than one response was needed, and none was refused.
    expect(excel.syncs.length).toBeGreaterThan(3);
    expect(excel.maxPayload().response).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it('falls back to the trepied.* custom properties when _meta is gone', async () => {
    seed(2, false);
    const values = await new OfficeWorkbook().readValues();
    expect(values.meta).toEqual({ template: 'cpts', version: 2 });
  });
});
