import { ca } from './ca';
import { cpts } from './cpts';
import { evaluation } from './evaluation';
import type { ColumnDef, TableDef, TemplateDef } from './types';

export const TEMPLATES: Record<string, TemplateDef> = { ca, cpts, evaluation };
export { TEMPLATE_CATALOGUE, TEMPLATE_IDS } from './catalogue';

export function getTemplate(id: string): TemplateDef | undefined {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, id) ? TEMPLATES[id] : undefined;
}

export function tableDef(t: TemplateDef, name: string): TableDef {
  const table = t.tables.find((x) => x.name === name);
  if (!table) throw new Error(`template ${t.id}: no table ${name}`);
  return table;
}

export function columnDef(table: TableDef, id: string): ColumnDef {
  const c = table.columns.find((x) => x.id === id);
  if (!c) throw new Error(`table ${table.name}: no column ${id}`);
  return c;
}

export type { TemplateDef, TableDef, ColumnDef } from './types';
