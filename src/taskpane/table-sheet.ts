import type { TemplateDef } from '../core/templates/types';

/** The sheet a template's table is on (the coordinator sees sheets, not tables). */
export const sheetOfTable = (template: TemplateDef, table: string): string =>
  template.tables.find((x) => x.name === table)?.sheet ?? table;
