import { buildMergedPlan } from '../core/merge/build-merged';
import { describeUpgrade } from '../core/upgrade/describe';
import { planUpgrade, upgradeToData } from '../core/upgrade/upgrade';
import { describeMoved, tablesMovedToOthers } from '../core/restore/moved';
import { planToXlsx } from '../workbook/xlsx/render';
import type { ParsedArgs } from './args';
import { oneInOneOut, type Io } from './commands';
import { readRestored } from './read-input';
import { checkOutput, writeOutput } from './write-file';

/**
 * `trepied upgrade old.xlsx -o new.xlsx`: a new workbook of the current template version holding
 * every typed value, and a French summary of what moved. The input is never written.
 */
export async function runUpgrade(args: ParsedArgs, io: Io): Promise<number> {
  const { file, out } = oneInOneOut('upgrade', args);
  checkOutput(out, args.flags.has('force'), [file]);
  const restored = await readRestored(file);
  const plan = planUpgrade(restored);
  const workbook = buildMergedPlan(upgradeToData(restored), { lang: restored.lang });
  writeOutput(out, await planToXlsx(workbook), args.flags.has('force'), [file]);
  io.out([...describeUpgrade(plan), `Classeur mis à niveau écrit : ${out}`].join('\n'));
  // A whole table of the contract moved to Autres données is not a successful upgrade.
  const moved = tablesMovedToOthers(restored);
  if (moved.length > 0) io.err(describeMoved(moved).join('\n'));
  return moved.length > 0 ? 1 : 0;
}
