import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { getTemplate } from '../../src/core/templates';
import {
  ConsolidateError,
  fileToUpgrade,
  filesToMergeDryRun,
  mergedPlan,
} from '../../src/taskpane/consolidate';
import { en } from '../../src/taskpane/strings-en';
import { fr } from '../../src/taskpane/strings-fr';
import { planToXlsx } from '../../src/workbook/xlsx/render';

const ca = getTemplate('ca')!;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await planToXlsx(buildPlan(ca, { data: EXAMPLES.ca.data, config: EXAMPLES.ca.config }));
});

describe('filesToMergeDryRun', () => {
  it('reads the files and describes the merge, the duplicate N° action included', async () => {
    const progress: string[] = [];
    const files = [
      { name: 'albi.xlsx', bytes },
      { name: 'castres.xlsx', bytes },
    ];
    const { plan, text, lang } = await filesToMergeDryRun(
      files,
      { renumber: false, lang: 'fr', t: fr },
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(progress).toEqual(['1/2', '2/2']);
    expect(lang).toBe('fr');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Fusion de 2 classeurs — .* \(modèle ca, version \d+\)$/);
    expect(lines[1]).toMatch(/^ {2}1\. albi\.xlsx/);
    expect(lines[2]).toMatch(/^ {2}2\. castres\.xlsx/);
    expect(text).toMatch(/Lignes par tableau/);
    expect(text).toMatch(/^ {2}Actions +8 → 8$/m);
    expect(text).toMatch(
      /Actions : \d+ N° action sont à la fois dans albi\.xlsx, castres\.xlsx \(A1, /,
    );
    // The same file twice: its rows would count twice, and the report says so.
    expect(text).toMatch(/Actions : les \d+ lignes de castres\.xlsx sont déjà dans albi\.xlsx/);
    expect(plan.conflicts.some((c) => c.kind === 'duplicate-key' && c.table === 'Actions')).toBe(
      true,
    );

    const renumbered = await filesToMergeDryRun(files, { renumber: true, lang: 'en', t: en });
    expect(renumbered.text).toMatch(/^Merge of 2 workbook\(s\)/);
    expect(renumbered.text).toMatch(/renumbered/);

    const merged = mergedPlan(plan, true, 'fr');
    expect(merged.sheets.map((s) => s.name)).toContain('Actions');
  });

  it('says which files cannot be used, all at once', async () => {
    const files = [
      { name: 'notes.csv', bytes: new TextEncoder().encode('Nom;Valeur\nA1;12\n') },
      { name: 'albi.xlsx', bytes },
    ];
    const failure = filesToMergeDryRun(files, { renumber: false, lang: 'fr', t: fr });
    await expect(failure).rejects.toBeInstanceOf(ConsolidateError);
    await expect(failure).rejects.toThrow(/« notes\.csv » est un fichier texte/);
  });
});

describe('fileToUpgrade', () => {
  it('summarises the upgrade and builds the current-version workbook', async () => {
    const { text, workbook } = await fileToUpgrade({ name: 'ancien.xlsx', bytes }, fr, 'fr');
    expect(text).toMatch(/^Mise à niveau de « ancien\.xlsx » : modèle ca/);
    expect(workbook.sheets.map((s) => s.name)).toContain('Actions');
  });
});
