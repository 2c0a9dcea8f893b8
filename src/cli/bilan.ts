import * as path from 'path';
import { BILAN_PERIODS, buildBilan, type BilanPeriod } from '../core/bilan/build';
import { checkWorkbook } from '../core/check';
import { renderIssue } from '../core/i18n/render';
import { getTemplate } from '../core/templates';
import type { Lang } from '../core/templates/types';
import type { Row } from '../core/values/cell';
import { UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookFile } from '../workbook/xlsx/reader';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { usageError, type Io } from './commands';
import { readBytes } from './read-bytes';
import { evolutionFrom } from './previous';
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
  const lang = (args.options.get('lang') ?? 'fr') as Lang;
  if (lang !== 'fr' && lang !== 'en')
    throw new UsageError(`Langue inconnue « ${lang} » : fr ou en.`);
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
  const name = path.basename(file);
  let values;
  try {
    values = await readWorkbookFile(readBytes(file), name);
  } catch (e) {
    if (e instanceof UnreadableWorkbook) throw new UsageError(e.message);
    throw e;
  }
  const result = checkWorkbook(values);
  const t = result.template ? getTemplate(result.template) : undefined;
  if (!t) {
    const why = result.issues.map((i) => renderIssue(i, 'fr')).join(' ');
    throw new UsageError(`« ${name} » n'est pas un classeur Trépied reconnu : ${why}`);
  }
  const tables: Record<string, Row[]> = {};
  for (const [table, rows] of Object.entries(result.records))
    tables[table] = rows.map((r) => r.raw);
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
  const previous = precedent !== undefined ? await evolutionFrom(precedent, result) : undefined;
  const plan = buildBilan(t, tables, {
    period: when,
    lang,
    ...(porteur ? { porteur } : {}),
    ...(previous ? { compared: { evolution: previous.evolution, file: previous.name } } : {}),
  });
  writeOutput(out, await planToXlsx(plan), force, inputs);
  io.out(
    `Bilan ${when === 'annuel' ? 'annuel' : when}${porteur ? ` de « ${porteur} »` : ''}${previous ? `, comparé à « ${previous.name} »,` : ''} écrit : ${out}`,
  );
  return 0;
}
