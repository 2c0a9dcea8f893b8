import { buildPlan } from '../../core/plan/build';
import { getTemplate } from '../../core/templates';
import { planFormulas, type ColumnFormulas } from '../xlsx/render';

/** The calculated-column formulas of a template (they depend on the template only). */
export function templateFormulas(templateId: string | undefined): ColumnFormulas | undefined {
  const template = templateId === undefined ? undefined : getTemplate(templateId);
  return template ? planFormulas(buildPlan(template, { now: new Date(0) })) : undefined;
}
