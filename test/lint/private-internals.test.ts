import * as path from 'path';
import { ESLint } from 'eslint';

/**
 * No dependency's private modules or members in src/ (eslint.config.js): ExcelJS's stream
 * writer was once driven through `ws._writeRow`, `_sheetRelsWriter`, `_formulae`… and pinned
 * exceljs to the one version whose internals matched. The rule must keep refusing each form
 * that was used, in the core and in the adapters alike.
 */
const root = path.join(__dirname, '..', '..');
// The project's config, given as is: ESLint's own loader imports it dynamically, which jest's
// CommonJS runtime refuses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(root, 'eslint.config.js')) as ESLint.Options['overrideConfig'];
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function problems(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.line}:${m.column}`);
}

const FORMS: [string, string][] = [
  ['a private module', "import W from 'exceljs/lib/stream/xlsx/workbook-writer';\nexport { W };\n"],
  ['a private module, loaded later', "export const w = () => import('exceljs/lib/doc/row');\n"],
  [
    'a private member',
    'export const f = (ws: { stream: object }) => (ws as never as { _rows: [] })._rows;\n',
  ],
  [
    'a private member by name',
    "export const f = (ws: Record<string, unknown>) => ws['_formulae'];\n",
  ],
  ['a type naming a private method', 'export type W = { _writeRow(row: unknown): void };\n'],
];

describe.each(['src/workbook/xlsx/example.ts', 'src/core/example.ts'])('in %s', (file) => {
  it.each(FORMS)('refuses %s', async (_what, code) => {
    expect(await problems(code, file)).not.toEqual([]);
  });

  it('accepts public entry points and our own relative modules', async () => {
    const code =
      "import ExcelJS from 'exceljs';\nimport { x } from '../lib/thing';\n" +
      'export const f = (wb: ExcelJS.Workbook) => [wb.worksheets.length, x];\n';
    const found = await problems(code, file);
    // The core may not import ExcelJS at all (its own rule); nothing else is refused.
    expect(found).toEqual(file.startsWith('src/core') ? ['1:1'] : []);
  });
});
