import * as path from 'path';
import { checkWorkbook, type CheckResult } from '../core/check';
import { compareYears, type Evolution } from '../core/compare';
import { renderIssue } from '../core/i18n/render';
import { UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookFile } from '../workbook/xlsx/reader';
import { UsageError } from './args';
import { readBytes } from './read-bytes';

/**
 * `--precedent last-year.xlsx`: last year's workbook checked as this year's was, and the
 * evolution of each figure and indicator. Unreadable, or another template: a UsageError (exit 2).
 */
export async function evolutionFrom(
  file: string,
  current: CheckResult,
): Promise<{ name: string; evolution: Evolution }> {
  const name = path.basename(file);
  let previous: CheckResult;
  try {
    previous = checkWorkbook(await readWorkbookFile(readBytes(file), name));
  } catch (e) {
    if (e instanceof UnreadableWorkbook) throw new UsageError(`--precedent : ${e.message}`);
    throw e;
  }
  if (!previous.template) {
    const why = previous.issues.map((i) => renderIssue(i, 'fr')).join(' ');
    throw new UsageError(
      `--precedent : « ${name} » n'est pas un classeur Trépied reconnu : ${why}`,
    );
  }
  if (previous.template !== current.template)
    throw new UsageError(
      `--precedent : « ${name} » est un classeur du modèle ${previous.template}, celui contrôlé du modèle ${String(current.template)} : les deux années ne se comparent pas.`,
    );
  return { name, evolution: compareYears(current, previous) };
}
