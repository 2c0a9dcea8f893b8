import type { ProgrammeConfig } from '../plan/options';
import type { Row } from '../values/cell';
import { caExample, caExampleConfig } from './ca';
import { cptsExample, cptsExampleConfig } from './cpts';
import { evaluationExample, evaluationExampleConfig } from './evaluation';
import type { TemplateId } from '../templates/types';

/** Demo data of each template (the CLI's --example, the browser demo). */
export const EXAMPLES: Record<
  TemplateId,
  { config: ProgrammeConfig; data: Record<string, Row[]> }
> = {
  ca: { config: caExampleConfig, data: caExample },
  cpts: { config: cptsExampleConfig, data: cptsExample },
  evaluation: { config: evaluationExampleConfig, data: evaluationExample },
};
