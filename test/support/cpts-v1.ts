import { EXAMPLES } from '../../src/core/examples';
import { templateAt } from '../../src/core/restore/template-at';
import { cpts } from '../../src/core/templates/cpts';
import type { TemplateDef } from '../../src/core/templates/types';
import type { Row } from '../../src/core/values/cell';

/** The `cpts` template at version 1: one engagement level per project, one determinant. */
export const cptsV1 = templateAt(cpts, 1) as TemplateDef;

const LEVELS = ['Information', 'Collaboration', 'Partenariat'];

/** The example as a version 1 workbook held it (a level per project, a determinant per row). */
export const CPTS_V1_DATA: Record<string, Row[]> = {
  ...EXAMPLES.cpts.data,
  Projets: EXAMPLES.cpts.data['Projets']!.map((p, i) => ({ ...p, level: LEVELS[i] ?? null })),
  Population: EXAMPLES.cpts.data['Population']!.map((p, i) => ({
    ...p,
    determinants: i === 0 ? 'Organisationnels' : 'Sociaux',
  })),
};
