import * as path from 'path';
import { BilanRefused, templateOf } from '../core/bilan/from-check';
import { checkWorkbook, enteredTables, type CheckResult } from '../core/check';
import type { Issue } from '../core/checks/issue';
import type { Lang, TemplateDef } from '../core/templates/types';
import type { Row } from '../core/values/cell';
import { UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookFile } from '../workbook/xlsx/reader';
import { UsageError } from './args';
import { readBytes } from './read-bytes';

/** The `--lang` option: fr (default) or en, else a usage error. */
export function langOption(value: string | undefined): Lang {
  const lang = value ?? 'fr';
  if (lang !== 'fr' && lang !== 'en')
    throw new UsageError(`Langue inconnue « ${lang} » : fr ou en.`);
  return lang;
}

/** A workbook file read and checked, or a French usage error when it cannot be read. */
export async function readChecked(file: string): Promise<{ result: CheckResult; name: string }> {
  const name = path.basename(file);
  try {
    return { result: checkWorkbook(await readWorkbookFile(readBytes(file), name)), name };
  } catch (e) {
    if (e instanceof UnreadableWorkbook) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * A Trépied workbook's template and its records as the checker reads them (entered values by
 * column id), for the print views (bilan, dialogue de gestion); a French usage error otherwise.
 */
export async function readRecords(file: string): Promise<{
  template: TemplateDef;
  tables: Record<string, Row[]>;
  name: string;
  issues: Issue[];
}> {
  const { result, name } = await readChecked(file);
  let t: TemplateDef;
  try {
    t = templateOf(result, name);
  } catch (e) {
    if (e instanceof BilanRefused) throw new UsageError(e.message);
    throw e;
  }
  const tables = enteredTables(result.records);
  return { template: t, tables, name, issues: result.issues };
}
