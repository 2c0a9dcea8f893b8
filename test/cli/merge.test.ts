import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import type { TemplateDef } from '../../src/core/templates/types';
import type { CellValue } from '../../src/core/values/cell';
import type { WorkbookValuesRead } from '../../src/workbook/xlsx/read';
import { missingFrom, readBack, typedCells, variant, xlsxOf } from '../merge/support/files';
import { partnerData } from '../merge/support/partners';
import { caV1, OWN } from '../merge/support/workbooks';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-merge-'));
const name = (n: number) => `partenaire-${String(n).padStart(2, '0')}.xlsx`;
const files = Array.from({ length: 12 }, (_, i) => path.join(dir, name(i + 1)));
const sources = new Map<string, WorkbookValuesRead>();

/** Partner 5 renamed two headers: one a few letters away, one beyond recognition. */
const renamed: TemplateDef = variant(ca, 'Actions', (cs) =>
  cs.map((c) =>
    c.id === 'title'
      ? { ...c, header: 'Intitulé action' }
      : c.id === 'owner'
        ? { ...c, header: 'Structure porteuse' }
        : c,
  ),
);
/** Partner 11 added a column of their own. */
const remarks = variant(ca, 'Indicateurs', (cs) => [
  ...cs,
  { id: 'remarks', header: 'Remarques', kind: 'text' },
]);

beforeAll(async () => {
  for (const [i, file] of files.entries()) {
    const n = i + 1;
    const data = partnerData(n);
    let bytes: Uint8Array;
    if (n === 3)
      bytes = await xlsxOf(caV1, data); // version 1, never upgraded
    else if (n === 5) bytes = await xlsxOf(renamed, data);
    else if (n === 7) {
      bytes = await xlsxOf(ca, data, (wb) => {
        // A formula typed in a text cell (Objectifs poursuivis of A1).
        wb.getWorksheet('Actions')!.getCell('F2').value = {
          formula: '1+1',
          result: 2,
        } as ExcelJS.CellFormulaValue;
      });
    } else if (n === 9) {
      bytes = await xlsxOf(ca, data, (wb) => {
        wb.getWorksheet('Actions')!.getCell('F2').value = '=SUM(A1:A3)';
        wb.getWorksheet('Preuves')!.getCell('F2').value = {
          text: 'doc',
          hyperlink: 'file:///C:/x',
        };
        wb.getWorksheet('Preuves')!.getCell('F3').value = {
          text: 'compte rendu',
          hyperlink: 'https://example.org/cr.pdf',
        };
      });
    } else if (n === 11) {
      const data11 = {
        ...data,
        Indicateurs: data['Indicateurs']!.map((r, k) => ({ ...r, remarks: `remarque ${k}` })),
      };
      bytes = await xlsxOf(remarks, data11, (wb) => {
        wb.addWorksheet('Notes').getCell('A1').value = 'Relancer la mairie';
      });
    } else if (n === 12) {
      bytes = await xlsxOf(ca, data, (wb) => wb.removeWorksheet(wb.getWorksheet('_meta')!.id));
    } else bytes = await xlsxOf(ca, data);
    fs.writeFileSync(file, bytes);
    sources.set(name(n), (await readBack(bytes)).values);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The non-empty cells of a row, computed cells (formulas) and Provenance left out. */
function rowCells(t: WorkbookValuesRead['tables'][number], r: number, skip: number): CellValue[] {
  return t.values[r]!.filter((v, c) => {
    const f = t.formulas[r]?.[c] ?? null;
    return c !== skip && f === null && v !== null && v !== '';
  });
}

describe('trepied merge: twelve partners', () => {
  const out = path.join(dir, 'programme.xlsx');
  let result: Awaited<ReturnType<typeof run>>;
  let merged: WorkbookValuesRead;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    result = await run(['merge', ...files, '-o', out]);
    ({ values: merged, wb } = await readBack(fs.readFileSync(out)));
  });

  it('writes the merged workbook, says progress on stderr, and exits 1 for the N° action twice', () => {
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      ...files.map((f, i) => `Lecture ${i + 1}/12 : ${f}`),
      'Écriture du classeur fusionné…',
    ]);
    expect(result.out).toContain('Fusion de 12 classeurs');
    expect(result.out).toContain(
      '  3. partenaire-03.xlsx — Coordination 3 (version 1, mise à niveau au passage)',
    );
    expect(merged.meta['version']).toBe(3);
  });

  it('keeps every typed value with its origin: in a row of that file, or in Autres données', () => {
    const others = merged.tables.find((t) => t.name === 'AutresDonnees')!;
    for (const [file, values] of sources) {
      const kept: CellValue[] = [];
      for (const t of merged.tables.filter((x) => OWN.includes(x.name))) {
        const p = t.headers.indexOf('Provenance');
        t.values.forEach((row, r) => {
          if (String(row[p] ?? '').startsWith(`${file} — `)) kept.push(...rowCells(t, r, p));
        });
      }
      for (const row of others.values) if (row[0] === file) kept.push(row[7] ?? null);
      expect([file, missingFrom(typedCells(values, OWN), kept)]).toEqual([file, []]);
    }
  });

  it('merges shared rows once and lists every partner of them', () => {
    const partners = merged.tables.find((t) => t.name === 'Partenaires')!;
    expect(partners.values.filter((r) => r[0] !== null).map((r) => r[0])).toEqual([
      'DAC du Tarn',
      ...Array.from({ length: 12 }, (_, i) => `Structure ${i + 1}`),
    ]);
    const p = partners.headers.indexOf('Provenance');
    expect(String(partners.values[0]![p]).split(' ; ')).toHaveLength(12);
    const copil = merged.tables.find((t) => t.name === 'Instances')!;
    expect(copil.values.filter((r) => r[1] === 'COPIL')).toHaveLength(1);
  });

  it('reports what needed attention, file by file', () => {
    for (const line of [
      "partenaire-05.xlsx : Actions!C1 : l’en-tête « Intitulé action » est lu comme « Intitulé de l'action ».",
      'partenaire-05.xlsx : Feuille « Actions » : colonne « Structure porteuse » inconnue du modèle',
      'partenaire-07.xlsx : Actions!F2 : formule « =1+1 » dans la colonne saisie « Objectifs poursuivis » : sa valeur 2 est reprise, pas la formule.',
      'partenaire-09.xlsx : Preuves!F2 : lien « file:///C:/x » non repris',
      'partenaire-11.xlsx : Feuille « Indicateurs » : colonne « Remarques » inconnue du modèle',
      'partenaire-11.xlsx : Feuille « Notes » inconnue du modèle : 1 valeur reprise dans Autres données.',
      'Actions : 1 N° action est à la fois dans partenaire-01.xlsx, partenaire-02.xlsx',
      'Programme « Coordinateur·rice » : « Coordination 1 » (partenaire-01.xlsx) est retenu ; les 11 autres valeurs sont dans Autres données : « Coordination 2 » (partenaire-02.xlsx),',
      `Étape suivante : trepied check ${path.join(dir, 'programme.xlsx')}`,
    ])
      expect(result.out).toContain(line);
  });

  it('writes text as text and a typed formula as its value', () => {
    const actions = merged.tables.find((t) => t.name === 'Actions')!;
    const p = actions.headers.indexOf('Provenance');
    const aims = actions.headers.indexOf('Objectifs poursuivis');
    const row = (file: string) => actions.values.findIndex((r) => String(r[p]).startsWith(file));
    const ws = wb.getWorksheet('Actions')!;
    const cell = (r: number) => ws.getCell(r + 2, aims + 1);
    const text = cell(row('partenaire-09.xlsx'));
    expect([text.type, text.value, text.formula]).toEqual([
      ExcelJS.ValueType.String,
      '=SUM(A1:A3)',
      undefined,
    ]);
    const two = cell(row('partenaire-07.xlsx'));
    expect([two.type, two.value]).toEqual([ExcelJS.ValueType.Number, 2]);
    const proofs = merged.tables.find((t) => t.name === 'Preuves')!;
    const link = proofs.links!.flat().filter((l) => l !== null);
    expect(link).toEqual(['https://example.org/cr.pdf']);
  });

  it('gives the first Programme its values and carries the others', () => {
    const programme = merged.tables.find((t) => t.name === 'Programme')!;
    const coordinator = programme.values.find((r) => r[0] === 'Coordinateur·rice')!;
    expect(coordinator[1]).toBe('Coordination 1');
    const others = merged.tables.find((t) => t.name === 'AutresDonnees')!;
    expect(others.values.filter((r) => r[5] === 'Coordinateur·rice').map((r) => r[7])).toEqual(
      Array.from({ length: 11 }, (_, i) => `Coordination ${i + 2}`),
    );
  });
});

