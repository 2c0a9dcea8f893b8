import { buildDialogue, dialogueMissions } from '../core/bilan/dialogue';
import { editDistance, looseText } from '../core/read/normalise';
import type { Row } from '../core/values/cell';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { oneInOneOut, type Io } from './commands';
import { langOption, readRecords } from './read-records';
import { checkOutput, writeOutput } from './write-file';

const list = (xs: string[]) => xs.map((x) => `« ${x} »`).join(', ');

/**
 * Why no page can be made for the mission asked: on the ACI sheet but without any figure, or
 * absent, with the missions it may have meant (accents, case, spaces ignored; part of a name;
 * two letters apart), then those that have a page.
 */
function missionRefusal(mission: string, missions: string[], aci: Row[], name: string): string {
  const key = looseText(mission);
  const onSheet = aci.some(
    (r) => typeof r['mission'] === 'string' && looseText(r['mission']) === key,
  );
  const known = `Missions chiffrées : ${list(missions)}.`;
  if (onSheet && !missions.some((m) => looseText(m) === key))
    return `La mission « ${mission} » est sur la feuille ACI de « ${name} », mais sans montant (part fixe, part variable maximale), ni indicateur, ni dépense : rien à préparer ; saisissez d'abord ses montants du contrat. ${known}`;
  const near = missions.filter((m) => {
    const k = looseText(m);
    return k === key || k.includes(key) || editDistance(k, key) <= 2;
  });
  const hint = near.length > 0 ? ` Vouliez-vous dire ${list(near)} ?` : '';
  return `Mission « ${mission} » absente de la feuille ACI de « ${name} ».${hint} ${known}`;
}

/**
 * `trepied dialogue suivi.xlsx [--mission M] -o dialogue.xlsx`: the « Dialogue de gestion » of a
 * CPTS, one print-ready page per ACI mission (funding, payments by date, contract indicators and
 * their proofs, expenses). The input is never written.
 */
export async function runDialogue(args: ParsedArgs, io: Io): Promise<number> {
  const { file, out } = oneInOneOut('dialogue', args);
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
    throw new UsageError(missionRefusal(mission, missions, tables['ACI'] ?? [], name));
  const plan = buildDialogue(t, tables, { lang, issues, ...(mission ? { mission } : {}) });
  writeOutput(out, await planToXlsx(plan), force, [file]);
  const pages = plan.sheets.length;
  io.out(
    `Dialogue de gestion écrit : ${out} (${pages} page${pages > 1 ? 's' : ''}, une par mission : ${list(plan.sheets.map((s) => s.name))})`,
  );
  return 0;
}
