import { HEADER_STYLE } from '../../src/workbook/formats';
import { excelApiUpTo, noOffice } from './requirements-mock';
import { reportLayout } from '../../src/core/report/build-report';
import type { ReportPlan, ReportRow } from '../../src/core/plan/report-types';
import { OfficeWorkbook } from '../../src/workbook/office';
import { StrictExcel } from './excel';

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
    ...reportLayout(list, 'fr'),
    highlights: list.map((r) => ({ sheet: r.sheet, cell: r.cell, severity: r.severity })),
  };
}

/** Actions protected as Trépied leaves it (options below), plus `extra` sheets. */
const OPTIONS = { allowSort: true, selectionMode: 'Normal' };

function workbook(extra: string[] = [], version = 9, password?: string): StrictExcel {
  const excel = new StrictExcel({ version }).install();
  excel.addSheet('Actions');
  excel.protect('Actions', OPTIONS, password);
  for (const name of extra) excel.addSheet(name);
  return excel;
}

const column = (
  excel: StrictExcel,
  sheet: string,
  refs: string[],
  what: 'value' | 'formula' | 'numberFormat',
) => refs.map((ref) => excel.cell(sheet, ref)?.[what]);

const fill = (excel: StrictExcel, sheet: string, ref: string) =>
  excel.cell(sheet, ref)?.format['fill.color'];

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

describe('OfficeWorkbook.writeReport', () => {
  it.each([9, 8])(
    'makes the same number of syncs for 10 and 1000 rows (ExcelApi 1.%i)',
    async (minor) => {
      const a = workbook([], minor);
      await new OfficeWorkbook().writeReport(report(10));
      const b = workbook([], minor);
      await new OfficeWorkbook().writeReport(report(1000));
      // What exists; the Contrôles sheet; the highlights.
      expect(a.syncs).toHaveLength(3);
      expect(b.syncs).toHaveLength(3);
    },
  );

  it('writes headers and rows, messages as text, links as HYPERLINK formulas, in a table', async () => {
    const excel = workbook(["L'autre"]);
    const plan = report(2);
    plan.rows.push({ ...plan.rows[0]!, sheet: "L'autre", cell: 'B4' });
    plan.rows.push({ ...plan.rows[0]!, sheet: 'Disparue', cell: 'B4' });
    await new OfficeWorkbook().writeReport(plan);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Actions', "L'autre", 'Contrôles']);
    expect(column(excel, 'Contrôles', ['A1', 'B1', 'C1', 'D1', 'E1'], 'value')).toEqual(HEADERS);
    expect(column(excel, 'Contrôles', ['A2', 'A3', 'A4', 'A5'], 'value')).toEqual([
      'Erreur',
      'Avertissement',
      'Erreur',
      'Erreur',
    ]);
    // A message beginning with "=" stays text (Text cells written first).
    expect(column(excel, 'Contrôles', ['E2', 'E3'], 'value')).toEqual([
      '=Message 0 : la cellule est vide.',
      '=Message 1 : la cellule est vide.',
    ]);
    expect(column(excel, 'Contrôles', ['E2', 'E3'], 'formula')).toEqual([undefined, undefined]);
    expect(column(excel, 'Contrôles', ['C2', 'C3', 'C4', 'C5'], 'formula')).toEqual([
      `=HYPERLINK("#'Actions'!C2","C2")`,
      `=HYPERLINK("#'Actions'!C3","C3")`,
      `=HYPERLINK("#'L''autre'!B4","B4")`,
      // No link to a sheet that does not exist: the address as text.
      undefined,
    ]);
    expect(excel.cell('Contrôles', 'C5')?.value).toBe('B4');
    const table = excel.model.tables.find((t) => t.name === 'Controles');
    expect(table?.sheet.name).toBe('Contrôles');
    expect(table?.area).toEqual({ r1: 1, c1: 0, r2: 5, c2: 4 });
  });

  it('prints the Contrôles sheet as the file does where ExcelApi 1.9 has page layout', async () => {
    excelApiUpTo(9);
    try {
      const excel = workbook([], 9);
      const plan = report(40);
      await new OfficeWorkbook().writeReport(plan);
      expect(excel.syncs).toHaveLength(3);
      expect(excel.sheet('Contrôles').pageLayout).toMatchObject({
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1 },
        printArea: '$A$1:$E$41',
        titleRows: '$1:$1',
        headersFooters: { centerHeader: '&A', rightFooter: 'Page &P / &N' },
      });
      expect(excel.cell('Contrôles', 'A1')?.format['fill.color']).toBe(
        `#${HEADER_STYLE.fill.slice(2)}`,
      );
    } finally {
      noOffice();
    }
  });

  it('replaces an existing Contrôles sheet', async () => {
    const excel = workbook(['Contrôles']);
    excel.put('Contrôles', 'H9', [['ancien rapport']]);
    await new OfficeWorkbook().writeReport(report(1));
    expect(excel.model.sheets.filter((s) => s.name === 'Contrôles')).toHaveLength(1);
    expect(excel.cell('Contrôles', 'H9')).toBeUndefined();
    expect(excel.cell('Contrôles', 'A2')?.value).toBe('Erreur');
  });

  it.each([9, 8])(
    'fills highlights on the protected sheet and protects it again as it was (ExcelApi 1.%i)',
    async (minor) => {
      // At 1.8 the fake refuses getRanges: the fills go cell by cell.
      const excel = workbook([], minor);
      await new OfficeWorkbook().writeReport(report(5));
      expect(['C2', 'C3', 'C4', 'C5', 'C6'].map((c) => fill(excel, 'Actions', c))).toEqual([
        '#F8CBAD',
        '#FFE699',
        '#DDEBF7',
        '#F8CBAD',
        '#FFE699',
      ]);
      expect(excel.sheet('Actions').protection).toEqual({ protected: true, options: OPTIONS });
      // The severity column of the report.
      expect(['A2', 'A3', 'A4', 'A5'].map((c) => fill(excel, 'Contrôles', c))).toEqual([
        '#F8CBAD',
        '#FFE699',
        '#DDEBF7',
        '#F8CBAD',
      ]);
    },
  );

  it('says in French that the report is written when the highlights fail (a password)', async () => {
    const excel = workbook([], 9, 'secret');
    await expect(new OfficeWorkbook().writeReport(report(1))).rejects.toThrow(
      /^Le rapport est écrit dans la feuille « Contrôles », mais les cellules en cause n’ont pas pu être surlignées/,
    );
    expect(excel.cell('Contrôles', 'A2')?.value).toBe('Erreur');
    expect(fill(excel, 'Actions', 'C2')).toBeUndefined();
    expect(excel.sheet('Actions').protection.protected).toBe(true);
  });
});
