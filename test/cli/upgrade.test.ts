import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { EXAMPLES } from '../../src/core/examples';
import { ca } from '../../src/core/templates/ca';
import { missingFrom, readBack, typedCells, variant, xlsxOf } from '../merge/support/files';
import { caV1 } from '../merge/support/workbooks';
import { recalculate } from '../support/libreoffice';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-upgrade-'));
const old = path.join(dir, 'suivi-2024.xlsx');
const next = path.join(dir, 'suivi-2024-v2.xlsx');
const TABLES = ca.tables.map((t) => t.name);

/** A version 1 workbook a partner worked on: a column of their own, edits by hand, a notes sheet. */
const withRemarks = variant(caV1, 'Actions', (cs) => [
  ...cs,
  { id: 'remarks', header: 'Remarques', kind: 'text' },
]);
const data = {
  ...EXAMPLES.ca.data,
  Actions: EXAMPLES.ca.data['Actions']!.map((r, i) => ({
    ...r,
    remarks: i === 1 ? 'à revoir avec le CCAS' : null,
  })),
};

beforeAll(async () => {
  const bytes = await xlsxOf(withRemarks, data, (wb) => {
    const actions = wb.getWorksheet('Actions')!;
    actions.getCell('C2').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    actions.getCell('E2').value = '=SUM(A1:A3)';
    actions.getCell('F3').value = '+33 5 63 00 00 00';
    actions.getCell('AI4').value = 'OUI'; // Triangulation of A3 typed over its formula
    const proofs = wb.getWorksheet('Preuves')!;
    proofs.getCell('F2').value = { text: 'doc', hyperlink: 'file:///C:/x' };
    proofs.getCell('F3').value = { text: 'rapport', hyperlink: 'https://example.org/rapport.pdf' };
    wb.addWorksheet('Notes').getCell('B2').value = 'Penser au COPIL de juin';
  });
  fs.writeFileSync(old, bytes);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('trepied upgrade', () => {
  let result: Awaited<ReturnType<typeof run>>;
  let back: Awaited<ReturnType<typeof readBack>>;
  beforeAll(async () => {
    result = await run(['upgrade', old, '-o', next]);
    back = await readBack(fs.readFileSync(next));
  });

  it('writes a version 3 workbook and says what moved, in French', () => {
    expect(result.code).toBe(0);
    expect(back.values.meta['version']).toBe(3);
    expect(result.out).toContain(
      'Mise à niveau de « suivi-2024.xlsx » : modèle ca, version 1 → 3.',
    );
    expect(result.out).toContain(
      '  Preuves : « Lien ou référence » → « Lien ou emplacement de la preuve »',
    );
    expect(result.out).toContain('  Actions : « Partenaires associés »');
    expect(result.out).toContain('  Indicateurs : « Évolution souhaitée »');
    expect(result.out).toContain('  Actions       4');
    expect(result.out).toContain('dans la feuille « Autres données »');
    expect(result.out).toContain(`Classeur mis à niveau écrit : ${next}`);
  });

  it('keeps every typed value: the tables, plus Autres données', () => {
    const before = typedCells(readBackSync(old), [...TABLES]);
    const after = [
      ...typedCells(back.values, [...TABLES]),
      ...typedCells(back.values, ['AutresDonnees']),
    ];
    expect(missingFrom(before, after)).toEqual([]);
    const headers = back.values.tables.find((t) => t.name === 'Preuves')!.headers;
    expect(headers[5]).toBe('Lien ou emplacement de la preuve');
    const actions = back.values.tables.find((t) => t.name === 'Actions')!.headers;
    expect(actions.slice(3, 6)).toEqual([
      'Porteur',
      'Partenaires associés',
      'Objectifs poursuivis',
    ]);
  });

  it('writes text as text: "=SUM(A1:A3)" and "+33…" are strings, never formulas', () => {
    const ws = back.wb.getWorksheet('Actions')!;
    // Columns moved one to the right: Objectifs poursuivis is now F, Résultats attendus G.
    for (const [ref, text] of [
      ['F2', '=SUM(A1:A3)'],
      ['G3', '+33 5 63 00 00 00'],
    ] as const) {
      const cell = ws.getCell(ref);
      expect([cell.type, cell.value, cell.formula]).toEqual([
        ExcelJS.ValueType.String,
        text,
        undefined,
      ]);
    }
  });

  it('takes a formula’s value in an entered cell, and reports it', () => {
    const cell = back.wb.getWorksheet('Actions')!.getCell('C2');
    expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.Number, 2]);
    expect(result.out).toContain(
      "Actions!C2 : formule « =1+1 » dans la colonne saisie « Intitulé de l'action » : sa valeur 2 est reprise, pas la formule.",
    );
  });

  it('drops a link to a file but keeps its text; keeps a web link', () => {
    const ws = back.wb.getWorksheet('Preuves')!;
    expect([ws.getCell('F2').value, ws.getCell('F2').hyperlink]).toEqual(['doc', undefined]);
    expect(ws.getCell('F3').value).toEqual({
      text: 'rapport',
      hyperlink: 'https://example.org/rapport.pdf',
    });
    expect(result.out).toContain('Preuves!F2 : lien « file:///C:/x » non repris');
  });

  it('carries the unknown column, the notes sheet and the typed Triangulation to Autres données', () => {
    const others = back.values.tables.find((t) => t.name === 'AutresDonnees')!;
    expect(back.values.sheets.slice(-2)).toEqual(['Autres données', '_meta']);
    const rows = others.values.map((r) => [r[2], r[4], r[5], r[6], r[7]]);
    expect(rows).toEqual([
      ['Actions', 'AK3', 'A2', 'Remarques', 'à revoir avec le CCAS'],
      ['Actions', 'AI4', 'A3', 'Triangulation', 'OUI'],
      ['Notes', 'B2', null, null, 'Penser au COPIL de juin'],
    ]);
    expect(others.values[0]![0]).toBe('suivi-2024.xlsx');
  });

  it('never touches its input and never overwrites without --force', async () => {
    const before = fs.readFileSync(old);
    expect((await run(['upgrade', old, '-o', old, '--force'])).err).toContain("fichier d'entrée");
    const again = await run(['upgrade', old, '-o', next]);
    expect([again.code, again.err]).toEqual([
      2,
      `trepied : Le fichier « ${next} » existe déjà. Ajoutez --force pour le remplacer.`,
    ]);
    expect((await run(['upgrade', old, '-o', next, '--force'])).code).toBe(0);
    expect(fs.readFileSync(old).equals(before)).toBe(true);
  });

  it.each([
    [['upgrade', 'x.xlsx'], 'Usage : trepied upgrade'],
    [['upgrade', 'absent.xlsx', '-o', 'y.xlsx'], 'fichier introuvable'],
  ])('refuses %j with exit 2', async (argv, message) => {
    const r = await run(argv.map((a) => (a.endsWith('.xlsx') ? path.join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('refuses a workbook that is not a Trépied one', async () => {
    const other = path.join(dir, 'budget.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').getCell('A1').value = 'Total';
    fs.writeFileSync(other, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await run(['upgrade', other, '-o', path.join(dir, 'z.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("« budget.xlsx » n'est pas un classeur Trépied reconnu");
  });
});

function readBackSync(file: string) {
  return readBackCache.get(file)!;
}
const readBackCache = new Map<string, Awaited<ReturnType<typeof readBack>>['values']>();
beforeAll(async () => {
  readBackCache.set(old, (await readBack(fs.readFileSync(old))).values);
});

describe('issue 18: the COPIL dashboard after upgrade and merge', () => {
  it('an upgraded version 1 workbook has the dashboard, live on its tables in LibreOffice', async () => {
    const out = path.join(dir, 'copil-v3.xlsx');
    expect((await run(['upgrade', old, '-o', out])).code).toBe(0);
    const [recalculated] = recalculate([out], path.join(dir, 'lo'));
    const back = await readBack(fs.readFileSync(recalculated!));
    const at = (ref: string) =>
      back.values.loose?.find((c) => c.sheet === ca.dashboard!.sheet && c.ref === ref)?.value;
    expect(at('A3')).toBe('N° action');
    // The example's first action and its process indicator, as typed in version 1.
    expect(at('A4')).toBe('A1');
    expect(at('C4')).toBe(
      EXAMPLES.ca.data['Indicateurs']!.find(
        (r) => r['action'] === 'A1' && r['type'] === 'Processus',
      )?.['name'],
    );
  });

  it('merging two version 3 workbooks carries none of the dashboard to Autres données', async () => {
    const a = path.join(dir, 'albi.xlsx');
    const b = path.join(dir, 'castres.xlsx');
    const out = path.join(dir, 'programme.xlsx');
    fs.writeFileSync(a, await xlsxOf(ca, EXAMPLES.ca.data));
    const castres = {
      Actions: [{ id: 'C1', title: 'Action de Castres', owner: 'Castres' }],
      Indicateurs: [{ action: 'C1', type: 'Activité', name: 'Ateliers', target: 4 }],
    };
    fs.writeFileSync(b, await xlsxOf(ca, castres));
    const merged = await run(['merge', a, b, '-o', out]);
    expect(merged.err).toBe('');
    const back = await readBack(fs.readFileSync(out));
    const others = back.values.tables.find((t) => t.name === 'AutresDonnees');
    const sheets = (others?.values ?? []).map((row) => row[others!.headers.indexOf('Feuille')]);
    expect(sheets).not.toContain(ca.dashboard!.sheet);
    expect(back.values.sheets).toContain(ca.dashboard!.sheet);
  });
});
