import { buildDialogue } from '../../src/core/bilan/dialogue';
import { EXAMPLES } from '../../src/core/examples';
import { ForeignSheets } from '../../src/core/plan/pages';
import { cpts } from '../../src/core/templates/cpts';
import { DIALOGUE_MARK } from '../../src/core/templates/marks';
import type { Row } from '../../src/core/values/cell';
import { OfficeWorkbook } from '../../src/workbook/office';
import { StrictExcel } from './excel';

/*
 * The dialogue de gestion refreshed in Excel (issue 15): a second click replaces the pages that
 * Trépied wrote (marked by a defined name), in 2 syncs whatever the missions; a same-named sheet
 * of the user's is never deleted. The strict fake deletes sheets as Excel does.
 */
const NOW = new Date(Date.UTC(2026, 0, 15));
const PAGES = ['Accès aux soins', 'Parcours pluriprofessionnels', 'Prévention'];

function tables(paid?: number): Record<string, Row[]> {
  const data = structuredClone(EXAMPLES.cpts.data);
  if (paid !== undefined)
    for (const r of data['ACI'] ?? []) if (r['mission'] === 'Prévention') r['paid'] = paid;
  return data;
}

const dialogue = (paid?: number) => buildDialogue(cpts, tables(paid), { now: NOW });

function workbook(): StrictExcel {
  const excel = new StrictExcel({ version: 9 }).install();
  excel.addSheet('ACI');
  return excel;
}

/** The cell of a page where the plan puts `value`. */
const refOf = (plan: ReturnType<typeof dialogue>, sheet: string, value: unknown) =>
  plan.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.value === value)!.ref;

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

describe('OfficeWorkbook.writePages (the dialogue de gestion in Excel)', () => {
  it('regression: a second click refused (« contient déjà les feuilles »); it replaces the marked pages with the new payment, 2 syncs each time', async () => {
    const excel = workbook();
    const port = new OfficeWorkbook();
    const first = dialogue();
    expect(first.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(PAGES));
    const pages = first.sheets.map((s) => s.name);
    expect(await port.writePages(first, DIALOGUE_MARK)).toEqual({ sheets: pages, replaced: [] });
    expect(excel.runs.at(-1)).toHaveLength(2);
    expect(await port.markedPages(DIALOGUE_MARK)).toEqual(pages);
    expect(excel.runs.at(-1)).toHaveLength(1);

    const second = dialogue(12345);
    const at = refOf(second, 'Prévention', 12345);
    expect(excel.cell('Prévention', at)?.value).not.toBe(12345);
    expect(await port.writePages(second, DIALOGUE_MARK)).toEqual({
      sheets: pages,
      replaced: pages,
    });
    expect(excel.runs.at(-1)).toHaveLength(2);
    expect(excel.cell('Prévention', at)?.value).toBe(12345);
    // Each page once, no page set aside left over, one mark per page and none broken.
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['ACI', ...pages]);
    const marks = excel.model.names.filter((n) => n.name.startsWith(DIALOGUE_MARK));
    expect(marks).toHaveLength(pages.length);
    expect(marks.map((n) => n.ref).join()).not.toContain('#REF!');
    expect(await port.markedPages(DIALOGUE_MARK)).toEqual(pages);
  });

  it('never deletes a same-named sheet Trépied did not write: refuses in French, writes nothing', async () => {
    const excel = workbook();
    excel.addSheet('Prévention');
    excel.put('Prévention', 'B3', [['Mes notes de réunion']]);
    const port = new OfficeWorkbook();
    const error = await port.writePages(dialogue(), DIALOGUE_MARK).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForeignSheets);
    expect((error as Error).message).toMatch(
      /^La feuille « Prévention » existe déjà dans ce classeur et n’a pas été créée par Trépied/,
    );
    expect(excel.runs.at(-1)).toHaveLength(1);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['ACI', 'Prévention']);
    expect(excel.cell('Prévention', 'B3')?.value).toBe('Mes notes de réunion');
    expect(excel.model.names).toEqual([]);
  });

  it('a page the user renamed keeps its mark and is left alone; a mark broken by a deleted page is ignored', async () => {
    const excel = workbook();
    const port = new OfficeWorkbook();
    await port.writePages(dialogue(), DIALOGUE_MARK);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('Prévention').name = 'Prévention 2025';
      sheets.getItem('Accès aux soins').delete();
      await context.sync();
    });
    // The user's own sheet named after the deleted page: its old mark is #REF!, not its.
    excel.addSheet('Accès aux soins');
    await expect(port.writePages(dialogue(), DIALOGUE_MARK)).rejects.toThrow(
      /La feuille « Accès aux soins » existe déjà/,
    );
    excel.model.sheets = excel.model.sheets.filter((s) => s.name !== 'Accès aux soins');
    const again = await port.writePages(dialogue(), DIALOGUE_MARK);
    expect(again.replaced).toEqual(
      dialogue()
        .sheets.map((s) => s.name)
        .filter((s) => s !== 'Accès aux soins' && s !== 'Prévention'),
    );
    expect(excel.model.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Prévention 2025', ...PAGES]),
    );
    expect(await port.markedPages(DIALOGUE_MARK)).toEqual(
      expect.arrayContaining(['Prévention 2025', ...PAGES]),
    );
  });

  it('refreshes when the pages are the only visible sheets (Excel keeps one visible at every step)', async () => {
    const excel = workbook();
    const port = new OfficeWorkbook();
    await port.writePages(dialogue(), DIALOGUE_MARK);
    excel.sheet('ACI').visibility = 'Hidden';
    const pages = dialogue().sheets.map((s) => s.name);
    await expect(port.writePages(dialogue(12345), DIALOGUE_MARK)).resolves.toEqual({
      sheets: pages,
      replaced: pages,
    });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['ACI', ...pages]);
  });
});