describe('trepied merge: options and refusals', () => {
  it('--renumber gives each partner its own N° action, references included, and exits 0', async () => {
    const out = path.join(dir, 'renumerote.xlsx');
    const r = await run(['merge', files[0]!, files[1]!, files[2]!, '-o', out, '--renumber']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('renuméroté « A1-2 » dans partenaire-02.xlsx');
    const { values } = await readBack(fs.readFileSync(out));
    const ids = values.tables
      .find((t) => t.name === 'Actions')!
      .values.map((x) => x[0])
      .filter(Boolean);
    expect(ids).toEqual(['A1', 'A2', 'A1-2', 'A2-2', 'A3', 'A1-3']);
    const proofs = values.tables.find((t) => t.name === 'Preuves')!.values.map((x) => x[0]);
    expect(new Set(proofs.filter(Boolean))).toEqual(new Set(ids));
    const check = await run(['check', out, '--json']);
    const report = JSON.parse(check.out);
    expect(report.issues.filter((i: { rule: string }) => i.rule === 'duplicate-id')).toEqual([]);
    expect(report.figures.CA_NbActions).toBe(6);
  });

  it('--check prints the plan and the conflicts and writes nothing', async () => {
    const out = path.join(dir, 'jamais.xlsx');
    const r = await run(['merge', files[0]!, files[2]!, '--check', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '  2. partenaire-03.xlsx — Coordination 3 (version 1, mise à niveau au passage)',
    );
    expect(r.out).toContain('  Actions       3 → 3'); // 2 + 1 actions, none shared
    expect(r.out).toContain('Conflits (');
    expect(r.out).toContain('Vérification seule (--check) : aucun fichier écrit.');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses workbooks of different templates (exit 2, French message)', async () => {
    const other = path.join(dir, 'cpts.xlsx');
    fs.writeFileSync(other, await xlsxOf(cpts, {}));
    const r = await run(['merge', files[0]!, other, '-o', path.join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'trepied : les classeurs ne sont pas du même modèle : « partenaire-01.xlsx » (ca), « cpts.xlsx » (cpts).',
    );
  });

  it.each([
    [['merge', 'a.xlsx'], 'Usage : trepied merge'],
    [['merge', 'p1', 'p1', '-o', 'x.xlsx'], 'est donné deux fois'],
    [['merge', 'p1', '-o', 'p1', '--force'], "fichier d'entrée"],
  ])('refuses %j (exit 2)', async (argv, message) => {
    const r = await run(argv.map((a) => (a === 'p1' ? files[0]! : a)));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining(message)]);
  });
});
