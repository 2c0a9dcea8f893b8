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

/** A column the template does not define, added after a table's columns (entered, text). */
export interface ExtraColumn {
  id: string;
  header: string;
  width?: number;
}

export interface PlanOptions {
  lang?: Lang;
  config?: ProgrammeConfig;
  /** Rows per table (by table name), entered columns only, keyed by column id. */
  data?: Record<string, Row[]>;
  /** Values of answer lists (by list name), replacing the template's and the configuration's. */
  lists?: Record<string, string[]>;
  /** Extra columns per table (the Provenance of merged rows); their values are in `data`. */
  extras?: Record<string, ExtraColumn[]>;
  /** Hyperlinks per table: by index in `data[table]`, then by column id (http, https, mailto). */
  links?: Record<string, Record<number, Record<string, string>>>;
  /** Creation date; fixed in tests so plans are reproducible. */
  now?: Date;
  productVersion?: string;
}
