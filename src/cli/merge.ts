import * as path from 'path';
import { buildMergedPlan } from '../core/merge/build-merged';
import { describeMerge } from '../core/merge/describe';
import { isRefusal, planMerge } from '../core/merge/plan-merge';
import { mergeToData } from '../core/merge/to-data';
import type { Restored } from '../core/restore/types';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { describeMoved, tablesMovedToOthers } from '../core/restore/moved';
import { usageError, type Io } from './commands';
import { readRestored } from './read-input';
import { checkOutput, writeOutput } from './write-file';

/** From this many files on (more than five), progress goes to stderr. */
const PROGRESS_FROM = 6;

/**
 * `trepied merge a.xlsx b.xlsx … -o programme.xlsx`: one workbook with every partner's rows and
 * their Provenance. Exit 0 merged; 1 merged with an identifier still twice (all rows kept and
 * listed, the checker will report it); 2 nothing written (unreadable file, different templates,
 * usage). `--check` writes nothing and says what would be merged.
 */
export async function runMerge(args: ParsedArgs, io: Io): Promise<number> {
  const files = args.positionals;
  const out = args.options.get('output');
  const dryRun = args.flags.has('check');
  const renumber = args.flags.has('renumber');
  if (files.length === 0 || (!out && !dryRun)) throw usageError('merge');
  const seen = new Set<string>();
  for (const f of files) {
    const p = path.resolve(f);
    if (seen.has(p))
      throw new UsageError(`« ${f} » est donné deux fois : chaque classeur une seule fois.`);
    seen.add(p);
  }
  if (out && !dryRun) checkOutput(out, args.flags.has('force'), files);
  const restored: Restored[] = [];
  for (const [i, f] of files.entries()) {
    if (files.length >= PROGRESS_FROM) io.err(`Lecture ${i + 1}/${files.length} : ${f}`);
    restored.push(await readRestored(f));
  }
  const plan = planMerge(restored);
  if (isRefusal(plan)) {
    const list = plan.files.map((f) => `« ${path.basename(f.file)} » (${f.template})`).join(', ');
    throw new UsageError(
      `les classeurs ne sont pas du même modèle : ${list}. On ne fusionne que des classeurs d'un même modèle (ca avec ca, cpts avec cpts).`,
    );
  }
  io.out(describeMerge(plan, renumber, 'fr', dryRun ? undefined : out).join('\n'));
  const moved = restored.flatMap(tablesMovedToOthers);
  if (moved.length > 0) io.err(describeMoved(moved).join('\n'));
  // Settled conflicts only inform (a Programme field's first value kept, the other carried; a
  // shared row of free text twice); an identifier twice is not: the checker will report it.
  const identifier = (table: string) => {
    const def = plan.template.tables.find((d) => d.name === table);
    return def?.columns.find((c) => c.id === def.key)?.kind === 'id';
  };
  const unresolved = plan.conflicts.filter(
    (c) =>
      (c.kind === 'shared-differs' && identifier(c.table)) ||
      (c.kind === 'duplicate-key' && !renumber) ||
      // Copied rows are kept and would count twice: the coordinator must look.
      c.kind === 'duplicate-row',
  );
  const duplicates = unresolved.some((c) => c.kind === 'duplicate-key');
  if (dryRun) {
    io.out('Vérification seule (--check) : aucun fichier écrit.');
    return unresolved.length > 0 || moved.length > 0 ? 1 : 0;
  }
  const lang = restored[0]?.lang ?? 'fr';
  if (files.length >= PROGRESS_FROM) io.err('Écriture du classeur fusionné…');
  const workbook = buildMergedPlan(mergeToData(plan, { renumber }), { lang });
  writeOutput(out as string, await planToXlsx(workbook), args.flags.has('force'), files);
  io.out(
    `Classeur fusionné écrit : ${out}${duplicates ? ' (identifiants en double gardés : relancez avec --renumber pour les renuméroter)' : ''}`,
  );
  return unresolved.length > 0 || moved.length > 0 ? 1 : 0;
}
