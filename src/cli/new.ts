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
import { ADDABLE, parseModules, withModules } from '../core/templates/compose';
import type { TemplateDef } from '../core/templates/types';
import type { Row } from '../core/values/cell';

/** The template with the sheets `--avec` adds (evaluation), or a clear refusal. */
function withAdded(base: TemplateDef, avec: string | undefined): TemplateDef {
  if (avec === undefined) return base;
  const { modules, unknown } = parseModules(avec);
  if (unknown.length > 0 || modules.length === 0)
    throw new UsageError(
      `--avec « ${avec} » : seules ces feuilles s’ajoutent à un classeur : ${ADDABLE.join(', ')}.`,
    );
  if (modules.includes(base.id))
    throw new UsageError(
      `--avec ${base.id} : le classeur « ${base.title.fr} » contient déjà ces feuilles ; choisissez le modèle ca ou cpts.`,
    );
  return withModules(base, modules);
}

/** The example of a template and of each module added to it. */
function exampleOf(t: TemplateDef): (typeof EXAMPLES)[TemplateDef['id']] {
  const own = EXAMPLES[t.id];
  const data: Record<string, Row[]> = { ...own.data };
  for (const id of t.modules ?? []) Object.assign(data, EXAMPLES[id].data);
  return { config: own.config, data };
}

export async function runNew(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [templateId, file] = args.positionals;
  if (!templateId || !file || args.positionals.length > 2) throw usageError('new');
  const base = getTemplate(templateId);
  if (!base)
    throw new UsageError(
      `Modèle inconnu « ${templateId} ». Modèles disponibles : ${TEMPLATE_IDS.join(', ')}.`,
    );
  const lang = (args.options.get('lang') ?? 'fr') as Lang;
  if (lang !== 'fr' && lang !== 'en')
    throw new UsageError(`Langue inconnue « ${lang} » : fr ou en.`);
  const t = withAdded(base, args.options.get('avec'));
  const from = args.options.get('from');
  if (from !== undefined) return (await import('./from')).runNewFrom(t, file, from, args, out);
  if (args.options.has('valeur-initiale'))
    throw new UsageError('--valeur-initiale s’emploie avec --from (le classeur de l’an dernier).');
  const example = args.flags.has('example') ? exampleOf(t) : undefined;
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
  const added = (t.modules ?? []).map((id) => getTemplate(id)!.title[lang]);
  const title = [t.title[lang], ...added].join(lang === 'fr' ? ' » + « ' : '” + “');
  out(
    lang === 'fr'
      ? `Classeur « ${title} » créé : ${file}${example ? ' (avec les données d’exemple)' : ''}`
      : `Workbook “${title}” created: ${file}${example ? ' (with example data)' : ''}`,
  );
  return 0;
}
