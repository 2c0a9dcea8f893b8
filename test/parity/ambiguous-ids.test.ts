import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import type { Row } from '../../src/core/values/cell';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import type { WorkbookValues } from '../../src/workbook/types';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { recalculate } from '../support/libreoffice';
import { checkDiffs, computedDiffs, figureDiffs } from '../support/parity-compare';

/**
 * Issue 11, as a new user met it: eleven actions whose ids are 1 and 2 typed as numbers, "1"
 * typed as text in Indicateurs and Preuves, `A*` next to `AB`, `B?` next to `BX`, `c1` next to
 * `C1`, `<5`, `~1`, and an id that is a formula. COUNTIFS read `*` `?` `~` as wildcards and `<5`
 * as an operator, so LibreOffice and `trepied check` disagreed on CA_NbActionsTriangulees,
 * CA_NbActionsSansIndicateurResultat, CA_NbActions and on which actions were flagged.
 */
const Q = 'Quantitatif (chiffres)';
const L = 'Qualitatif (témoignages)';
const O = 'Observable (documents, livrables)';
const IDS: (string | number)[] = [1, 2, 'A*', 'AB', 'B?', 'BX', 'c1', 'C1', '<5', '~1', 'F1'];
/** How Indicateurs and Preuves name each action: "1" as text; C1 shares c1's (case ignored). */
const REFERENCED: (string | number)[] = ['1', 2, 'AB', 'BX', 'c1', '<5', '~1', 'F1'];

function data(): Record<string, Row[]> {
  const Indicateurs: Row[] = [];
  const Preuves: Row[] = [];
  for (const ref of REFERENCED) {
    if (ref !== 2)
      Indicateurs.push({ action: ref, type: 'Résultat', name: 'x', target: 10, t1: 5 });
    for (const type of ref === 2 ? [Q, L] : [Q, L, O])
      Preuves.push({ key: ref, type, proof: 'p', source: 's' });
  }
  return {
    Actions: IDS.map((id, i) => ({ id, title: `Action ${i + 1}` })),
    Indicateurs,
    Preuves,
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-ids-'));
const original = path.join(dir, 'onze-actions.xlsx');
let asTyped: WorkbookValues;
let recalculated: WorkbookValues;

beforeAll(async () => {
  const plan = buildPlan(ca, { data: data(), now: new Date('2026-03-01T00:00:00Z') });
  const wb = await loadXlsx(await planToXlsx(plan));
  // The eleventh id is a formula (="F"&"1"), saved as a program that computes nothing saves it.
  const cell = wb.getWorksheet('Actions')!.getCell('A12');
  expect(cell.value).toBe('F1');
  cell.value = { formula: '"F"&"1"' } as never;
  fs.writeFileSync(original, new Uint8Array(await wb.xlsx.writeBuffer()));
  asTyped = await readWorkbookFile(fs.readFileSync(original), 'recalcule.xlsx');
  const [out] = recalculate([original], path.join(dir, 'out'));
  recalculated = await readWorkbookFile(fs.readFileSync(out!), 'recalcule.xlsx');
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('eleven actions with ambiguous ids (issue 11)', () => {
  it('the ids are typed as the issue says: numbers 1 and 2, text "1" in Preuves and Indicateurs', () => {
    const column = (table: string, header: string) => {
      const t = asTyped.tables.find((x) => x.name === table)!;
      return t.values.map((r) => r[t.headers.indexOf(header)]).filter((v) => v !== null);
    };
    expect(column('Actions', 'N° action').slice(0, 2)).toEqual([1, 2]);
    expect(column('Preuves', 'N° action').slice(0, 3)).toEqual(['1', '1', '1']);
    expect(column('Indicateurs', 'N° action')[0]).toBe('1');
  });

  it('LibreOffice counts with `=`: no wildcard, no operator, 1 ≠ "1", case ignored', () => {
    // Triangulated: AB, BX, c1, C1 (c1's proofs, case ignored), <5, ~1, F1.
    expect(recalculated.names.CA_NbActions).toBe(11);
    expect(recalculated.names.CA_NbActionsTriangulees).toBe(7);
    // No result indicator: 1 (its indicator says "1", a text), 2, A*, B?.
    expect(recalculated.names.CA_NbActionsSansIndicateurResultat).toBe(4);
  });

  it('every computed cell, figure and flag of the checker equals LibreOffice', () => {
    expect(computedDiffs(ca, recalculated).diffs).toEqual([]);
    expect(figureDiffs(ca, recalculated)).toEqual([]);
    expect(checkDiffs(ca, recalculated)).toEqual([]);
    const flagged = checkWorkbook(recalculated)
      .actions.filter((a) => a.flagged)
      .map((a) => a.id);
    expect(flagged).toEqual(['1', '2', 'A*', 'B?']);
  });

  it('the checker points at each ambiguous id with its fix, never « 1 n’existe pas »', () => {
    const issues = checkWorkbook(recalculated).issues;
    expect(issues.filter((i) => i.rule === 'unknown-reference')).toEqual([]);
    const typedAsText = issues.filter(
      (i) => i.rule === 'ambiguous-id' && i.params.problem === 'number-text',
    );
    // Indicateurs A2 and Preuves A2:A4 say "1" for the action 1.
    expect(typedAsText.map((i) => `${i.sheet}!${i.cell}=${JSON.stringify(i.fix?.value)}`)).toEqual([
      'Indicateurs!A2=1',
      'Preuves!A2=1',
      'Preuves!A3=1',
      'Preuves!A4=1',
    ]);
    // c1 and C1 are one id for the formulas: the second is a duplicate.
    const dup = issues.filter((i) => i.rule === 'duplicate-id');
    expect(dup.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Actions!A9']);
  });

  it('as saved without values, the formula id is pointed out (its figure cannot be known)', () => {
    const result = checkWorkbook(asTyped);
    const formula = result.issues.filter(
      (i) => i.rule === 'ambiguous-id' && i.params.problem === 'formula',
    );
    expect(formula.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Actions!A12']);
    // Every other action's figures are the recalculated workbook's.
    expect(result.figures.CA_NbActions).toBe(10);
  });
});
