import type { ProgrammeConfig } from '../plan/options';
import type { Row } from '../values/cell';
import { caExample, caExampleConfig } from './ca';
import { cptsExample, cptsExampleConfig } from './cpts';

/** Demo data of each template (the CLI's --example, the browser demo). */
export const EXAMPLES: Record<
  'ca' | 'cpts',
  { config: ProgrammeConfig; data: Record<string, Row[]> }
> = {
  ca: { config: caExampleConfig, data: caExample },
  cpts: { config: cptsExampleConfig, data: cptsExample },
};
