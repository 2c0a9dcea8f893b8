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
  checkOutput(out, force, [file]);
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
  const plan = buildBilan(t, tables, { period: when, lang, ...(porteur ? { porteur } : {}) });
  writeOutput(out, await planToXlsx(plan), force, [file]);
  io.out(
    lang === 'en'
      ? `${when === 'annuel' ? 'Annual report' : `Report for ${when}`}${porteur ? ` of “${porteur}”` : ''} written: ${out}`
      : `Bilan ${when === 'annuel' ? 'annuel' : when}${porteur ? ` de « ${porteur} »` : ''} écrit : ${out}`,
  );
  return 0;
}
