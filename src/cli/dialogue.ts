import { buildDialogue, dialogueMissions } from '../core/bilan/dialogue';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { usageError, type Io } from './commands';
import { langOption, readRecords } from './read-records';
import { checkOutput, writeOutput } from './write-file';

const list = (xs: string[]) => xs.map((x) => `« ${x} »`).join(', ');

/**
 * `trepied dialogue suivi.xlsx [--mission M] -o dialogue.xlsx`: the « Dialogue de gestion » of a
 * CPTS, one print-ready page per ACI mission (funding, payments by date, contract indicators and
 * their proofs, expenses). The input is never written.
 */
export async function runDialogue(args: ParsedArgs, io: Io): Promise<number> {
  const [file] = args.positionals;
  const out = args.options.get('output');
  if (!file || args.positionals.length > 1 || !out) throw usageError('dialogue');
  const lang = langOption(args.options.get('lang'));
  const force = args.flags.has('force');
  checkOutput(out, force, [file]);
  const { template: t, tables, name, issues } = await readRecords(file);
  if (t.id !== 'cpts')
    throw new UsageError(
      `« ${name} » est un classeur ${t.id} : le dialogue de gestion se prépare sur un classeur cpts (financement ACI).`,
    );
  const missions = dialogueMissions(tables);
  const mission = args.options.get('mission')?.trim();
  if (missions.length === 0)
    throw new UsageError(
      `« ${name} » n'a aucune mission ACI chiffrée (feuille ACI : part fixe ou variable, indicateurs, dépenses) : rien à préparer.`,
    );
  if (mission !== undefined && !missions.some((m) => m.toLowerCase() === mission.toLowerCase()))
    throw new UsageError(
      `Mission « ${mission} » absente de la feuille ACI de « ${name} » : ${list(missions)}.`,
    );
  const plan = buildDialogue(t, tables, { lang, issues, ...(mission ? { mission } : {}) });
  writeOutput(out, await planToXlsx(plan), force, [file]);
  const pages = plan.sheets.length;
  io.out(
    `Dialogue de gestion écrit : ${out} (${pages} page${pages > 1 ? 's' : ''}, une par mission : ${list(plan.sheets.map((s) => s.name))})`,
  );
  return 0;
}
