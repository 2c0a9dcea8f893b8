import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { compute } from '../../src/core/indicators/compute';
import { restore } from '../../src/core/restore/restore';
import type { Restored } from '../../src/core/restore/types';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import type { TemplateDef } from '../../src/core/templates/types';
import type { CellValue, Row } from '../../src/core/values/cell';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { recalculate } from '../support/libreoffice';
import { checkDiffs, computedDiffs, rowsOf } from '../support/parity-compare';
import { xlsxOf } from '../merge/support/files';
import { caV1, caV2 } from '../merge/support/workbooks';

/*
 * Year N+1 from year N with real files: the example filled and marked at the bilan annuel, saved
 * by LibreOffice and by openpyxl (as partners do), and version 1 and 2 files; each carried by
 * `trepied new ca … --from …`, read back through the product's reader, recalculated in
 * LibreOffice.
 */

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-from-'));
const at = (f: string) => path.join(dir, f);
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const rows = (r: Row[] | undefined) => r ?? [];

/** Year N as a coordinator leaves it: the example, A1 and A2 renewed, A3 not, A4 undecided. */
const MARKS: Record<string, string> = { A1: 'OUI', A2: 'OUI', A3: 'NON' };
const yearN: Record<string, Row[]> = {
  ...EXAMPLES.ca.data,
  Programme: [
    ...rows(EXAMPLES.ca.data['Programme']),
    { field: 'Début de période', value: d('2024-01-01') },
    { field: 'Fin de période', value: d('2024-12-31') },
  ],
  Actions: rows(EXAMPLES.ca.data['Actions']).map((r) => ({
    ...r,
    ...(r['id'] === 'A2' ? { title: '=SOMME(A1:A3) reste du texte', aims: '-20 % de délais' } : {}),
    renewed: MARKS[String(r['id'])] ?? null,
  })),
};
const ACTIONS_ANSWERS = [
  'beneficiariesReached',
  'resourcesOk',
  'resourcesWhy',
  'groupsOk',
  'groupsWhy',
  'conformity',
  'conformityWhy',
  'objectivesMet',
  'objectivesWhy',
  'participationObserved',
  'renewed',
];

type Case = { name: string; file: string; renewed: string[]; version: number; t: TemplateDef };
const CASES: Case[] = [
  { name: 'written by Trépied', file: 'n.xlsx', renewed: ['A1', 'A2'], version: 3, t: ca },
  { name: 'saved by LibreOffice', file: 'n-lo.xlsx', renewed: ['A1', 'A2'], version: 3, t: ca },
  { name: 'saved by openpyxl', file: 'n-py.xlsx', renewed: ['A1', 'A2'], version: 3, t: ca },
  // Versions 1 and 2 have no renewal column: every action is carried.
  {
    name: 'of version 1',
    file: 'n-v1.xlsx',
    renewed: ['A1', 'A2', 'A3', 'A4'],
    version: 1,
    t: caV1,
  },
  {
    name: 'of version 2',
    file: 'n-v2.xlsx',
    renewed: ['A1', 'A2', 'A3', 'A4'],
    version: 2,
    t: caV2,
  },
];
const next = (c: Case) => at(c.file.replace('n', 'n1'));
const results: Record<string, Awaited<ReturnType<typeof run>>> = {};
const recalculated: Record<string, string> = {};

async function restoredOf(file: string): Promise<Restored> {
  const r = restore(
    await readWorkbookFile(fs.readFileSync(file), path.basename(file), { everything: true }),
    path.basename(file),
  );
  if (!r.template) throw new Error(`${file} not recognised`);
  return r;
}

