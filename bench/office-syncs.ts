import { buildPlan } from '../src/core/plan/build';
import type { ReportPlan } from '../src/core/plan/report-types';
import { ca } from '../src/core/templates/ca';
import { OfficeWorkbook } from '../src/workbook/office';
import { FakeExcel } from '../test/office/fake-excel';
import { excelApiUpTo, noOffice } from '../test/office/requirements-mock';
import { benchData } from './generate';

/**
 * Office.js side: context.sync() calls and API calls of create, read (check) and write report,
 * counted on office-addin-mock with an instrumented sync. The sync count must not grow with rows.
 */
function report(rows: number): ReportPlan {
  return {
    sheet: 'Contrôles',
    headers: ['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message'],
    rows: Array.from({ length: rows }, (_, i) => ({
      severity: 'warning' as const,
      severityLabel: 'Avertissement',
      sheet: 'Actions',
      cell: `B${i + 2}`,
      rule: 'required',
      message: `Actions!B${i + 2} : la colonne « Objectif opérationnel » est vide.`,
    })),
    highlights: Array.from({ length: rows }, (_, i) => ({
      sheet: 'Actions',
      cell: `B${i + 2}`,
      severity: 'warning' as const,
    })),
  };
}

function readSeed(rows: number) {
  const body = Array.from({ length: rows }, (_, i) => [`A${i + 1}`, `Action ${i + 1}`, 'OUI']);
  return {
    sheets: [
      { name: 'Actions' },
      {
        name: '_meta',
        used: [
          ['template', 'ca'],
          ['version', 1],
        ],
      },
    ],
    tables: [
      {
        name: 'Actions',
        sheet: 'Actions',
        address: `Actions!$A$1:$C$${rows + 1}`,
        values: [['N° action', "Intitulé de l'action", 'Triangulation'], ...body],
        formulas: [
          ['N° action', "Intitulé de l'action", 'Triangulation'],
          ...body.map((r) => [r[0], r[1], '=IF(1,"OUI","NON")']),
        ],
        numberFormat: [
          ['General', 'General', 'General'],
          ...body.map(() => ['General', 'General', 'General']),
        ],
      },
    ],
  };
}

export async function officeSyncs(sizes: number[]): Promise<string[]> {
  const lines = [
    '| operation | rows | context.sync() | API calls (sets + calls) |',
    '|---|---:|---:|---:|',
  ];
  for (const n of sizes) {
    const plan = buildPlan(ca, {
      data: { Actions: benchData(n).Actions! },
      now: new Date('2026-01-15T00:00:00Z'),
    });
    for (const minor of [9, 8]) {
      // Range.copyFrom comes with ExcelApi 1.9: without it every row's formulas are sent.
      excelApiUpTo(minor);
      const create = new FakeExcel({ sheets: [{ name: 'Feuil1' }] }).install();
      await new OfficeWorkbook().render(plan);
      const how = minor === 9 ? 'ExcelApi 1.9, copyFrom' : 'ExcelApi 1.8';
      lines.push(
        `| create (render, ${how}) | ${n} | ${create.syncs} | ${create.log.filter((c) => c.kind !== 'sync').length} |`,
      );
    }
    noOffice();
    const read = new FakeExcel(readSeed(n)).install();
    await new OfficeWorkbook().readValues();
    lines.push(
      `| check (read values) | ${n} | ${read.syncs} | ${read.log.filter((c) => c.kind !== 'sync').length} |`,
    );
    const write = new FakeExcel({ sheets: [{ name: 'Actions' }] }).install();
    await new OfficeWorkbook().writeReport(report(n));
    lines.push(
      `| write report | ${n} | ${write.syncs} | ${write.log.filter((c) => c.kind !== 'sync').length} |`,
    );
  }
  return lines;
}

if (require.main === module) {
  void officeSyncs([100, 10000]).then((l) => process.stdout.write(`${l.join('\n')}\n`));
}
