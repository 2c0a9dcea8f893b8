import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookValues } from '../support/exceljs-values';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string) {
  return readWorkbookValues(await loadXlsx(fs.readFileSync(file)));
}

describe('trepied new', () => {
  it.each(['ca', 'cpts'])('creates a %s workbook with the example data', async (id) => {
    const file = path.join(dir, `${id}.xlsx`);
    const r = await run(['new', id, file, '--example']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('créé');
    const wb = await load(file);
    expect(wb.meta.template).toBe(id);
    const key = id === 'ca' ? 'Actions' : 'Projets';
    expect(wb.tables.find((t) => t.name === key)!.values[0]![0]).toBeTruthy();
  });

  it('refuses to overwrite an existing file without --force, and keeps it intact', async () => {
    const file = path.join(dir, 'exists.xlsx');
    fs.writeFileSync(file, 'précieux');
    const r = await run(['new', 'ca', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('existe déjà');
    expect(r.err).toContain('--force');
    expect(fs.readFileSync(file, 'utf8')).toBe('précieux');
    expect((await run(['new', 'ca', file, '--force'])).code).toBe(0);
  });

  it.each([
    [['new', 'xyz', 'a.xlsx'], 'Modèle inconnu « xyz »'],
    [['new', 'ca'], 'Usage'],
    [['new', 'ca', 'a.csv'], 'doit finir par .xlsx'],
    [['new', 'ca', 'a.xlsx', '--lang', 'de'], 'Langue inconnue'],
    [['frobnicate'], 'Commande inconnue'],
    [['new', 'ca', 'a.xlsx', '--exemple'], 'Option inconnue « --exemple »'],
  ])('%j fails with a French message and exit 2', async (argv, message) => {
    const r = await run(
      argv.map((a) => (a.endsWith('.xlsx') || a.endsWith('.csv') ? path.join(dir, a) : a)),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('says which path cannot be written', async () => {
    const blocker = path.join(dir, 'file-not-dir');
    fs.writeFileSync(blocker, '');
    const r = await run(['new', 'ca', path.join(blocker, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Impossible (d'écrire|de créer le dossier)/);
  });

  it('pre-fills lists and the programme from --config, and reports a bad config precisely', async () => {
    const cfg = path.join(dir, 'programme.json');
    fs.writeFileSync(
      cfg,
      JSON.stringify({
        nom: 'Programme test',
        periode: { debut: '2026-01-01', fin: '2026-06-30' },
        territoires: ['Nord', 'Sud'],
        partenaires: [{ nom: 'Mairie', secteur: 'Collectivité territoriale' }, 'Association X'],
      }),
    );
    const file = path.join(dir, 'cfg.xlsx');
    expect((await run(['new', 'ca', file, '--config', cfg])).code).toBe(0);
    const wb = await load(file);
    const prog = wb.tables.find((t) => t.name === 'Programme')!;
    expect(prog.values[0]).toEqual(['Intitulé du programme', 'Programme test']);
    const partners = wb.tables.find((t) => t.name === 'Partenaires')!;
    expect(partners.values.slice(0, 2).map((r) => r[0])).toEqual(['Mairie', 'Association X']);
    const cal = wb.tables.find((t) => t.name === 'Calendrier')!;
    expect(cal.headers.slice(-6)).toEqual([
      'janv. 2026',
      'févr. 2026',
      'mars 2026',
      'avr. 2026',
      'mai 2026',
      'juin 2026',
    ]);

    fs.writeFileSync(cfg, '{ "nom": 3 }');
    const bad = await run(['new', 'ca', path.join(dir, 'bad.xlsx'), '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('champ « nom » : texte attendu');
    fs.writeFileSync(cfg, '{ nom: ');
    expect((await run(['new', 'ca', path.join(dir, 'bad.xlsx'), '--config', cfg])).err).toContain(
      "n'est pas un JSON valide",
    );
  });

  it('writes an English workbook with --lang en (contract names stay French)', async () => {
    const file = path.join(dir, 'en.xlsx');
    expect((await run(['new', 'cpts', file, '--lang', 'en'])).code).toBe(0);
    const wb = await load(file);
    expect(wb.meta.lang).toBe('en');
    expect(wb.tables.find((t) => t.name === 'Projets')!.headers[0]).toBe('Projet ou action');
  });

  it('runs as the installed bin (npx trepied)', () => {
    const file = path.join(dir, 'bin.xlsx');
    const r = spawnSync(
      process.execPath,
      [path.join(__dirname, '../../bin/trepied.js'), 'new', 'ca', file],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
  });
});