beforeAll(async () => {
  fs.writeFileSync(at('n.xlsx'), await xlsxOf(ca, yearN));
  const { Actions, ...rest } = yearN;
  const old = { ...rest, Actions: rows(Actions).map(({ renewed: _, ...r }) => r) };
  fs.writeFileSync(at('n-v1.xlsx'), await xlsxOf(caV1, old));
  fs.writeFileSync(at('n-v2.xlsx'), await xlsxOf(caV2, old));
  const [lo] = recalculate([at('n.xlsx')], fs.mkdtempSync(path.join(dir, 'lo-')));
  fs.copyFileSync(lo!, at('n-lo.xlsx'));
  const py = spawnSync('/usr/bin/python3', [
    '-c',
    'import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])',
    at('n.xlsx'),
    at('n-py.xlsx'),
  ]);
  if (py.status !== 0) throw new Error(`openpyxl: ${String(py.stderr)}`);
  for (const c of CASES) results[c.file] = await run(['new', 'ca', next(c), '--from', at(c.file)]);
  const outs = recalculate(CASES.map(next), fs.mkdtempSync(path.join(dir, 'recalc-')));
  CASES.forEach((c, i) => (recalculated[c.file] = outs[i]!));
}, 600_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(CASES)('trepied new ca --from a year N file $name', (c) => {
  let before: Restored;
  let after: Restored;
  beforeAll(async () => {
    before = await restoredOf(at(c.file));
    after = await restoredOf(next(c));
  });
  const values = (r: Restored, table: string) => (r.tables[table] ?? []).map((x) => x.values);
  const v = (x: CellValue | undefined) => x ?? null;

  it('writes a version 3 workbook and says what was carried and left, in French', () => {
    const res = results[c.file]!;
    expect(res.code).toBe(0);
    expect(after.version).toBe(3);
    expect(res.out).toContain(`Année suivante à partir de « ${c.file} » : modèle ca`);
    expect(res.out).toContain(`  Reprises (${c.renewed.length}) : ${c.renewed.join(', ')}`);
    expect(res.out).toContain('  Preuves : 12 lignes');
    expect(res.out).toContain('  Début de période : 01/01/2024 → 01/01/2025');
    expect(res.out).toContain(`Classeur de l'année suivante écrit : ${next(c)}`);
  });

  it('keeps everything typed that is carried: programme, objectives, partners, actions, indicators', () => {
    // Columns new in version 3 come blank: compared on what was typed.
    const typed = (r: Row) => Object.fromEntries(Object.entries(r).filter(([, x]) => x !== null));
    for (const table of ['Objectifs', 'Partenaires'])
      expect(values(after, table).map(typed)).toEqual(values(before, table).map(typed));
    const field = (r: Restored, f: string) =>
      values(r, 'Programme').find((x) => x['field'] === f)?.['value'];
    for (const f of ['Intitulé du programme', 'Objectif général', 'Coordinateur·rice'])
      expect(field(after, f)).toEqual(field(before, f));
    expect(field(after, 'Fin de période')).toEqual(d('2025-12-31'));

    const oldActions = values(before, 'Actions').filter((r) => c.renewed.includes(String(r['id'])));
    const newActions = values(after, 'Actions');
    expect(newActions.map((r) => r['id'])).toEqual(c.renewed);
    const kept = ca.tables
      .find((x) => x.name === 'Actions')!
      .columns.filter((x) => !x.computed && ![...ACTIONS_ANSWERS, 'start', 'end'].includes(x.id));
    newActions.forEach((r, i) => {
      for (const col of kept)
        expect([col.id, v(r[col.id])]).toEqual([col.id, v(oldActions[i]![col.id])]);
    });
    // Text stays text: the title beginning with = is not a formula in the new workbook.
    expect(newActions.find((r) => r['id'] === 'A2')?.['title']).toBe(
      '=SOMME(A1:A3) reste du texte',
    );
    expect(after.attention.filter((a) => a.kind === 'formula')).toEqual([]);
  });

  it('writes a partner’s text as text, never as a formula', async () => {
    const read = await readWorkbookFile(fs.readFileSync(next(c)), 'n1.xlsx');
    const actions = read.tables.find((x) => x.name === 'Actions')!;
    const [title, aims] = ["Intitulé de l'action", 'Objectifs poursuivis'].map((h) =>
      actions.headers.indexOf(h),
    );
    const row = actions.values.findIndex((r) => r[0] === 'A2');
    expect(actions.values[row]![title!]).toBe('=SOMME(A1:A3) reste du texte');
    expect(actions.values[row]![aims!]).toBe('-20 % de délais');
    expect([actions.formulas[row]![title!], actions.formulas[row]![aims!]]).toEqual([null, null]);

    const oldInd = values(before, 'Indicateurs').filter((r) =>
      c.renewed.includes(String(r['action'])),
    );
    const newInd = values(after, 'Indicateurs');
    expect(newInd).toHaveLength(oldInd.length);
    const realised = compute(c.t, { Indicateurs: oldInd }).tables['Indicateurs']!;
    newInd.forEach((r, i) => {
      const o = oldInd[i]!;
      for (const id of ['action', 'type', 'name', 'unit', 'mode', 'target', 'method'])
        expect([id, v(r[id])]).toEqual([id, v(o[id])]);
      // Versions 1–2 had neither: filled as they read them (an increase; blank or Somme: a cumul).
      const nature =
        c.version < 3
          ? ['Somme', null].includes(v(o['mode']) as string | null)
            ? 'Cumul sur la période'
            : 'Niveau ou taux'
          : v(o['nature']);
      expect(r['nature']).toBe(nature);
      expect(r['direction']).toBe(c.version < 3 ? 'Hausse souhaitée' : o['direction']);
      const cumulative = nature === 'Cumul sur la période';
      const was = realised[i]!['realised'];
      // A realised value past the target in the wanted direction leaves the baseline as it was.
      const target = v(r['target']);
      const down = r['direction'] === 'Baisse souhaitée';
      const beyond =
        typeof was === 'number' &&
        typeof target === 'number' &&
        (down ? was < target : was > target);
      expect(v(r['baseline'])).toEqual(
        cumulative && typeof was === 'number' && !beyond ? was : v(o['baseline']),
      );
    });
  });

  it('carries nothing that belongs to last year: quarters, answers, reasons, proofs', () => {
    for (const r of values(after, 'Indicateurs'))
      for (const q of ['t1', 't2', 't3', 't4', 'comment']) expect([q, v(r[q])]).toEqual([q, null]);
    for (const r of values(after, 'Actions'))
      for (const id of ACTIONS_ANSWERS) expect([id, v(r[id])]).toEqual([id, null]);
    for (const table of ['Preuves', 'ChaineValeur', 'Contribution', 'Instances'])
      expect([table, values(after, table)]).toEqual([table, []]);
  });

  it('has no checker error the year N workbook lacked', async () => {
    const errors = async (file: string) =>
      checkWorkbook(await readWorkbookFile(fs.readFileSync(file), 'x.xlsx'))
        .issues.filter((i) => i.severity === 'error')
        .map((i) => `${i.rule}:${String((i.params as { problem?: string }).problem ?? '')}`);
    const old = new Set(await errors(at(c.file)));
    expect((await errors(next(c))).filter((e) => !old.has(e))).toEqual([]);
  });

  it('recalculates in LibreOffice to the checker’s figures', async () => {
    const wb = await readWorkbookFile(fs.readFileSync(recalculated[c.file]!), 'recalcule.xlsx');
    expect(checkDiffs(ca, wb)).toEqual([]);
    expect(computedDiffs(ca, wb).diffs).toEqual([]);
  });
});

describe('trepied new cpts --from a year N file saved by LibreOffice', () => {
  let res: Awaited<ReturnType<typeof run>>;
  let recalc: string;
  beforeAll(async () => {
    fs.writeFileSync(at('u.xlsx'), await xlsxOf(cpts, EXAMPLES.cpts.data));
    const [lo] = recalculate([at('u.xlsx')], fs.mkdtempSync(path.join(dir, 'ulo-')));
    res = await run(['new', 'cpts', at('u1.xlsx'), '--from', lo!]);
    [recalc] = recalculate([at('u1.xlsx')], fs.mkdtempSync(path.join(dir, 'u1lo-')));
  }, 300_000);

  it('carries the CPTS and its projects, empties the year’s figures, recalculates to the checker', async () => {
    expect(res.code).toBe(0);
    expect(res.out).toContain('Projets : toutes les lignes sont reprises.');
    const after = await restoredOf(at('u1.xlsx'));
    const projects = (after.tables['Projets'] ?? []).map((x) => x.values);
    expect(projects.map((p) => p['id'])).toEqual(
      rows(EXAMPLES.cpts.data['Projets']).map((p) => p['id']),
    );
    expect(projects.every((p) => p['participants'] === null && p['satisfied'] === null)).toBe(true);
    expect(after.tables['Preuves']).toEqual([]);
    const wb = await readWorkbookFile(fs.readFileSync(recalc), 'recalcule.xlsx');
    expect(checkDiffs(cpts, wb)).toEqual([]);
    expect(computedDiffs(cpts, wb).diffs).toEqual([]);
    const errors = checkWorkbook(wb).issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
  });

  it("fills each mission's balance of year n-1 with what remained to pay in year N, and says so", async () => {
    // Year N as LibreOffice showed it to the finance officer: its « Reste à verser » per mission
    // (Accès aux soins: 30 000 + 50 % of 20 000, paid levels, − the 22 500 advance)
    // (and a balance of the year before still owed, Prévention's 2 500 €).
    const [lo] = recalculate([at('u.xlsx')], fs.mkdtempSync(path.join(dir, 'ulo2-')));
    const yearN = await readWorkbookFile(fs.readFileSync(lo!), 'n.xlsx');
    const owed = rowsOf(cpts, yearN)['ACI']!.flatMap((r) =>
      typeof r['remaining'] === 'number'
        ? [
            [
              r['mission'],
              Math.round(
                (r['remaining'] +
                  (typeof r['prevRemaining'] === 'number' ? r['prevRemaining'] : 0)) *
                  100,
              ) / 100,
            ],
          ]
        : [],
    );
    expect(owed).toEqual([
      ['Accès aux soins', 17500],
      ['Parcours pluriprofessionnels', 27083.33],
      ['Prévention', 14000],
      ['Fonctionnement de la CPTS', 15000],
    ]);
    const after = await restoredOf(at('u1.xlsx'));
    const aci = (after.tables['ACI'] ?? []).map((x) => x.values);
    expect(
      aci.flatMap((r) => (r['prevDue'] === null ? [] : [[r['mission'], r['prevDue']]])),
    ).toEqual(owed);
    expect(aci.every((r) => r['prevPaid'] === null && r['advance'] === null)).toBe(true);
    expect(res.out).toContain(
      "ACI : « Solde de l'année précédente dû (€) » rempli avec le « Reste à verser (€) » de l'an dernier",
    );
    expect(res.out).toContain(
      "  Prévention : 14 000 € (dont 2 500 € du solde de l'année d'avant, encore dû)",
    );
    // Next year's workbook: last year's balances due at its anniversary, with the advances.
    const wb = await readWorkbookFile(fs.readFileSync(recalc), 'recalcule.xlsx');
    expect(wb.names['CPTS_ACI_SoldePrecedentDu']).toBeCloseTo(17500 + 27083.33 + 14000 + 15000, 6);
    expect(wb.names['CPTS_ACI_AttenduAnniversaire']).toBeCloseTo(
      17500 + 27083.33 + 14000 + 15000 + 0.75 * (30000 + 25000 + 10000 + 60000),
      6,
    );
  });
});

describe('trepied new --from refuses', () => {
  it.each([
    [
      ['new', 'cpts', at('x.xlsx'), '--from', at('n.xlsx')],
      'est un classeur du modèle ca, pas cpts',
    ],
    [
      ['new', 'ca', at('n.xlsx'), '--from', at('n.xlsx'), '--force'],
      "l'entrée n'est jamais remplacée",
    ],
    [['new', 'ca', at('y.xlsx'), '--from', at('n.xlsx'), '--example'], '--from ne se combine pas'],
    [
      ['new', 'ca', at('z.xlsx'), '--from', at('n.xlsx'), '--valeur-initiale', 'moyenne'],
      'Valeur inconnue « moyenne » pour --valeur-initiale',
    ],
    [['new', 'ca', at('w.xlsx'), '--from', at('absent.xlsx')], 'absent.xlsx'],
    [['new', 'ca', at('v.xlsx'), '--valeur-initiale', 'toutes'], 's’emploie avec --from'],
  ])('%j', async (argv, message) => {
    const before = fs.readFileSync(at('n.xlsx'));
    const res = await run(argv);
    expect(res.code).toBe(2);
    expect(res.err).toContain(message);
    expect(res.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.readFileSync(at('n.xlsx')).equals(before)).toBe(true);
  });
});

describe('trepied new cpts --from: typing mistakes carried (regression: carried silently)', () => {
  it('keeps them and says where they are in the new file, as its check finds them', async () => {
    const access = 'Patients sans médecin traitant orientés vers un médecin traitant';
    const data = EXAMPLES.cpts.data;
    fs.writeFileSync(
      at('typos.xlsx'),
      await xlsxOf(cpts, {
        ...data,
        IndicateursACI: rows(data['IndicateursACI']).map((r) =>
          r['id'] === access ? { ...r, weight: 0.5 } : r,
        ),
        PaliersACI: rows(data['PaliersACI']).map((r, i) =>
          i === 1 ? { ...r, granted: '80 %' } : r,
        ),
      }),
    );
    const res = await run(['new', 'cpts', at('typos-next.xlsx'), '--from', at('typos.xlsx')]);
    expect(res.code).toBe(0);
    const lines = res.out.split('\n');
    const from = lines.indexOf(
      'Valeurs reprises telles quelles, que le contrôle signale dans le nouveau classeur (à corriger) :',
    );
    expect(from).toBeGreaterThan(0);
    const told = lines.slice(from + 1).filter((l) => l.startsWith('  '));
    // The cells said are those `trepied check` finds in the file written.
    const wb = await readWorkbookFile(fs.readFileSync(at('typos-next.xlsx')), 'typos-next.xlsx');
    const found = checkWorkbook(wb).issues.map((i) => `${i.sheet}, ${i.cell}`);
    const places = told.map((l) => /^ {2}(.+?, [A-Z]+\d+) :/.exec(l)?.[1]);
    expect(places).toEqual(expect.arrayContaining(['Paliers ACI, C3', 'Indicateurs ACI, D2']));
    for (const p of places) expect(found).toContain(p);
    // Nothing typed is lost: the text « 80 % » is in the new file as typed.
    const levels = wb.tables.find((t) => t.name === 'PaliersACI')!;
    expect(levels.values[1]?.[levels.headers.indexOf('Atteinte accordée')]).toBe('80 %');
  });
});
