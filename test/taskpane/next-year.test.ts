import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { getTemplate } from '../../src/core/templates';
import { ConsolidateError } from '../../src/taskpane/consolidate';
import { fileToNextYear } from '../../src/taskpane/next-year';
import { NEXT_YEAR } from '../../src/taskpane/next-year-strings';
import { en } from '../../src/taskpane/strings-en';
import { fr } from '../../src/taskpane/strings-fr';
import { planToXlsx } from '../../src/workbook/xlsx/render';

const ca = getTemplate('ca')!;
let bytes: Uint8Array;

beforeAll(async () => {
  const data = {
    ...EXAMPLES.ca.data,
    Actions: EXAMPLES.ca.data['Actions']!.map((r) => ({
      ...r,
      renewed: r['id'] === 'A2' ? 'OUI' : null,
    })),
  };
  bytes = await planToXlsx(buildPlan(ca, { data, config: EXAMPLES.ca.config }));
});

describe('fileToNextYear (Créer, à partir du classeur de l’an dernier)', () => {
  it('carries the renewed action and says so, as trepied new --from does', async () => {
    const { lines, workbook } = await fileToNextYear(
      { name: 'suivi-2024.xlsx', bytes },
      'cumul',
      fr,
      'fr',
    );
    expect(lines).toContain(
      'Année suivante à partir de « suivi-2024.xlsx » : modèle ca, version 3.',
    );
    expect(lines).toContain('  Reprises (1) : A2');
    expect(lines).toContain('  Laissées (3) : A1, A3, A4');
    const actions = workbook.sheets.find((s) => s.name === 'Actions')!.table!;
    expect(actions.rows.filter((r) => r[0] !== null).map((r) => r[0])).toEqual(['A2']);
  });

  it('follows the baseline choice', async () => {
    const file = { name: 'a.xlsx', bytes };
    expect((await fileToNextYear(file, 'inchangee', en, 'en')).lines).toContain(
      'Baselines kept as typed.',
    );
  });

  it('refuses a file that is not a workbook, with a sentence', async () => {
    await expect(
      fileToNextYear({ name: 'x.xlsx', bytes: new Uint8Array([1, 2, 3]) }, 'cumul', fr, 'fr'),
    ).rejects.toBeInstanceOf(ConsolidateError);
  });

  it('has every string in both languages', () => {
    expect(Object.keys(NEXT_YEAR.en).sort()).toEqual(Object.keys(NEXT_YEAR.fr).sort());
    expect(NEXT_YEAR.fr.done(2)).toBe('Classeur de l’année suivante créé : 2 feuilles.');
  });
});
