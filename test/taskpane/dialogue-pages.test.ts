import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildDialogue } from '../../src/core/bilan/dialogue';
import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { ForeignSheets } from '../../src/core/plan/pages';
import { getTemplate } from '../../src/core/templates';
import { DIALOGUE_MARK } from '../../src/core/templates/marks';
import type { Row } from '../../src/core/values/cell';
import { columnLetter } from '../../src/core/formula/refs';
import { decodeCell } from '../../src/core/read/address';
import { MemoryWorkbook } from '../../src/workbook/memory/memory-workbook';
import type { WorkbookPort } from '../../src/workbook/types';
import { recalculate } from '../support/libreoffice';

/*
 * The dialogue de gestion refreshed from the pane (issue 15): a second click replaces the pages
 * Trépied wrote, with today's figures; a sheet of the same name that is the user's is never
 * deleted. Demo mode (the in-memory port); test/office/pages.test.ts does it in Excel.
 */

const cpts = getTemplate('cpts')!;
const NOW = new Date('2026-01-15T00:00:00Z');

async function cptsWorkbook(): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.empty();
  await wb.render(buildPlan(cpts, { lang: 'fr', now: NOW, ...EXAMPLES.cpts }));
  return wb;
}

/** The dialogue as the pane builds it: from the records of a check of the port's workbook. */
async function dialoguePlan(port: WorkbookPort) {
  const result = checkWorkbook(await port.readValues());
  const tables: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(result.records)) tables[name] = rows.map((r) => r.raw);
  return buildDialogue(cpts, tables, { now: NOW });
}

/** The cell of a table column on the row whose first column is `key`. */
async function cellOf(port: WorkbookPort, table: string, key: string, header: string) {
  const t = (await port.readValues()).tables.find((x) => x.name === table)!;
  const o = decodeCell(t.origin)!;
  const row = t.values.findIndex((r) => r[0] === key);
  const column = t.headers.indexOf(header);
  expect(row).toBeGreaterThanOrEqual(0);
  expect(column).toBeGreaterThanOrEqual(0);
  return { sheet: t.sheet, cell: `${columnLetter(o.column + column)}${o.row + 1 + row}` };
}

/** Every text of a page's cells, to find a figure on it. */
function pageTexts(wb: MemoryWorkbook, sheet: string): string[] {
  const grid = wb.grid(sheet, { maxRows: 200, maxColumns: 10 });
  expect(grid).toBeDefined();
  return grid!.rows.flatMap((r) => r.map((c) => c.text));
}

describe('dialogue de gestion pages in the demo workbook', () => {
  it('regression: a second click replaced nothing (« contient déjà les feuilles »); it now refreshes the pages with the new payment', async () => {
    const wb = await cptsWorkbook();
    const issuesBefore = checkWorkbook(await wb.readValues()).issues.map((i) => i.rule);
    expect(await wb.markedPages(DIALOGUE_MARK)).toEqual([]);
    const first = await wb.writePages(await dialoguePlan(wb), DIALOGUE_MARK);
    expect(first.replaced).toEqual([]);
    expect(first.sheets).toContain('Prévention');
    // The pages and their marks add no issue to the check.
    expect(checkWorkbook(await wb.readValues()).issues.map((i) => i.rule)).toEqual(issuesBefore);
    expect(await wb.markedPages(DIALOGUE_MARK)).toEqual(first.sheets);
    expect(pageTexts(wb, 'Prévention').some((t) => /^12\s345/.test(t))).toBe(false);

    // The finance officer types a payment: 12 345 € paid on Prévention.
    const paid = await cellOf(wb, 'ACI', 'Prévention', 'Versé (€)');
    await wb.setValue(paid.sheet, paid.cell, 12345);
    const second = await wb.writePages(await dialoguePlan(wb), DIALOGUE_MARK);
    expect(second.replaced).toEqual(first.sheets);
    expect(pageTexts(wb, 'Prévention').some((t) => /^12\s345/.test(t))).toBe(true);
    // One page per mission still, each marked once, and the workbook reads and checks as before.
    const sheets = await wb.sheetNames();
    for (const page of first.sheets) expect(sheets.filter((s) => s === page)).toHaveLength(1);
    const values = await wb.readValues();
    const marks = Object.keys(values.names).filter((n) => n.startsWith(DIALOGUE_MARK));
    expect(marks).toHaveLength(first.sheets.length);
    expect(checkWorkbook(values).template).toBe('cpts');
  });

  it('keeps the marks through a saved file: the reopened workbook is refreshed, not refused', async () => {
    const wb = await cptsWorkbook();
    const first = await wb.writePages(await dialoguePlan(wb), DIALOGUE_MARK);
    const reopened = await MemoryWorkbook.fromBytes(await wb.toBytes(), 'suivi.xlsx');
    expect(await reopened.markedPages(DIALOGUE_MARK)).toEqual(first.sheets);
    const again = await reopened.writePages(await dialoguePlan(reopened), DIALOGUE_MARK);
    expect(again.replaced).toEqual(first.sheets);
  });

  it('keeps the marks through a save in LibreOffice, the program partners use', async () => {
    const wb = await cptsWorkbook();
    const first = await wb.writePages(await dialoguePlan(wb), DIALOGUE_MARK);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-pages-'));
    try {
      const file = path.join(dir, 'suivi.xlsx');
      fs.writeFileSync(file, await wb.toBytes());
      const [saved] = recalculate([file], path.join(dir, 'lo'));
      const reopened = await MemoryWorkbook.fromBytes(fs.readFileSync(saved!), 'suivi.xlsx');
      expect(await reopened.markedPages(DIALOGUE_MARK)).toEqual(first.sheets);
      const again = await reopened.writePages(await dialoguePlan(reopened), DIALOGUE_MARK);
      expect(again.replaced).toEqual(first.sheets);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never deletes a sheet of the same name that Trépied did not write: it says which and what to do', async () => {
    const wb = await cptsWorkbook();
    // The user's own « Prévention » sheet, typed in before any dialogue.
    await wb.render({ ...buildDialogue(cpts, EXAMPLES.cpts.data, { mission: 'Prévention' }) });
    await wb.setValue('Prévention', 'B3', 'Mes notes de réunion');
    const before = await wb.sheetNames();
    const plan = await dialoguePlan(wb);
    await expect(wb.writePages(plan, DIALOGUE_MARK)).rejects.toThrow(ForeignSheets);
    await expect(wb.writePages(plan, DIALOGUE_MARK)).rejects.toThrow(
      /La feuille « Prévention » existe déjà dans ce classeur et n’a pas été créée par Trépied : Trépied ne la remplace pas\. Renommez-la/,
    );
    expect(await wb.sheetNames()).toEqual(before);
    expect(pageTexts(wb, 'Prévention')).toContain('Mes notes de réunion');
  });
});
