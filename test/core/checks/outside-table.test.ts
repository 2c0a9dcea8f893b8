import { checkWorkbook } from '../../../src/core/check';
import { EXAMPLES } from '../../../src/core/examples';
import { buildPlan } from '../../../src/core/plan/build';
import { TEMPLATES } from '../../../src/core/templates';
import { planToXlsx } from '../../../src/workbook/xlsx/render';
import { readWorkbookFile } from '../../../src/workbook/xlsx/reader';

/**
 * Cells outside the tables on a sheet that holds two tables side by side: each cell is told
 * against the table it sits under (nearest above, in its columns) or beside (nearest to its left,
 * in its rows); cells above a table, left of it or holding a formula are not data left out.
 */
it('a sheet with two tables: each cell goes with the table it is under or beside', async () => {
  const plan = buildPlan(TEMPLATES.cpts, {
    now: new Date('2026-01-15T00:00:00Z'),
    config: EXAMPLES.cpts.config,
    data: EXAMPLES.cpts.data,
  });
  const input = await readWorkbookFile(await planToXlsx(plan), 'cpts.xlsx', { everything: true });
  const depenses = input.tables.find((t) => t.name === 'DepensesACI')!;
  const paliers = input.tables.find((t) => t.name === 'PaliersACI')!;
  // Paliers ACI moved next to Dépenses ACI (columns A:E), at G1 (columns G:I).
  Object.assign(paliers, { sheet: depenses.sheet, origin: 'G1' });
  const last = depenses.values.length + 1;
  const sheet = depenses.sheet;
  input.loose = [
    { sheet, ref: `A${last + 1}`, value: 'sous Dépenses' },
    { sheet, ref: `C${last + 5}`, value: 12 },
    { sheet, ref: 'F3', value: 'entre les deux tableaux' },
    { sheet, ref: 'J2', value: 'à droite de Paliers' },
    { sheet, ref: 'H20', value: 'sous Paliers' },
    { sheet, ref: `E${last + 2}`, value: 99, formula: 'SUM(D2:D47)' },
    { sheet, ref: `B${last + 3}`, value: '   ' },
    { sheet: 'Synthèse', ref: 'Z99', value: 'hors données' },
  ];
  const found = checkWorkbook(input).issues.flatMap((i) =>
    i.rule === 'structure' && i.params.problem === 'outside-table' ? [i.params] : [],
  );
  expect(found.map(({ table, side, cells }) => ({ table, side, cells }))).toEqual(
    expect.arrayContaining([
      { table: 'DepensesACI', side: 'below', cells: [`A${last + 1}`, `C${last + 5}`] },
      { table: 'DepensesACI', side: 'beside', cells: ['F3'] },
      { table: 'PaliersACI', side: 'beside', cells: ['J2'] },
      { table: 'PaliersACI', side: 'below', cells: ['H20'] },
    ]),
  );
  expect(found).toHaveLength(4);
});
