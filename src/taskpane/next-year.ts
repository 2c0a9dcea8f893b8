/**
 * « À partir du classeur de l'an dernier », the logic: last year's file read in the browser and
 * carried like `trepied new --from` does. Loaded through import() only (ExcelJS stays out of the
 * entry chunk).
 */
import { carryForward, describeCarry, type BaselineChoice } from '../core/carry';
import { CARRY } from '../core/templates/carry';
import type { WorkbookPlan } from '../core/plan/types';
import type { Lang } from '../core/templates/types';
import { ConsolidateError, readRestored, type InputFile } from './consolidate';
import type { Strings } from './strings';

/** Next year's sheets from last year's file, and the report of what is carried and left. */
export async function fileToNextYear(
  file: InputFile,
  baseline: BaselineChoice,
  t: Strings,
  lang: Lang,
): Promise<{ lines: string[]; workbook: WorkbookPlan }> {
  const restored = await readRestored(file, t, lang);
  if (!CARRY[restored.template.id])
    throw new ConsolidateError([
      lang === 'fr'
        ? `Le modèle ${restored.template.id} ne se reprend pas d’une année sur l’autre.`
        : `Template ${restored.template.id} cannot start a year from another.`,
    ]);
  const carried = carryForward(restored, { baseline, lang: restored.lang });
  return { lines: describeCarry(carried.report, lang), workbook: carried.plan };
}
