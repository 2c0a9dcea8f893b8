import { dateToSerial } from '../../src/core/read/parse-date';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, type Seed } from './fake-excel';

const DAY = new Date('2026-03-31T00:00:00Z');

/** An Actions table of `rows` rows: id, a date, a computed status; plus names and _meta. */
function seed(rows: number, meta = true): Seed {
  const body = Array.from({ length: rows }, (_, i) => [`A${i + 1}`, dateToSerial(DAY), 'En cours']);
  return {
    sheets: [
      { name: 'Programme' },
      { name: 'Actions' },
      { name: 'Synthèse' },
      ...(meta
        ? [
            {
              name: '_meta',
              used: [
                ['template', 'ca'],
                ['version', 1],
                ['created', '2026-01-15'],
              ],
            },
          ]
        : []),
    ],
    tables: [
      {
        name: 'Actions',
        sheet: 'Actions',
        address: `Actions!$A$1:$C$${rows + 1}`,
        values: [['N° action', 'Date de fin', 'Statut'], ...body],
        formulas: [
          ['N° action', 'Date de fin', 'Statut'],
          ...body.map(([id, d]) => [id, d, '=IF(TRUE,"En cours","")']),
        ],
        numberFormat: [['@', '@', '@'], ...body.map(() => ['@', 'dd/mm/yyyy', 'General'])],
      },
      {
        name: 'Programme',
        sheet: 'Programme',
        address: 'Programme!$A$1:$B$3',
        values: [
          ['Champ', 'Valeur'],
          ['Intitulé', ''],
          ['Total', 12],
        ],
        formulas: [
          ['Champ', 'Valeur'],
          ['Intitulé', ''],
          ['Total', 12],
        ],
        numberFormat: [
          ['@', '@'],
          ['@', 'General'],
          ['@', 'General'],
        ],
        showTotals: true,
      },
    ],
    names: [
      {
        name: 'CA_NbActions',
        type: 'Range',
        value: 'Synthèse!$B$5',
        range: { values: [[rows]], numberFormat: [['0']] },
      },
      {
        name: 'CA_Debut',
        type: 'Range',
        value: "'Synthèse'!$B$6",
        range: { values: [[dateToSerial(DAY)]], numberFormat: [['dd/mm/yyyy']] },
      },
      { name: 'Statuts', type: 'Range', value: 'Listes!$A$2:$A$31' },
      { name: 'Seuil', type: 'Double', value: 0.8 as unknown as string },
    ],
    properties: { 'trepied.template': 'cpts', 'trepied.version': 2, Auteur: 'X' },
  };
}

describe('OfficeWorkbook.readValues', () => {
  it('makes the same number of syncs for 10 and 1000 rows', async () => {
    const a = new FakeExcel(seed(10)).install();
    await new OfficeWorkbook().readValues();
    const b = new FakeExcel(seed(1000)).install();
    const values = await new OfficeWorkbook().readValues();
    expect(values.tables.find((t) => t.name === 'Actions')?.values).toHaveLength(1000);
    // What exists, then every range at once.
    expect(a.syncs).toBe(2);
    expect(b.syncs).toBe(a.syncs);
  });

  it('gives tables in sheet order with headers, values as ExcelJS gives them, formulas without "="', async () => {
    const fake = new FakeExcel(seed(2)).install();
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
    const loads = fake.calls('load').filter((c) => c.target === 'Actions!$A$1:$C$3');
    expect(loads.map((c) => c.args)).toEqual([[['values', 'formulas', 'numberFormat', 'address']]]);
  });

  it('reads single-cell names only, and _meta from its sheet', async () => {
    new FakeExcel(seed(2)).install();
    const values = await new OfficeWorkbook().readValues();
    expect(values.names).toEqual({ CA_NbActions: 2, CA_Debut: DAY });
    expect(values.meta).toEqual({ template: 'ca', version: 1, created: '2026-01-15' });
  });

  it('falls back to the trepied.* custom properties when _meta is gone', async () => {
    new FakeExcel(seed(2, false)).install();
    const values = await new OfficeWorkbook().readValues();
    expect(values.meta).toEqual({ template: 'cpts', version: 2 });
  });
});
