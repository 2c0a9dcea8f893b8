import type { ConfigField } from '../plan/config';
import type { TemplateId, Text } from './types';

/**
 * What Créer shows before any template is loaded, so that the templates stay out of the pane's
 * initial JavaScript (its budget, test/webpack): each template's title, defined here once, and
 * the programme settings it uses, which test/core/templates/catalogue.test.ts checks against
 * configFieldsOf of the template itself.
 */
export const TEMPLATE_CATALOGUE: Record<
  TemplateId,
  { title: Text; fields: readonly ConfigField[] }
> = {
  ca: {
    title: {
      fr: "Coopérative d'acteurs : suivi des actions",
      en: 'Actors’ cooperative: action tracking',
    },
    fields: ['nom', 'periode', 'territoires', 'publics'],
  },
  cpts: {
    title: { fr: 'Implication des usagers dans la CPTS', en: 'User involvement in the CPTS' },
    fields: ['nom', 'periode'],
  },
  evaluation: {
    title: { fr: 'Auto-évaluation de la démarche', en: 'Self-assessment of the approach' },
    fields: [],
  },
};

export const TEMPLATE_IDS = Object.keys(TEMPLATE_CATALOGUE) as TemplateId[];
