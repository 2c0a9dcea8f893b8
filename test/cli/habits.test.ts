import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { COMMANDS } from '../../src/cli/commands';
import { systemReason } from '../../src/cli/system-error';
import { terminalSafe } from '../../src/cli/terminal';
import { loadXlsx } from '../../src/workbook/xlsx/load';

/** The habits of someone who uses command-line tools daily (issue #17), and #10's output paths. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-habits-'));
const example = path.join(dir, 'exemple.xlsx');
const bytesOf = (f: string) => fs.readFileSync(f);
beforeAll(async () => {
  expect((await run(['new', 'ca', example, '--example'])).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['help']])('trepied %s lists every command (exit 0)', async (a) => {
    const r = await run([a]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.out).toContain(`trepied ${c.name} `);
    expect(r.out).toContain('--version');
  });

  it.each(
    COMMANDS.flatMap((c) => [
      [c.name, '--help'],
      [c.name, '-h'],
      ['help', c.name],
    ]),
  )(
    'trepied %s %s shows the command’s usage and every option (exit 0, regression: « Option inconnue « --help » »)',
    async (a, b) => {
      const name = a === 'help' ? b : a;
      const c = COMMANDS.find((x) => x.name === name)!;
      const r = await run([a, b]);
      expect([r.code, r.err]).toEqual([0, '']);
      expect(r.out).toContain(`Usage : trepied ${name} `);
      for (const o of c.options) expect(r.out).toContain(`--${o.name}`);
    },
  );

  it('--help after other arguments still shows the help and does nothing else', async () => {
    const out = path.join(dir, 'jamais.xlsx');
    const r = await run(['new', 'ca', out, '--help']);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('--version and -V print the package version', async () => {
    const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    for (const a of ['--version', '-V'])
      expect(await run([a])).toEqual({ code: 0, out: `trepied ${version}`, err: '' });
  });
});

describe('arguments', () => {
  it('honours « -- »: a file named -rapport.xlsx can be created and checked', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const refused = await run(['new', 'ca', '-rapport.xlsx']);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('après « -- »');
      expect((await run(['new', 'ca', '--example', '--', '-rapport.xlsx'])).code).toBe(0);
      expect(fs.existsSync(path.join(dir, '-rapport.xlsx'))).toBe(true);
      const r = await run(['check', '--json', '--', '-rapport.xlsx']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).template).toBe('ca');
    } finally {
      process.chdir(cwd);
    }
  });

  it('names only options that exist (regression: « --o » was listed)', async () => {
    const r = await run(['upgrade', example, '--o', path.join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Option inconnue « --o »');
    expect(r.err).toContain('Vouliez-vous dire -o ?');
    expect(r.err).toContain('-o/--output');
    expect(r.err.replace('« --o »', '')).not.toMatch(/--o\b/);
    for (const c of COMMANDS) {
      const e = (await run([c.name, '--nope'])).err;
      expect(e.replace('« --nope »', '')).not.toMatch(/--o\b/);
    }
  });

  it('suggests the nearest option for a typo', async () => {
    expect((await run(['check', example, '--jsno'])).err).toContain('Vouliez-vous dire --json ?');
  });

  it('accepts -o=value, -ovalue and --output=value', async () => {
    for (const [i, form] of [['-o='], ['-o'], ['--output=']].entries()) {
      const out = path.join(dir, `forme-${i}.xlsx`);
      const r = await run(['upgrade', example, `${form[0]}${out}`]);
      expect(r.code).toBe(0);
      expect(fs.existsSync(out)).toBe(true);
    }
  });

  it('refuses a value given to a flag', async () => {
    expect((await run(['check', example, '--json=oui'])).err).toContain(
      '--json ne prend pas de valeur',
    );
  });
});

describe('outputs checked before any work', () => {
  it('check --write to a folder it cannot write prints no report (regression)', async () => {
    const r = await run(['check', example, '--write', '/sys/trepied-rapport.xlsx']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('accès refusé');
  });

  it.each([
    ['check', (o: string) => ['check', example, '--write', o]],
    ['merge', (o: string) => ['merge', example, example.replace('exemple', 'autre'), '-o', o]],
    ['upgrade', (o: string) => ['upgrade', example, '-o', o]],
  ])('%s: an output that is a folder is refused before the report', async (_n, argv) => {
    fs.copyFileSync(example, example.replace('exemple', 'autre'));
    const folder = path.join(dir, 'dossier.xlsx');
    fs.mkdirSync(folder, { recursive: true });
    const r = await run(argv(folder));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('est un dossier');
  });

  describe('an output that is the input, reached another way, is refused even with --force (#10)', () => {
    const inDir = path.join(dir, 'dossier');
    const input = path.join(inDir, 'classeur.xlsx');
    const other = path.join(dir, 'autre-partenaire.xlsx');
    beforeAll(() => {
      fs.mkdirSync(inDir, { recursive: true });
      fs.copyFileSync(example, input);
      fs.copyFileSync(example, other);
      fs.symlinkSync(inDir, path.join(dir, 'lien'));
      fs.linkSync(input, path.join(dir, 'dur.xlsx'));
      fs.symlinkSync(input, path.join(dir, 'raccourci.xlsx'));
    });
    const ways = [
      'lien/classeur.xlsx',
      'dur.xlsx',
      'raccourci.xlsx',
      'dossier/../dossier/classeur.xlsx',
    ];
    const commands: [string, (o: string) => string[]][] = [
      ['check --write', (o) => ['check', input, '--write', o, '--force']],
      ['upgrade -o', (o) => ['upgrade', input, '-o', o, '--force']],
      ['merge -o', (o) => ['merge', other, input, '-o', o, '--force']],
    ];
    it.each(commands.flatMap(([n, argv]) => ways.map((w) => [n, w, argv] as const)))(
      '%s %s',
      async (_n, way, argv) => {
        const before = bytesOf(input);
        const r = await run(argv(path.join(dir, way)));
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toContain('même fichier sur le disque');
        expect(bytesOf(input).equals(before)).toBe(true);
      },
    );
  });
});

describe('messages', () => {
  it('says system errors in French', () => {
    for (const [code, fr] of [
      ['EACCES', 'accès refusé'],
      ['ENOENT', 'introuvable'],
      ['EISDIR', 'dossier'],
      ['ENOSPC', 'plus de place sur le disque'],
      ['EROFS', 'lecture seule'],
    ])
      expect(systemReason(Object.assign(new Error(code), { code }))).toContain(fr);
  });

  it('a system error that reaches the top is said in French, without the raw code', async () => {
    const r = await run(['check', '/proc/self/mem']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^trepied : /);
    expect(r.err).not.toMatch(/\bE[A-Z]{3,}\b|\n\s+at /);
  });

  it('shows control characters from cell text escaped (#10)', async () => {
    // Excel writes control characters as _xHHHH_ escapes (XML 1.0 cannot hold them raw).
    const wb = await loadXlsx(bytesOf(example));
    // The N° action of the first action, shown in the evidence table of the text report.
    wb.getWorksheet('Actions')!.getCell('A2').value = 'A1-PIEGE';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('A1-PIEGE');
    zip.file(
      'xl/sharedStrings.xml',
      strings.replace('A1-PIEGE', 'A1_x001B_]0;piège_x0007__x001B_[2J'),
    );
    const file = path.join(dir, 'controle.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const text = await run(['check', file]);
    expect(text.out).toContain('A1\\u001B]0;piège\\u0007\\u001B[2J');
    expect(text.out).not.toContain('\u001b');
    expect(text.out).not.toContain('\u0007');
    const json = await run(['check', file, '--json']);
    const ids = (JSON.parse(json.out) as { actions: { id: string }[] }).actions.map((a) => a.id);
    expect(ids).toContain('A1\u001b]0;piège\u0007\u001b[2J');
    expect(json.out).not.toContain('\u001b');
    // A file name typed by the user too.
    expect((await run(['check', 'a\u001b[2Jb.xlsx'])).err).toContain('a\\u001B[2Jb.xlsx');
  });

  it('terminalSafe keeps line feeds, tabs and ordinary text, and escapes C1 and bidi controls', () => {
    expect(terminalSafe('a\tb\nc « é » €')).toBe('a\tb\nc « é » €');
    expect(terminalSafe('x\r\u009b31m\u202Ey')).toBe('x\\u000D\\u009B31m\\u202Ey');
    expect(JSON.parse(terminalSafe(JSON.stringify({ s: '\u009b\u007f' })))).toEqual({
      s: '\u009b\u007f',
    });
  });
});
