import type { CheckResult } from '../core/check';
import { buildReport } from '../core/report/build-report';
import type { Lang } from '../core/templates/types';
import { addReportToPackage } from '../workbook/xlsx/report-copy';
import { UnreadableWorkbook } from '../workbook/xlsx/sniff';

/**
 * `check --write`: a copy of the workbook with the Contrôles sheet and the faulty cells
 * highlighted, added to the original package (nothing else of it is rewritten). A module of its
 * own so that `check` without --write never loads the writer. A package it cannot complete gets
 * a French message saying the check itself is fine.
 */
export async function reportCopy(
  result: CheckResult,
  lang: Lang,
  name: string,
  original: Uint8Array,
): Promise<Uint8Array> {
  try {
    return await addReportToPackage(original, buildReport(result, lang));
  } catch (e) {
    throw new UnreadableWorkbook(
      'corrupt',
      `« ${name} » a été contrôlé, mais sa copie avec le rapport ne peut pas être écrite (${(e as Error).message}). Lancez trepied check sans --write, ou enregistrez le classeur dans Excel puis recommencez.`,
    );
  }
}
