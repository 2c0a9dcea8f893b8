/**
 * Consolider, the logic: partner files read in the browser (ExcelJS), restored, merged or upgraded
 * like `trepied merge` and `trepied upgrade` do. The pane loads this module through import() only,
 * so that ExcelJS stays out of the entry and Excel-mode chunks.
 */
import { renderIssue } from '../core/i18n/render';
import { buildMergedPlan } from '../core/merge/build-merged';
import { describeMerge } from '../core/merge/describe';
import { isRefusal, planMerge } from '../core/merge/plan-merge';
import { mergeToData } from '../core/merge/to-data';
import type { MergePlan } from '../core/merge/types';
import type { WorkbookPlan } from '../core/plan/types';
import { restore } from '../core/restore/restore';
import type { Restored } from '../core/restore/types';
import type { Lang } from '../core/templates/types';
import { describeUpgrade } from '../core/upgrade/describe';
import { planUpgrade, upgradeToData, type UpgradePlan } from '../core/upgrade/upgrade';
import { readWorkbookFile } from '../workbook/xlsx/reader';
import type { Strings } from './strings';

/** A file as the pane holds it: its bytes and its name. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Why files could not be used, one line per file (or one for different templates). */
export class ConsolidateError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Every value of one file, recognised; a ConsolidateError saying why when it is not. */
export async function readRestored(file: InputFile, t: Strings, lang: Lang): Promise<Restored> {
  let values;
  try {
    values = await readWorkbookFile(file.bytes, file.name, { everything: true });
  } catch (e) {
    throw new ConsolidateError([e instanceof Error ? e.message : String(e)]);
  }
  const r = restore(values, file.name);
  if (!r.template) {
    const why = r.issues.map((i) => renderIssue(i, lang)).join(' ');
    throw new ConsolidateError([t.consolidate.unrecognised(file.name, why)]);
  }
  return r;
}

/**
 * Every file restored, in order; `onProgress` after each. All failures are gathered into one
 * ConsolidateError (a line per file), so that one look says which files to fix.
 */
export async function readAll(
  files: InputFile[],
  t: Strings,
  lang: Lang,
  onProgress?: (done: number, total: number) => void,
): Promise<Restored[]> {
  const restored: Restored[] = [];
  const failures: string[] = [];
  for (const [i, file] of files.entries()) {
    try {
      restored.push(await readRestored(file, t, lang));
    } catch (e) {
      failures.push(...(e instanceof ConsolidateError ? e.lines : [String(e)]));
    }
    onProgress?.(i + 1, files.length);
    // Let the progress bar paint between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (failures.length > 0) throw new ConsolidateError(failures);
  return restored;
}

/** What merging these workbooks would do; a ConsolidateError when their templates differ. */
export function planMergeOf(restored: Restored[], t: Strings): MergePlan {
  const plan = planMerge(restored);
  if (isRefusal(plan)) {
    const list = plan.files.map((f) => `« ${f.file} » (${f.template})`).join(', ');
    throw new ConsolidateError([t.consolidate.refused(list)]);
  }
  return plan;
}

/** The dry run shown before merging: files, template and version, rows, every conflict. */
export function mergeDryRun(plan: MergePlan, renumber: boolean, lang: Lang): string {
  return describeMerge(plan, renumber, lang).join('\n');
}

/** Files (bytes and names) to the merge plan and its dry-run text, as `trepied merge --check`. */
export async function filesToMergeDryRun(
  files: InputFile[],
  options: { renumber: boolean; lang: Lang; t: Strings },
  onProgress?: (done: number, total: number) => void,
): Promise<{ plan: MergePlan; text: string; lang: Lang }> {
  const restored = await readAll(files, options.t, options.lang, onProgress);
  const plan = planMergeOf(restored, options.t);
  return {
    plan,
    text: mergeDryRun(plan, options.renumber, options.lang),
    lang: restored[0]?.lang ?? 'fr',
  };
}

/** The merged workbook's sheets, in the first workbook's language (as the CLI writes it). */
export function mergedPlan(plan: MergePlan, renumber: boolean, lang: Lang): WorkbookPlan {
  return buildMergedPlan(mergeToData(plan, { renumber }), { lang });
}

/** One older workbook: the upgrade summary and the sheets of its current-version copy. */
export async function fileToUpgrade(
  file: InputFile,
  t: Strings,
  lang: Lang,
): Promise<{ plan: UpgradePlan; text: string; workbook: WorkbookPlan }> {
  const restored = await readRestored(file, t, lang);
  const plan = planUpgrade(restored);
  const text = describeUpgrade(plan, lang).join('\n');
  const workbook = buildMergedPlan(upgradeToData(restored), { lang: restored.lang });
  return { plan, text, workbook };
}
