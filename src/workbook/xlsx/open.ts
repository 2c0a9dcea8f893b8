import type ExcelJS from 'exceljs';
import { openPackage, readWorkbookFile } from './reader';
import { LIMITS, UnreadableWorkbook } from './sniff';

export { LIMITS, STREAMING_LIMITS, sniff, UnreadableWorkbook, type ZipLimits } from './sniff';

/** Open .xlsx bytes into ExcelJS's model (tests, the demo): read and recognised by the reader first. */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  return openForReport(bytes, name, await readWorkbookFile(bytes, name));
}

/**
 * Refuse what cannot be held in memory whole to be written back (an .ods, a package beyond the
 * in-memory limits), with a French message saying the check itself is fine.
 */
export function refuseInMemory(
  bytes: Uint8Array,
  name: string,
  values: { notes?: { ods?: boolean } },
): void {
  if (values.notes?.ods)
    throw new UnreadableWorkbook(
      'not-xlsx',
      `« ${name} » est un classeur OpenDocument (.ods) : il peut être contrôlé, mis à niveau et fusionné, mais pas complété d'un rapport ni modifié ici. Enregistrez-le au format .xlsx, ou lancez trepied check sans --write.`,
    );
  // Every part is held in memory: the tighter bound.
  openPackage(bytes, name, LIMITS);
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
  refuseInMemory(bytes, name, values);
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