describe('the strict fake deletes sheets as Excel does', () => {
  const run = (f: (wb: Excel.Workbook) => void) =>
    Excel.run(async (context) => {
      f(context.workbook);
      await context.sync();
    });

  it('refuses the last visible sheet and a very hidden one; a protected sheet may go', async () => {
    const excel = new StrictExcel().install();
    excel.addSheet('A');
    excel.addSheet('B').visibility = 'Hidden';
    excel.addSheet('C').visibility = 'VeryHidden';
    excel.addSheet('D');
    excel.protect('D');
    await run((wb) => wb.worksheets.getItem('D').delete());
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['A', 'B', 'C']);
    await expect(run((wb) => wb.worksheets.getItem('A').delete())).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    await expect(run((wb) => wb.worksheets.getItem('C').delete())).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    await run((wb) => wb.worksheets.getItem('B').delete());
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['A', 'C']);
  });

  it('turns the names of a deleted sheet into #REF! and carries them over a rename', async () => {
    const excel = new StrictExcel().install();
    excel.addSheet('A');
    excel.addSheet('B');
    excel.addSheet('C');
    excel.model.names.push({ name: 'OnB', ref: '=B!$A$1' }, { name: 'OnC', ref: "='C'!$A$1" });
    await run((wb) => {
      wb.worksheets.getItem('B').delete();
      wb.worksheets.getItem('C').name = 'Cé 2';
    });
    const names = await Excel.run(async (context) => {
      const items = context.workbook.names;
      items.load('items/name,items/type,items/value');
      await context.sync();
      return items.items.map((n) => [n.name, n.type, n.value]);
    });
    expect(names).toEqual([
      ['OnB', 'Error', '#REF!'],
      ['OnC', 'Range', "'Cé 2'!$A$1"],
    ]);
    await expect(
      run((wb) => {
        wb.worksheets.getItem('A').name = 'cé 2';
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});
