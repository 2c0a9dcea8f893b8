import type { Lang } from '../templates/types';
import type { Row } from '../values/cell';

/** What a coordinator gives when creating a workbook (the CLI's --config, the pane's form). */
export interface ProgrammeConfig {
  /** Programme (ca) or CPTS (cpts) name. */
  nom?: string;
  /** ISO dates, YYYY-MM-DD. */
  periode?: { debut: string; fin: string };
  territoires?: string[];
  publics?: string[];
  partenaires?: { nom: string; secteur?: string; contact?: string }[];
  /** cpts only. */
  population?: number;
}

export interface PlanOptions {
  lang?: Lang;
  config?: ProgrammeConfig;
  /** Rows per table (by table name), entered columns only, keyed by column id. */
  data?: Record<string, Row[]>;
  /** Creation date; fixed in tests so plans are reproducible. */
  now?: Date;
  productVersion?: string;
}
