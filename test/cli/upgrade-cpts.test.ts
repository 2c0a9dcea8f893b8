import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { cpts } from '../../src/core/templates/cpts';
import { missingFrom, readBack, typedCells, xlsxOf } from '../merge/support/files';
import { CPTS_V1_DATA, cptsV1 } from '../support/cpts-v1';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-upgrade-cpts-'));
const old = path.join(dir, 'usagers-2024.xlsx');
const next = path.join(dir, 'usagers-2024-v2.xlsx');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('issue 18: trepied upgrade of a cpts version 1 workbook (seed 003)', () => {
  let result: Awaited<ReturnType<typeof run>>;
  let before: Awaited<ReturnType<typeof readBack>>['values'];
  let back: Awaited<ReturnType<typeof readBack>>;
  beforeAll(async () => {
    const bytes = await xlsxOf(cptsV1, CPTS_V1_DATA);
    fs.writeFileSync(old, bytes);
    before = (await readBack(bytes)).values;
    result = await run(['upgrade', old, '-o', next]);
    back = await readBack(fs.readFileSync(next));
  });

  it('says where the single engagement level and the single determinant go', () => {
    expect(result.code).toBe(0);
    expect(back.values.meta['version']).toBe(2);
    expect(result.out).toContain('modèle cpts, version 1 → 2.');
    expect(result.out).toContain(
      "  Projets : « Niveau d'engagement des usagers » : la version 2 compte les usagers engagés dans chaque phase",
    );
    expect(result.out).toContain(
      '  Population : « Déterminants visés » : la version 2 pose une question par famille',
    );
    expect(result.out).toContain('Feuilles ajoutées (vides) :\n  « Usagers partenaires »');
  });

  it('keeps every typed value: the tables, plus Autres données', () => {
    const tables = cptsV1.tables.map((t) => t.name);
    const after = [
      ...typedCells(
        back.values,
        cpts.tables.map((t) => t.name),
      ),
      ...typedCells(back.values, ['AutresDonnees']),
    ];
    expect(missingFrom(typedCells(before, tables), after)).toEqual([]);
    expect(back.values.sheets).toContain('Usagers partenaires');
  });
});
