import { BILAN_PERIODS, buildBilan, type BilanPeriod } from '../core/bilan/build';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { usageError, type Io } from './commands';
import { langOption, readRecords } from './read-records';
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
  const [file] = args.positionals;
  const out = args.options.get('output');
  if (!file || args.positionals.length > 1 || !out) throw usageError('bilan');
  const when = period(args.options.get('periode'));
  const lang = langOption(args.options.get('lang'));
  const force = args.flags.has('force');
  checkOutput(out, force, [file]);
  const { template: t, tables, name } = await readRecords(file);
  const porteur = args.options.get('porteur')?.trim();
  if (porteur !== undefined) {
    const owners = new Set(
      Object.values(tables)
        .flat()
        .map((r) => r['owner'])
        .filter((v): v is string => typeof v === 'string' && v.trim() !== ''),
    );
    if (![...owners].some((o) => o.trim().toLowerCase() === porteur.toLowerCase()))
      throw new UsageError(
        `Porteur « ${porteur} » absent des actions de « ${name} »${owners.size ? ` : ${[...owners].map((o) => `« ${o} »`).join(', ')}` : ''}.`,
      );
  }
  const plan = buildBilan(t, tables, { period: when, lang, ...(porteur ? { porteur } : {}) });
  writeOutput(out, await planToXlsx(plan), force, [file]);
  io.out(
    `Bilan ${when === 'annuel' ? 'annuel' : when}${porteur ? ` de « ${porteur} »` : ''} écrit : ${out}`,
  );
  return 0;
}
