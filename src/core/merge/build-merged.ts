import { buildPlan } from '../plan/build';
import type { WorkbookPlan } from '../plan/types';
import { withOthers } from '../restore/others-sheet';
import type { Lang } from '../templates/types';
import type { MergedData } from './types';

/**
 * The workbook plan of merged (or upgraded) data: the current template with the rows, lists,
 * links and Provenance column, and the Autres données sheet when anything was carried.
 * @example planToXlsx(buildMergedPlan(mergeToData(plan, { renumber: true }), { lang: 'fr' }))
 */
export function buildMergedPlan(
  merged: MergedData,
  options: { lang?: Lang; now?: Date } = {},
): WorkbookPlan {
  const plan = buildPlan(merged.template, {
    data: merged.data,
    lists: merged.lists,
    extras: merged.extras,
    links: merged.links,
    config: merged.config,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return withOthers(plan, merged.others);
}
