import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { templateAt } from '../../src/core/restore/template-at';
import { cpts } from '../../src/core/templates/cpts';
import type { TemplateDef } from '../../src/core/templates/types';
import { readBack, xlsxOf } from '../merge/support/files';
import { recalculate } from '../support/libreoffice';

/**
 * Issue 15 end to end: a cpts v1 file whose finance officer typed each mission's rate (one of
 * them 1,3) goes through `trepied upgrade`; LibreOffice recalculates the version 2 file.
 */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-upgrade-aci-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const V1_ACI = [
  { mission: 'Accès aux soins', fixed: 30000, variableMax: 20000, attainment: 1.3, advance: 22500 },
  { mission: 'Parcours pluriprofessionnels', fixed: 25000, variableMax: 25000, attainment: 0.6 },
  { mission: 'Prévention', fixed: 10000, variableMax: 10000, attainment: 1, advance: 25000 },
  // 85 typed for 85 % (the trial): version 1's percent check said so; the upgrade does too.
  { mission: 'Qualité et pertinence', fixed: 10000, variableMax: 10000, attainment: 85 },
];

describe('trepied upgrade of a cpts v1 workbook with typed ACI rates', () => {
  let result: Awaited<ReturnType<typeof run>>;
  let rows: Record<string, Record<string, unknown>[]>;
  beforeAll(async () => {
    const old = path.join(dir, 'aci-v1.xlsx');
    fs.writeFileSync(old, await xlsxOf(templateAt(cpts, 1) as TemplateDef, { ACI: V1_ACI }));
    const next = path.join(dir, 'aci-v2.xlsx');
    result = await run(['upgrade', old, '-o', next]);
    const [recalculated] = recalculate([next], path.join(dir, 'lo'));
    const { values } = await readBack(fs.readFileSync(recalculated!));
    rows = Object.fromEntries(
      values.tables.map((t) => [
        t.name,
        t.values
          .map((cells) => Object.fromEntries(t.headers.map((h, i) => [String(h), cells[i]])))
          .filter((r) => Object.values(r).some((v) => v !== null && v !== '')),
      ]),
    );
  }, 120_000);

  it('says where the typed rates went', () => {
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      '4 valeurs saisies devenues chacune l’indicateur unique de sa mission dans la feuille « Indicateurs ACI »',
    );
  });

  it('issue 15 (trial): a rate typed 85 for 85 % becomes 0,85, said by the report', () => {
    expect(result.out).toContain(
      "ACI!D6 : le taux 85 (colonne « Taux d'atteinte des objectifs ») est sans doute 85 % saisi comme un nombre entier, comme le disait le contrôle de la version 1 : il devient la valeur atteinte 0,85 (85 %) dans la feuille « Indicateurs ACI », le nombre saisi restant écrit dans sa colonne « Source »",
    );
    const quality = rows['IndicateursACI']![3]!;
    expect([quality['Valeur atteinte'], quality['Source']]).toEqual([
      0.85,
      'Saisi dans la version 1 du classeur : 85, lu comme 85 %',
    ]);
    const byMission = (m: string) => rows['ACI']!.find((r) => r['Mission'] === m)!;
    // Not the full 10 000 € the rate read as 8 500 % (capped at 100 %) would have paid.
    expect(byMission('Qualité et pertinence')['Part variable due (€)']).toBe(8500);
  });

  it('keeps each typed rate, as typed, and LibreOffice computes the capped mission rate', () => {
    const byMission = (m: string) => rows['ACI']!.find((r) => r['Mission'] === m)!;
    expect(rows['IndicateursACI']!.map((r) => r['Valeur atteinte'])).toEqual([1.3, 0.6, 1, 0.85]);
    expect(byMission('Accès aux soins')["Taux d'atteinte des objectifs"]).toBe(1);
    expect(byMission('Accès aux soins')['Part variable due (€)']).toBe(20000); // not 26 000
    expect(byMission('Parcours pluriprofessionnels')['Part variable due (€)']).toBe(15000);
    // Prévention overpaid by 5 000 €: its remaining is 0, never −5 000 against the others.
    expect(byMission('Prévention')['Reste à verser (€)']).toBe(0);
    expect(byMission('Prévention')['Trop-perçu (€)']).toBe(5000);
  });

  it("leaves last year's balance blank (version 1 had none) and keeps every payment typed", () => {
    const byMission = (m: string) => rows['ACI']!.find((r) => r['Mission'] === m)!;
    const typed = [
      'Part fixe (€)',
      'Part variable maximale (€)',
      'Avance versée (€)',
      "Solde de l'année précédente dû (€)",
      "Solde de l'année précédente versé (€)",
      "Solde de l'année précédente restant (€)",
    ];
    const blank = (v: unknown) => (v === undefined || v === '' ? null : v);
    expect(V1_ACI.map((r) => typed.map((h) => blank(byMission(r.mission)[h])))).toEqual(
      V1_ACI.map((r) => [r.fixed, r.variableMax, r.advance ?? null, null, null, null]),
    );
    // Accès aux soins: the advance paid, its 27 500 € balance due at the next anniversary.
    const acces = byMission('Accès aux soins');
    expect([
      acces["Reste à verser sur l'avance (€)"],
      acces['Reste à verser sur le solde (€)'],
    ]).toEqual([0, 27500]);
  });

  it('the typed rates stay increases, without levels: the levels sheet is there, empty', () => {
    expect(rows['IndicateursACI']!.map((r) => [r['Évolution souhaitée'], r['Atteinte']])).toEqual([
      [null, 1],
      [null, 0.6],
      [null, 1],
      [null, 0.85],
    ]);
    expect(rows['PaliersACI']).toEqual([]);
  });
});
