import type { ReportPlan, ReportRow } from '../../src/core/plan/report-types';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, type Seed } from './fake-excel';
import { excelApiUpTo, noOffice } from './requirements-mock';

const HEADERS = ['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message'];
const LABEL = { error: 'Erreur', warning: 'Avertissement', info: 'Information' } as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;

function report(rows: number): ReportPlan {
  const list: ReportRow[] = Array.from({ length: rows }, (_, i) => {
    const severity = SEVERITIES[i % 3]!;
    return {
      severity,
      severityLabel: LABEL[severity],
      sheet: 'Actions',
      cell: `C${i + 2}`,
      rule: 'required',
      message: `=Message ${i} : la cellule est vide.`,
    };
  });
  return {
    sheet: 'Contrôles',
    headers: HEADERS,
    rows: list,
    highlights: list.map((r) => ({ sheet: r.sheet, cell: r.cell, severity: r.severity })),
  };
}

const workbook = (extra: Seed['sheets'] = []): Seed => ({
  sheets: [
    { name: 'Actions', protected: true, options: { allowSort: true, selectionMode: 'Normal' } },
    ...extra,
  ],
});

afterEach(noOffice);

describe('OfficeWorkbook.writeReport', () => {
  it.each([9, 8])(
    'makes the same number of syncs for 10 and 1000 rows (ExcelApi 1.%i)',
    async (minor) => {
      excelApiUpTo(minor);
      const a = new FakeExcel(workbook()).install();
      await new OfficeWorkbook().writeReport(report(10));
      const b = new FakeExcel(workbook()).install();
      await new OfficeWorkbook().writeReport(report(1000));
      // What exists; the Contrôles sheet; the highlights.
      expect(a.syncs).toBe(3);
      expect(b.syncs).toBe(a.syncs);
    },
  );

  it('writes headers and rows as 2-D arrays, messages as text, links as HYPERLINK formulas', async () => {
    const fake = new FakeExcel(workbook([{ name: "L'autre" }])).install();
    const plan = report(2);
    plan.rows.push({ ...plan.rows[0]!, sheet: "L'autre", cell: 'B4' });
    plan.rows.push({ ...plan.rows[0]!, sheet: 'Disparue', cell: 'B4' });
    await new OfficeWorkbook().writeReport(plan);
    expect(fake.calls('add').find((c) => c.target === 'worksheets')?.args).toEqual(['Contrôles']);
    expect(fake.valueAt('Contrôles!A1:E1', 'values')).toEqual([HEADERS]);
    expect(fake.valueAt('Contrôles!A2:E5', 'values')).toEqual([
      ['Erreur', 'Actions', null, 'required', '=Message 0 : la cellule est vide.'],
      ['Avertissement', 'Actions', null, 'required', '=Message 1 : la cellule est vide.'],
      ['Erreur', "L'autre", null, 'required', '=Message 0 : la cellule est vide.'],
      // No link to a sheet that does not exist: the address as text.
      ['Erreur', 'Disparue', 'B4', 'required', '=Message 0 : la cellule est vide.'],
    ]);
    // Text cells first, so a message beginning with "=" stays text; link cells keep General.
    expect(fake.valueAt('Contrôles!A2:E5', 'numberFormat')).toEqual([
      ['@', '@', null, '@', '@'],
      ['@', '@', null, '@', '@'],
      ['@', '@', null, '@', '@'],
      ['@', '@', '@', '@', '@'],
    ]);
    expect(fake.valueAt('Contrôles!C2:C5', 'formulas')).toEqual([
      [`=HYPERLINK("#'Actions'!C2","C2")`],
      [`=HYPERLINK("#'Actions'!C3","C3")`],
      [`=HYPERLINK("#'L''autre'!B4","B4")`],
      [null],
    ]);
    const add = fake.calls('tables.add').find((c) => c.target === 'sheet:Contrôles');
    expect(fake.targetOf(add?.args[0])).toBe('Contrôles!A1:E5');
    expect(fake.valueAt('table:Contrôles', 'name')).toBe('Controles');
  });

  it('replaces an existing Contrôles sheet', async () => {
    const fake = new FakeExcel(workbook([{ name: 'Contrôles' }])).install();
    await new OfficeWorkbook().writeReport(report(1));
    const deleted = fake.log.findIndex(
      (c) => c.kind === 'call' && c.target === 'sheet:Contrôles' && c.path === 'delete',
    );
    const added = fake.log.findIndex(
      (c) => c.kind === 'call' && c.target === 'worksheets' && c.path === 'add',
    );
    expect(deleted).toBeGreaterThan(-1);
    expect(deleted).toBeLessThan(added);
  });

  it('fills highlights per sheet and severity with getRanges (ExcelApi 1.9), unprotecting around them', async () => {
    excelApiUpTo(9);
    const fake = new FakeExcel(workbook()).install();
    await new OfficeWorkbook().writeReport(report(5));
    const fills = fake.sets('format.fill.color').filter((c) => c.target.startsWith('Actions!'));
    expect(fills).toEqual([
      { target: 'Actions!C2,C5', path: 'format.fill.color', value: '#F8CBAD' },
      { target: 'Actions!C3,C6', path: 'format.fill.color', value: '#FFE699' },
      { target: 'Actions!C4', path: 'format.fill.color', value: '#DDEBF7' },
    ]);
    const order = fake.log.flatMap((c) =>
      c.kind === 'call' && c.target === 'sheet:Actions' ? [c.path] : [],
    );
    expect(order.filter((p) => p.startsWith('protection.') || p === 'getRanges')).toEqual([
      'protection.unprotect',
      'getRanges',
      'getRanges',
      'getRanges',
      'protection.protect',
    ]);
    // Protected again as it was.
    expect(fake.calls('protection.protect')[0]?.args).toEqual([
      { allowSort: true, selectionMode: 'Normal' },
    ]);
    // Severity column of the report, as runs of rows.
    expect(fake.sets('format.fill.color').filter((c) => c.target.startsWith('Contrôles!'))).toEqual(
      [
        { target: 'Contrôles!A2,A5', path: 'format.fill.color', value: '#F8CBAD' },
        { target: 'Contrôles!A3,A6', path: 'format.fill.color', value: '#FFE699' },
        { target: 'Contrôles!A4', path: 'format.fill.color', value: '#DDEBF7' },
      ],
    );
  });

  it('fills cell by cell in the same batch without getRanges (ExcelApi 1.8)', async () => {
    excelApiUpTo(8);
    const fake = new FakeExcel(workbook()).install();
    await new OfficeWorkbook().writeReport(report(4));
    expect(fake.calls('getRanges')).toEqual([]);
    expect(fake.sets('format.fill.color').filter((c) => c.target.startsWith('Actions!'))).toEqual([
      { target: 'Actions!C2', path: 'format.fill.color', value: '#F8CBAD' },
      { target: 'Actions!C5', path: 'format.fill.color', value: '#F8CBAD' },
      { target: 'Actions!C3', path: 'format.fill.color', value: '#FFE699' },
      { target: 'Actions!C4', path: 'format.fill.color', value: '#DDEBF7' },
    ]);
  });

  it('says in French that the report is written when the highlights fail', async () => {
    const fake = new FakeExcel(workbook()).install();
    const failing = fake.context.sync as () => Promise<void>;
    let n = 0;
    fake.context.sync = async () => {
      n++;
      if (n === 3) throw new Error('The cell or chart is on a protected sheet.');
      return failing();
    };
    await expect(new OfficeWorkbook().writeReport(report(1))).rejects.toThrow(
      /^Le rapport est écrit dans la feuille « Contrôles », mais les cellules en cause n’ont pas pu être surlignées/,
    );
  });
});
