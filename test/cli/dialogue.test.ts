import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { cpts } from '../../src/core/templates/cpts';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { exportPdf } from '../support/libreoffice';
import { pageCount, pageSizes, pageTexts } from '../support/pdf';
import { xlsxOf } from '../merge/support/files';

/**
 * `trepied dialogue` (issue 15): one print-ready page per ACI mission for the dialogue de gestion,
 * with the figures `trepied check` reports, printed by LibreOffice on one portrait page each.
 */
function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-dialogue-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const input = path.join(dir, 'usagers.xlsx');
const eur = (n: number) => `${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} €`; // LibreOffice's C locale: 16,840.00 €

beforeAll(async () => {
  expect((await run(['new', 'cpts', input, '--example'])).code).toBe(0);
});

describe('trepied dialogue', () => {
  it('writes one page per mission, each on one portrait A4 page, with the checker’s figures', async () => {
    const out = path.join(dir, 'dialogue.xlsx');
    const r = await run(['dialogue', input, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('4 pages');
    const wb = await loadXlsx(fs.readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Accès aux soins',
      'Parcours pluriprofessionnels',
      'Prévention',
      'Fonctionnement de la CPTS',
    ]);
    const [pdf] = exportPdf([out], dir);
    expect(pageCount(pdf!)).toBe(4);
    for (const s of pageSizes(pdf!)) expect(s.height).toBeGreaterThan(s.width);
    const pages = pageTexts(pdf!);
    // Accès aux soins: 0,6 × 50 % (118 patients: the level of 100) + 0,4 × (36 − 30) / (36 − 24) h
    // = 50 % of 20 000 €; 75 % advance of 30 000 €.
    const first = pages[0]!;
    expect(first).toContain('Dialogue de gestion — Accès aux soins');
    expect(first).toContain('Année contractuelle : 01/07/2024 – 30/06/2025');
    expect(first).toMatch(
      /Avance \(75 % de la part fixe\), à la date anniversaire\s+01\/07\/2024\s+22,500\.00 €\s+22,500\.00 €/,
    );
    expect(first).toMatch(
      /Solde et part variable, après le dialogue de gestion\s+01\/07\/2025\s+17,500\.00 €/,
    );
    // Issue 15: what remains at each due date, last year's balance with this year's advance.
    expect(first).toMatch(
      /Solde de l'année précédente, à la date anniversaire\s+01\/07\/2024\s+21,500\.00 €\s+21,500\.00 €\s+0\.00 €/,
    );
    expect(first).toMatch(
      /Total à la date anniversaire\s+01\/07\/2024\s+44,000\.00 €\s+44,000\.00 €\s+0\.00 €/,
    );
    expect(first).toMatch(
      /après le dialogue de gestion\s+01\/07\/2025\s+17,500\.00 €\s+0\.00 €\s+17,500\.00 €/,
    );
    // Prévention: 2 500 € of last year's balance still owed on 01/07/2024.
    expect(pages[2]).toMatch(
      /Solde de l'année précédente, à la date anniversaire\s+01\/07\/2024\s+7,500\.00 €\s+5,000\.00 €\s+2,500\.00 €/,
    );
    expect(pages[2]).toMatch(
      /Total à la date anniversaire\s+01\/07\/2024\s+15,000\.00 €\s+12,500\.00 €\s+2,500\.00 €/,
    );
    expect(first).toContain('50.0%');
    expect(first).toContain(eur(10000));
    expect(first).toMatch(/Délai moyen de réponse à une demande de\s+0\s+0\s+0 OUI/); // declaration only
    // What the attainments are computed from: the contract's levels and the decrease from 36 h.
    expect(first).toContain('Paliers et baisses souhaitées du contrat');
    expect(first).toMatch(/orientés vers un\s+100\s+50\.0%/);
    expect(first).toMatch(/orientés vers un\s+150\s+100\.0%/);
    expect(first).toMatch(/Délai moyen de réponse à une demande de\s+Baisse souhaitée\s+36\s+24/);
    expect(pages[2]).not.toContain('Paliers et baisses souhaitées du contrat');
    expect(pages[3]).toContain('Aucun indicateur pour cette mission.');
    // The same figures as the checker: the total due of the four pages adds up to CPTS_ACI_TotalDu.
    const checked = checkWorkbook(await readWorkbookFile(fs.readFileSync(input), 'usagers.xlsx'));
    const totals = pages.map((p) => {
      const m = /Total dû \(€\)\s+([\d,.]+) €/.exec(p);
      return Number(m![1]!.replace(/,/g, ''));
    });
    expect(totals.reduce((a, b) => a + b, 0)).toBeCloseTo(
      checked.figures['CPTS_ACI_TotalDu'] as number,
      2,
    );
  });

  it('one mission only, case ignored', async () => {
    const out = path.join(dir, 'prevention.xlsx');
    const r = await run(['dialogue', input, '--mission', 'prévention', '-o', out]);
    expect(r.code).toBe(0);
    const wb = await loadXlsx(fs.readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Prévention']);
  });

  it('an unknown mission says which exist, in French, and writes nothing', async () => {
    const out = path.join(dir, 'rien.xlsx');
    const r = await run(['dialogue', input, '--mission', 'Bidule', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Mission « Bidule » absente de la feuille ACI');
    expect(r.err).toContain('« Prévention »');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('run again: an existing output needs --force, and the input is never the output, even with --force', async () => {
    const out = path.join(dir, 'again.xlsx');
    expect((await run(['dialogue', input, '-o', out])).code).toBe(0);
    const first = fs.readFileSync(out);
    const refused = await run(['dialogue', input, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      `Le fichier « ${out} » existe déjà. Ajoutez --force pour le remplacer.`,
    );
    expect(fs.readFileSync(out).equals(first)).toBe(true);
    expect((await run(['dialogue', input, '-o', out, '--force'])).code).toBe(0);
    const before = fs.readFileSync(input);
    const self = await run(['dialogue', input, '-o', input, '--force']);
    expect(self.code).toBe(2);
    expect(self.err).toContain("l'entrée n'est jamais remplacée");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('issue 15 (trial): a mission on the ACI sheet without figures is said so, not « absente »', async () => {
    const out = path.join(dir, 'crises.xlsx');
    const mission = 'Réponse aux crises sanitaires graves';
    const r = await run(['dialogue', input, '--mission', mission, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `La mission « ${mission} » est sur la feuille ACI de « usagers.xlsx », mais sans montant (part fixe, part variable maximale), ni indicateur, ni dépense : rien à préparer`,
    );
    expect(r.err).not.toContain('absente');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('issue 15 (trial): a mission typed without accents gets a suggestion', async () => {
    const r = await run([
      'dialogue',
      input,
      '--mission',
      'Prevention',
      '-o',
      path.join(dir, 'p.xlsx'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Vouliez-vous dire « Prévention » ?');
    const acces = await run([
      'dialogue',
      input,
      '--mission',
      'acces',
      '-o',
      path.join(dir, 'a.xlsx'),
    ]);
    expect(acces.err).toContain('Vouliez-vous dire « Accès aux soins » ?');
  });

  it('issue 15 (trial): without -o, says in French that the file to write is missing', async () => {
    const r = await run(['dialogue', input]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Fichier à écrire manquant : ajoutez -o suivi de son nom (par exemple -o dialogue.xlsx) ; « ' +
        input +
        " » n'est jamais modifié.",
    );
    expect((await run(['dialogue'])).err).toContain('Classeur à lire manquant');
  });

  it('a ca workbook is refused with a French message', async () => {
    const ca = path.join(dir, 'ca.xlsx');
    expect((await run(['new', 'ca', ca])).code).toBe(0);
    const r = await run(['dialogue', ca, '-o', path.join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('le dialogue de gestion se prépare sur un classeur cpts');
  });
});

describe('trepied dialogue: levels by threshold, the mission’s warnings at the bottom (regression)', () => {
  it('lists the levels easiest first and closes the page with the aci warnings, on one page', async () => {
    const access = 'Patients sans médecin traitant orientés vers un médecin traitant';
    const data = EXAMPLES.cpts.data;
    const file = path.join(dir, 'mistakes.xlsx');
    fs.writeFileSync(
      file,
      await xlsxOf(cpts, {
        ...data,
        // Weights 0,5 + 0,4 = 90 %; the levels typed 150 then 100.
        IndicateursACI: (data['IndicateursACI'] ?? []).map((r) =>
          r['id'] === access ? { ...r, weight: 0.5 } : r,
        ),
        PaliersACI: [...(data['PaliersACI'] ?? [])].reverse(),
      }),
    );
    const out = path.join(dir, 'mistakes-dialogue.xlsx');
    expect((await run(['dialogue', file, '--mission', 'Accès aux soins', '-o', out])).code).toBe(0);
    const [pdf] = exportPdf([out], dir);
    expect(pageCount(pdf!)).toBe(1);
    const page = pageTexts(pdf!)[0]!.replace(/\s+/g, ' ');
    expect(page.indexOf('orientés vers un 100')).toBeLessThan(page.indexOf('orientés vers un 150'));
    expect(page).toContain('Points à vérifier (trepied check, règle aci)');
    // Whole lines, the page's width: each line's last words are printed too.
    expect(page).toContain(
      "au lieu de 100 % : le taux d'atteinte de la mission est calculé sur ces 90 %",
    );
    expect(page).toContain('reprenez les pondérations du contrat.');
  });
});
