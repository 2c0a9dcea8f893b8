import { EXAMPLES } from '../core/examples';
import { buildPlan } from '../core/plan/build';
import type { ProgrammeConfig } from '../core/plan/options';
import { TEMPLATE_IDS, getTemplate } from '../core/templates';
import type { Lang } from '../core/templates/types';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { readConfig } from './config';
import { usageError } from './commands';
import { checkOutput, writeOutput } from './write-file';

export async function runNew(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [templateId, file] = args.positionals;
  if (!templateId || !file || args.positionals.length > 2) throw usageError('new');
  const t = getTemplate(templateId);
  if (!t)
    throw new UsageError(
      `Modèle inconnu « ${templateId} ». Modèles disponibles : ${TEMPLATE_IDS.join(', ')}.`,
    );
  const lang = (args.options.get('lang') ?? 'fr') as Lang;
  if (lang !== 'fr' && lang !== 'en')
    throw new UsageError(`Langue inconnue « ${lang} » : fr ou en.`);
  const from = args.options.get('from');
  if (from !== undefined) return (await import('./from')).runNewFrom(t, file, from, args, out);
  if (args.options.has('valeur-initiale'))
    throw new UsageError('--valeur-initiale s’emploie avec --from (le classeur de l’an dernier).');
  const example = args.flags.has('example') ? EXAMPLES[t.id] : undefined;
  const configFile = args.options.get('config');
  const force = args.flags.has('force');
  const inputs = configFile ? [configFile] : [];
  checkOutput(file, force, inputs);
  const config: ProgrammeConfig = {
    ...(example?.config ?? {}),
    ...(configFile ? readConfig(configFile) : {}),
  };
  const plan = buildPlan(t, { lang, config, ...(example ? { data: example.data } : {}) });
  const bytes = await planToXlsx(plan);
  writeOutput(file, bytes, force, inputs);
  out(
    lang === 'fr'
      ? `Classeur « ${t.title.fr} » créé : ${file}${example ? ' (avec les données d’exemple)' : ''}`
      : `Workbook “${t.title.en}” created: ${file}${example ? ' (with example data)' : ''}`,
  );
  return 0;
}
