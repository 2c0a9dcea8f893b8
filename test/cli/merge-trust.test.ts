import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ca } from '../../src/core/templates/ca';
import type { Row } from '../../src/core/values/cell';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { readBack, variant, xlsxOf } from '../merge/support/files';
import { partnerData } from '../merge/support/partners';

/** A coordinator trusts the merged totals (issue #17): copies, shared meetings, provenance. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-trust-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);
const d = (s: string) => new Date(`${s}T00:00:00Z`);

async function figures(f: string): Promise<Record<string, number | null>> {
  const r = await run(['check', f, '--json']);
  return (JSON.parse(r.out) as { figures: Record<string, number | null> }).figures;
}

describe('identical partner rows', () => {
  beforeAll(async () => {
    const bytes = await xlsxOf(ca, partnerData(2));
    fs.writeFileSync(file('albi.xlsx'), bytes);
    fs.writeFileSync(file('albi-copie.xlsx'), bytes);
  });

  it.each([[[]], [['--renumber']]])(
    'two copies of one workbook (options %j) are reported, exit 1, never silent (regression: totals doubled)',
    async (opts) => {
      const out = file(`copies${opts.length}.xlsx`);
      const r = await run([
        'merge',
        file('albi.xlsx'),
        file('albi-copie.xlsx'),
        '-o',
        out,
        ...opts,
      ]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /Actions : les 3 lignes de .*albi-copie\.xlsx sont déjà dans .*albi\.xlsx .*semble être une copie/,
      );
      expect(r.out).toMatch(/Indicateurs : les 6 lignes de .*albi-copie\.xlsx sont déjà dans/);
      const one = await figures(file('albi.xlsx'));
      const merged = await figures(out);
      // Both copies are kept (nothing is dropped) and said to count twice.
      expect(merged['CA_NbActions']).toBe(2 * one['CA_NbActions']!);
      expect(r.out).toContain('deux fois dans chaque total');
    },
  );

  it('finds a copied row among different ones, whatever its case, spacing or N°', async () => {
    const data = partnerData(4);
    const copied: Row = {
      ...data['Actions']![0]!,
      id: 'B7',
      title: `  ${String(data['Actions']![0]!['title']).toUpperCase()} `,
    };
    const other = partnerData(5);
    fs.writeFileSync(file('p4.xlsx'), await xlsxOf(ca, data));
    fs.writeFileSync(
      file('p5.xlsx'),
      await xlsxOf(ca, { ...other, Actions: [...other['Actions']!, copied] }),
    );
    const r = await run(['merge', file('p4.xlsx'), file('p5.xlsx'), '--check']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /Actions : 1 ligne de .*p5\.xlsx \(lignes \d+ : B7\) reprend le contenu de .*p4\.xlsx/,
    );
  });
});

describe('the same meeting recorded by several partners', () => {
  it('is counted once; a value that differs goes to Autres données and is reported (regression: 5 COPIL for 2)', async () => {
    const meetings = (present: number): Row[] => [
      { date: d('2025-03-12'), kind: 'COPIL', invited: 10, present },
      { date: d('2025-09-20'), kind: 'COPIL', invited: 10, present: 8 },
    ];
    const names = ['a', 'b', 'c'].map((x) => file(`instances-${x}.xlsx`));
    for (const [i, f] of names.entries()) {
      const data = partnerData(i + 1);
      fs.writeFileSync(
        f,
        await xlsxOf(ca, {
          ...data,
          Instances: i === 2 ? meetings(6).slice(0, 1) : meetings(i === 1 ? 7 : 6),
        }),
      );
    }
    const out = file('instances.xlsx');
    const r = await run(['merge', ...names, '-o', out, '--renumber']);
    expect(r.out).toMatch(
      /Instances : 1 événement enregistré par plusieurs classeurs, compté une fois .*2025-03-12 COPIL \(.*instances-a\.xlsx, .*instances-b\.xlsx\)/,
    );
    expect((await figures(out))['CA_NbReunionsCopil']).toBe(2);
    const check = JSON.parse((await run(['check', out, '--json'])).out) as {
      figures: Record<string, number>;
    };
    expect(check.figures['CA_NbReunionsCopil']).toBe(2);
  });
});

describe('the merge report', () => {
  it('groups duplicate N° action in one line per table and suggests trepied check', async () => {
    const names = [1, 2, 3].map((n) => file(`groupe-${n}.xlsx`));
    for (const [i, f] of names.entries()) {
      const data = partnerData(i + 1);
      const actions = Array.from({ length: 12 }, (_, k) => ({
        ...data['Actions']![0]!,
        id: `A${k + 1}`,
        title: `Action ${k + 1} de ${i + 1}`,
      }));
      fs.writeFileSync(f, await xlsxOf(ca, { ...data, Actions: actions }));
    }
    const out = file('groupe.xlsx');
    const r = await run(['merge', ...names, '-o', out]);
    const lines = r.out.split('\n').filter((l) => l.includes('N° action'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('12 N° action sont à la fois dans');
    expect(lines[0]).toContain('A1, A2, A3, A4, A5, …, A11, A12');
    expect(r.out).toContain(`Étape suivante : trepied check ${out}`);
  });
});

describe('text byte for byte', () => {
  it('keeps a carriage return, control characters and a typed _x0041_ through merge (regression: CR came back as a line feed)', async () => {
    const text = 'ligne 1\r\nligne 2\rfin\u0001 _x0041_ _x005F_ ok';
    const data = partnerData(1);
    const actions = data['Actions']!.map((r, i) => (i === 0 ? { ...r, title: text } : r));
    fs.writeFileSync(file('cr-1.xlsx'), await xlsxOf(ca, { ...data, Actions: actions }));
    fs.writeFileSync(file('cr-2.xlsx'), await xlsxOf(ca, partnerData(2)));
    const out = file('cr.xlsx');
    expect(
      (await run(['merge', file('cr-1.xlsx'), file('cr-2.xlsx'), '-o', out])).code,
    ).toBeLessThan(2);
    const bytes = fs.readFileSync(out);
    const streamed = await readWorkbookFile(bytes, 'cr.xlsx');
    const model = (await readBack(bytes)).values;
    for (const values of [streamed, model]) {
      const t = values.tables.find((x) => x.name === 'Actions')!;
      const c = t.headers.indexOf("Intitulé de l'action");
      expect(t.values.map((r) => r[c])).toContain(text);
    }
  });
});

describe('an unrecognised header', () => {
  it('« Nb bénéficiaires touchés » is read as « Nombre de bénéficiaires atteints »: its values count, and the report says so', async () => {
    const touched = variant(ca, 'Actions', (cs) =>
      cs.map((c) =>
        c.id === 'beneficiariesReached' ? { ...c, header: 'Nb bénéficiaires touchés' } : c,
      ),
    );
    const data = (n: number) => ({
      ...partnerData(n),
      Actions: partnerData(n)['Actions']!.map((r, i) => ({
        ...r,
        beneficiariesReached: 10 * n + i,
      })),
    });
    fs.writeFileSync(file('touches.xlsx'), await xlsxOf(touched, data(1)));
    fs.writeFileSync(file('atteints.xlsx'), await xlsxOf(ca, data(2)));
    const out = file('beneficiaires.xlsx');
    const r = await run([
      'merge',
      file('touches.xlsx'),
      file('atteints.xlsx'),
      '-o',
      out,
      '--renumber',
    ]);
    expect(r.out).toContain(
      'l’en-tête « Nb bénéficiaires touchés », inconnu du modèle, est lu comme « Nombre de bénéficiaires atteints »',
    );
    expect(r.out).not.toContain('colonne « Nb bénéficiaires touchés » inconnue');
    const sum = (n: number) =>
      data(n)['Actions'].reduce((s, a) => s + Number(a.beneficiariesReached), 0);
    expect((await figures(out))['CA_BeneficiairesAtteints']).toBe(sum(1) + sum(2));
  });

  it('a header with nothing in common stays in Autres données', async () => {
    const odd = variant(ca, 'Actions', (cs) =>
      cs.map((c) => (c.id === 'owner' ? { ...c, header: 'Structure porteuse' } : c)),
    );
    fs.writeFileSync(file('odd.xlsx'), await xlsxOf(odd, partnerData(1)));
    fs.writeFileSync(file('odd-2.xlsx'), await xlsxOf(ca, partnerData(2)));
    const r = await run(['merge', file('odd.xlsx'), file('odd-2.xlsx'), '--check']);
    expect(r.out).toContain('colonne « Structure porteuse » inconnue du modèle');
  });
});
