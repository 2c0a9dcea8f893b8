import { BILAN_PERIODS, type BilanPeriod } from '../core/bilan/build';
import { BilanRefused, bilanOf } from '../core/bilan/from-check';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { oneInOneOut, usageError, type Io } from './commands';
import { evolutionFrom } from './previous';
import { langOption, readChecked } from './read-records';
import { checkOutput, writeOutput } from './write-file';

function period(value: string | undefined): BilanPeriod {
  const v = value?.trim();
  const found = BILAN_PERIODS.find((p) => p.toLowerCase() === v?.toLowerCase());
  if (!found)
    throw new UsageError(
      `${v ? `Période inconnue « ${v} »` : 'Période manquante'} : --periode ${BILAN_PERIODS.join(', ')}.\n${usageError('bilan').message}`,
    );
  return found;
}

/**
 * `trepied bilan suivi.xlsx --periode T2 [--porteur NOM] -o bilan.xlsx`: the print-ready bilan
 * of a period (key figures, indicators to date, triangulation, answers and reasons, barriers and
 * levers, meetings), for the whole programme or one porteur. The input is never written.
 */
export async function runBilan(args: ParsedArgs, io: Io): Promise<number> {
  const { file, out } = oneInOneOut('bilan', args);
  const when = period(args.options.get('periode'));
  const lang = langOption(args.options.get('lang'));
  const force = args.flags.has('force');
  const precedent = args.options.get('precedent');
  if (precedent !== undefined && when !== 'annuel')
    throw new UsageError(
      `--precedent compare deux années : il s'emploie avec --periode annuel (pas ${when}).`,
    );
  if (precedent !== undefined && args.options.has('porteur'))
    throw new UsageError(
      '--precedent compare tout le programme : il ne se combine pas avec --porteur.',
    );
  const inputs = precedent !== undefined ? [file, precedent] : [file];
  checkOutput(out, force, inputs);
  const { result, name } = await readChecked(file);
  const porteur = args.options.get('porteur');
  const previous = precedent !== undefined ? await evolutionFrom(precedent, result) : undefined;
  let plan;
  try {
    plan = bilanOf(result, name, {
      period: when,
      lang,
      ...(porteur !== undefined ? { porteur } : {}),
      ...(previous ? { compared: { evolution: previous.evolution, file: previous.name } } : {}),
    });
  } catch (e) {
    if (e instanceof BilanRefused) throw new UsageError(e.message);
    throw e;
  }
  writeOutput(out, await planToXlsx(plan), force, inputs);
  io.out(
    lang === 'en'
      ? `${when === 'annuel' ? 'Annual report' : `Report for ${when}`}${porteur?.trim() ? ` of “${porteur.trim()}”` : ''}${previous ? `, compared with “${previous.name}”,` : ''} written: ${out}`
      : `Bilan ${when === 'annuel' ? 'annuel' : when}${porteur?.trim() ? ` de « ${porteur.trim()} »` : ''}${previous ? `, comparé à « ${previous.name} »,` : ''} écrit : ${out}`,
  );
  return 0;
}
