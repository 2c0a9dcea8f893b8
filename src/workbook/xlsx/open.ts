import type ExcelJS from 'exceljs';
import { openPackage, readWorkbookFile } from './reader';
import { LIMITS, UnreadableWorkbook } from './sniff';

export { LIMITS, STREAMING_LIMITS, sniff, UnreadableWorkbook, type ZipLimits } from './sniff';

/** Open .xlsx bytes into ExcelJS's model (tests, the demo): read and recognised by the reader first. */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  return openForReport(bytes, name, await readWorkbookFile(bytes, name));
}

/**
 * The writer's model of a workbook already read (check --write): ExcelJS loads it to add the
 * report sheet. A file the reader accepted but ExcelJS cannot load gets a French message saying
 * the check itself is fine.
 */
export async function openForReport(
  bytes: Uint8Array,
  name: string,
  values: { notes?: { ods?: boolean } },
): Promise<ExcelJS.Workbook> {
  if (values.notes?.ods)
    throw new UnreadableWorkbook(
      'not-xlsx',
      `« ${name} » est un classeur OpenDocument (.ods) : il peut être contrôlé, mis à niveau et fusionné, mais pas complété d'un rapport ni modifié ici. Enregistrez-le au format .xlsx, ou lancez trepied check sans --write.`,
    );
  // ExcelJS holds every part in memory: the tighter bound of its model.
  openPackage(bytes, name, LIMITS);
  // ExcelJS is loaded only here: `trepied check` without --write never needs its model.
  const { loadXlsx, MAX_MERGES, TooManyMerges } = await import('./load');
  try {
    return await loadXlsx(bytes);
  } catch (e) {
    if (e instanceof TooManyMerges)
      throw new UnreadableWorkbook(
        'too-large',
        `« ${name} » a été contrôlé, mais il contient plus de ${MAX_MERGES} fusions de cellules : la copie avec le rapport n'est pas écrite (elle prendrait trop de temps). Lancez trepied check sans --write.`,
      );
    throw new UnreadableWorkbook(
      'corrupt',
      `« ${name} » a été contrôlé, mais sa copie avec le rapport ne peut pas être écrite (${(e as Error).message}). Lancez trepied check sans --write, ou enregistrez le classeur dans Excel puis recommencez.`,
    );
  }
}
