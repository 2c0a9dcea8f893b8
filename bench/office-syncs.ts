import { reportLayout } from '../src/core/report/build-report';
import { buildPlan } from '../src/core/plan/build';
import type { ReportPlan } from '../src/core/plan/report-types';
import { ca } from '../src/core/templates/ca';
import { OfficeWorkbook } from '../src/workbook/office';
import { StrictExcel } from '../test/office/excel';
import { benchData } from './generate';

/**
 * Office.js side: context.sync() calls and API calls of create, read (check) and write report,
 * counted on office-addin-mock with an instrumented sync. The sync count must not grow with rows.
 */
function report(rows: number): ReportPlan {
  const list = Array.from({ length: rows }, (_, i) => ({
    severity: 'warning' as const,
    severityLabel: 'Avertissement',
    sheet: 'Actions',
    cell: `B${i + 2}`,
    rule: 'required',
    message: `Actions!B${i + 2} : la colonne « Objectif opérationnel » est vide.`,
  }));
  return {
    sheet: 'Contrôles',
    headers: ['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message'],
    rows: list,
    ...reportLayout(list, 'fr'),
    highlights: Array.from({ length: rows }, (_, i) => ({
      sheet: 'Actions',
      cell: `B${i + 2}`,
      severity: 'warning' as const,
    })),
  };
}

const MB = (bytes: number) => (bytes / 1_000_000).toFixed(2);

function row(operation: string, n: number, excel: StrictExcel, from: number): string {
  const syncs = excel.syncs.slice(from);
  const request = Math.max(0, ...syncs.map((s) => s.request));
  const response = Math.max(0, ...syncs.map((s) => s.response));
  const commands = syncs.reduce((sum, s) => sum + s.commands, 0);
  return `| ${operation} | ${n} | ${syncs.length} | ${commands} | ${MB(request)} | ${MB(response)} |`;
}

/**
 * Office.js side, on the strict fake Excel (test/office/excel): context.sync() calls, commands,
 * and the largest request and response of create (render), check (read values), write
 * report and fix all (setValues). Excel on the web refuses a request or a response over 5 MB: syncs grow by one per
 * chunk of about 4 MB, never per row.
 */
export async function officeSyncs(sizes: number[]): Promise<string[]> {
  const lines = [
    '| operation | rows | context.sync() | commands | largest request (MB) | largest response (MB) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const n of sizes) {
    const plan = buildPlan(ca, {
      data: { Actions: benchData(n).Actions! },
      now: new Date('2026-01-15T00:00:00Z'),
    });
    for (const minor of [9, 8]) {
      // Range.copyFrom comes with ExcelApi 1.9: without it every row's formulas are sent.
      const excel = new StrictExcel({ version: minor }).install();
      excel.addSheet('Feuil1');
      await new OfficeWorkbook().render(plan);
      const how = minor === 9 ? 'ExcelApi 1.9, copyFrom' : 'ExcelApi 1.8';
      lines.push(row(`create (render, ${how})`, n, excel, 0));
      if (minor === 8) continue;
      let from = excel.syncs.length;
      await new OfficeWorkbook().readValues();
      lines.push(row('check (read values)', n, excel, from));
      from = excel.syncs.length;
      await new OfficeWorkbook().writeReport(report(n));
      lines.push(row('write report (protected Actions)', n, excel, from));
      from = excel.syncs.length;
      // « Tout corriger » (and its undo): one typed cell of each row, in one batch.
      await new OfficeWorkbook().setValues(
        Array.from({ length: n }, (_, i) => ({ sheet: 'Actions', cell: `B${i + 2}`, value: '=x' })),
      );
      lines.push(row('fix all (setValues, protected Actions)', n, excel, from));
      excel.uninstall();
    }
  }
  return lines;
}

if (require.main === module) {
  void officeSyncs([100, 10000]).then((l) => process.stdout.write(`${l.join('\n')}\n`));
}
