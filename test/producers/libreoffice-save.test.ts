import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { TEMPLATES } from '../../src/core/templates';
import { convert } from '../support/libreoffice';

/**
 * What `trepied check` tells a coordinator after a plain LibreOffice save of the CA example: it
 * said « le tableau … a perdu ses formules de colonne calculée (…) » once per table, with every
 * column, and « _meta n'est plus très masquée ». One message for the workbook now names the
 * tables and what to do, and the _meta one says what happened and that it does no harm.
 */
jest.setTimeout(180000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-lo-save-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Issue {
  rule: string;
  sheet: string;
  cell: string;
  message: string;
  params: { problem?: string; tables?: string[] };
}

let saved = '';
let issues: Issue[] = [];
let text = '';
let english = '';

beforeAll(async () => {
  const original = path.join(dir, 'suivi.xlsx');
  expect((await run(['new', 'ca', original, '--example'])).code).toBe(0);
  [saved] = convert([original], 'xlsx:Calc MS Excel 2007 XML', 'xlsx', path.join(dir, 'lo'));
  issues = (JSON.parse((await run(['check', saved!, '--json'])).out) as { issues: Issue[] }).issues;
  text = (await run(['check', saved!])).out;
  english = (await run(['check', saved!, '--lang', 'en'])).out;
});

const lost = () => issues.filter((i) => i.params.problem === 'column-formulas-lost');

describe('check after a LibreOffice save', () => {
  it('says the calculated-column formulas were lost once for the workbook, naming the tables', () => {
    expect(lost()).toHaveLength(1);
    const [issue] = lost();
    expect(issue).toMatchObject({ rule: 'structure', sheet: '', cell: '' });
    const tables = issue!.params.tables!;
    expect(tables.length).toBeGreaterThan(1);
    const computed = TEMPLATES.ca!.tables.filter((t) => t.columns.some((c) => c.computed));
    for (const t of tables) expect(computed.map((d) => d.name)).toContain(t);
    for (const t of tables) expect(issue!.message).toContain(`« ${t} »`);
    expect(issue!.message).toContain('trepied upgrade');
    // No column list: the grey columns, in words a coordinator knows.
    expect(issue!.message).not.toContain('Preuves quantitatives');
    // The text report says it once, not once per table.
    expect(text.match(/retiré des tableaux/g)?.length).toBe(1);
    expect(text).not.toMatch(/a perdu ses formules/);
    expect(english).toContain('“trepied upgrade”');
  });

  it('tells what happened to _meta, that it does no harm and what to do, without jargon', () => {
    const meta = issues.find((i) => i.params.problem === 'meta-visible')!;
    expect(meta.message).toContain("Ce n'est pas grave");
    expect(meta.message).toContain('trepied upgrade');
    expect(meta.message).not.toMatch(/très masquée/);
    expect(english).not.toMatch(/very hidden/);
  });

  it('has nothing more to say once « trepied upgrade » restored them', async () => {
    const upgraded = path.join(dir, 'suivi-a-jour.xlsx');
    expect((await run(['upgrade', saved, '-o', upgraded])).code).toBe(0);
    const after = JSON.parse((await run(['check', upgraded, '--json'])).out) as {
      issues: Issue[];
    };
    expect(
      after.issues.filter((i) =>
        ['column-formulas-lost', 'meta-visible'].includes(i.params.problem ?? ''),
      ),
    ).toEqual([]);
  });
});
