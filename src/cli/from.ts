import { BASELINE_CHOICES, carryForward, describeCarry, type BaselineChoice } from '../core/carry';
import { CARRY } from '../core/templates/carry';
import type { Lang, TemplateDef } from '../core/templates/types';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { readRestored } from './read-input';
import { checkOutput, writeOutput } from './write-file';

function baselineChoice(value: string | undefined): BaselineChoice {
  if (value === undefined) return 'cumul';
  const v = value.trim().toLowerCase().replace('é', 'e');
  const found = BASELINE_CHOICES.find((c) => c === v);
  if (!found)
    throw new UsageError(
      `Valeur inconnue « ${value} » pour --valeur-initiale : ${BASELINE_CHOICES.join(', ')} (cumul : la valeur réalisée l'an dernier devient la valeur initiale des indicateurs cumulés ; toutes : de tous les indicateurs renseignés ; inchangee : les valeurs initiales restent celles saisies).`,
    );
  return found;
}

/**
 * `trepied new ca suivi-2026.xlsx --from suivi-2025.xlsx`: next year's workbook from this year's
 * (any version: upgraded first), and a report of what was carried and left. The input is read
 * through the project's reader and never written.
 */
export async function runNewFrom(
  t: TemplateDef,
  file: string,
  from: string,
  args: ParsedArgs,
  out: (s: string) => void,
): Promise<number> {
  if (!CARRY[t.id])
    throw new UsageError(`Le modèle ${t.id} ne se reprend pas d'une année sur l'autre (--from).`);
  for (const other of ['example', 'config', 'avec'])
    if (args.flags.has(other) || args.options.has(other))
      throw new UsageError(
        `--from ne se combine pas avec --${other} : le nouveau classeur part de « ${from} ».`,
      );
  const baseline = baselineChoice(args.options.get('valeur-initiale'));
  const force = args.flags.has('force');
  checkOutput(file, force, [from]);
  const restored = await readRestored(from);
  if (restored.template.id !== t.id)
    throw new UsageError(
      `« ${from} » est un classeur du modèle ${restored.template.id}, pas ${t.id} : trepied new ${restored.template.id} ${file} --from ${from}`,
    );
  const lang = (args.options.get('lang') as Lang | undefined) ?? restored.lang;
  const carried = carryForward(restored, { baseline, lang });
  writeOutput(file, await planToXlsx(carried.plan), force, [from]);
  out(
    [
      ...describeCarry(carried.report, lang),
      lang === 'fr'
        ? `Classeur de l'année suivante écrit : ${file}`
        : `Next year's workbook written: ${file}`,
    ].join('\n'),
  );
  return 0;
}
