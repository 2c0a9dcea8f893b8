import type ExcelJS from 'exceljs';
import type { CheckResult } from '../core/check';
import { buildPlan } from '../core/plan/build';
import { buildReport } from '../core/report/build-report';
import { getTemplate } from '../core/templates';
import { withModules } from '../core/templates/compose';
import type { Lang } from '../core/templates/types';
import { carryCharts } from '../workbook/xlsx/charts';
import { planFormulas, restoreCalculatedColumns } from '../workbook/xlsx/render';
import { addReportSheet } from '../workbook/xlsx/report';
import { writeOutput } from './write-file';

/**
 * `check --write`: a copy of the workbook with the Contrôles sheet and the faulty cells
 * highlighted. A module of its own so that `check` without --write never loads ExcelJS's writer.
 */
export async function writeReportCopy(
  wb: ExcelJS.Workbook,
  result: CheckResult,
  lang: Lang,
  out: string,
  force: boolean,
  input: string,
  original: Uint8Array,
): Promise<void> {
  addReportSheet(wb, buildReport(result, lang));
  // ExcelJS reads a missing firstPageNumber as 1 and writes it back with useFirstPageNumber:
  // every sheet of the copy would print « Page 1 / N » again.
  for (const ws of wb.worksheets) delete ws.pageSetup.firstPageNumber;
  const buffer = await wb.xlsx.writeBuffer();
  const t = withModules(getTemplate(result.template!)!, result.modules ?? []);
  const formulas = planFormulas(buildPlan(t, { lang }));
  const copy = await restoreCalculatedColumns(buffer as ArrayBuffer, formulas);
  writeOutput(out, await carryCharts(original, copy), force, [input]);
}
