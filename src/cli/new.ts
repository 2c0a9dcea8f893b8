import { EXAMPLES } from '../core/examples';
import { buildPlan } from '../core/plan/build';
import type { ProgrammeConfig } from '../core/plan/options';
import { TEMPLATE_IDS, getTemplate } from '../core/templates';
import type { Lang } from '../core/templates/types';
import { planToXlsx } from '../workbook/xlsx/render';
import { UsageError, type ParsedArgs } from './args';
import { readConfig } from './config';
import { writeOutput } from './write-file';

export async function runNew(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [templateId, file] = args.positionals;
  if (!templateId || !file)
    throw new UsageError(
      'Usage : trepied new <ca|cpts> <fichier.xlsx> [--example] [--config programme.json] [--lang fr|en] [--force]',
    );
  const t = getTemplate(templateId);
  if (!t)
    throw new UsageError(
      `Modèle inconnu « ${templateId} ». Modèles disponibles : ${TEMPLATE_IDS.join(', ')}.`,
    );
  const lang = (args.options.get('lang') ?? 'fr') as Lang;
  if (lang !== 'fr' && lang !== 'en')
    throw new UsageError(`Langue inconnue « ${lang} » : fr ou en.`);
  const example = args.flags.has('example') ? EXAMPLES[t.id] : undefined;
  const configFile = args.options.get('config');
  const config: ProgrammeConfig = {
    ...(example?.config ?? {}),
    ...(configFile ? readConfig(configFile) : {}),
  };
  const plan = buildPlan(t, { lang, config, ...(example ? { data: example.data } : {}) });
  const bytes = await planToXlsx(plan);
  writeOutput(file, bytes, args.flags.has('force'), configFile ? [configFile] : []);
  out(
    lang === 'fr'
      ? `Classeur « ${t.title.fr} » créé : ${file}${example ? ' (avec les données d’exemple)' : ''}`
      : `Workbook “${t.title.en}” created: ${file}${example ? ' (with example data)' : ''}`,
  );
  return 0;
}
