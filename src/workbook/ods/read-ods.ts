import type { ReadOptions } from '../xlsx/read';
import type { WorkbookRead } from '../xlsx/reader';
import { UnreadableWorkbook } from '../xlsx/open';
import type { Zip } from '../xlsx/zip';

/** LibreOffice's .ods: not read yet. */
export async function readOds(
  _zip: Zip,
  name: string,
  _options: ReadOptions,
): Promise<WorkbookRead> {
  throw new UnreadableWorkbook(
    'not-xlsx',
    `« ${name} » est un classeur OpenDocument (.ods) : enregistrez-le au format .xlsx.`,
  );
}
