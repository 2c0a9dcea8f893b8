import ExcelJS from 'exceljs';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { getTemplate } from '../../src/core/templates';
import { MemoryWorkbook } from '../../src/workbook/memory/memory-workbook';
import { sheetGrid } from '../../src/workbook/memory/sheet-grid';
import { NUM_FMT } from '../../src/workbook/formats';

/** Issue 14: the demo's view of the sheets showed a year as « 2 024 » and amounts with « ,00 ». */
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the demo grid in French formats', () => {
  it('shows a year without a separator, whole amounts without cents, dates as jj/mm/aaaa', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Feuille');
    const cells: [unknown, string | undefined][] = [
      [2024, undefined],
      [2024, NUM_FMT.integer],
      [1500, NUM_FMT.money],
      [1500.5, NUM_FMT.money],
      [25000, NUM_FMT.money],
      [12500, NUM_FMT.number],
      [0.857, NUM_FMT.percent],
      [new Date(Date.UTC(2026, 5, 30)), NUM_FMT.date],
      [new Date(Date.UTC(2026, 0, 5)), undefined],
    ];
    cells.forEach(([value, fmt], i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = value as ExcelJS.CellValue;
      if (fmt) cell.numFmt = fmt;
    });
    const texts = sheetGrid(ws, { maxRows: 20, maxColumns: 2 }).rows.map((r) => nb(r[0]!.text));
    expect(texts).toEqual([
      '2024',
      '2024',
      '1 500 €',
      '1 500,50 €',
      '25 000 €',
      '12 500',
      '85,7 %',
      '30/06/2026',
      '05/01/2026',
    ]);
  });

  it.each(['ca', 'cpts'] as const)(
    'the %s example shows no grouped year, no needless cents, dates as jj/mm/aaaa',
    async (id) => {
      const wb = MemoryWorkbook.empty();
      await wb.render(buildPlan(getTemplate(id)!, { lang: 'fr', ...EXAMPLES[id] }));
      const texts = wb.visibleSheets().flatMap(
        (s) =>
          wb
            .grid(s, { maxRows: 200, maxColumns: 60 })
            ?.rows.flat()
            .map((c) => nb(c.text)) ?? [],
      );
      expect(texts.length).toBeGreaterThan(100);
      // A year or a count is never « 2 024 »; an amount is grouped from 1 000 € on.
      expect(texts.filter((t) => /^-?\d \d{3}(,\d+)?( %)?$/.test(t))).toEqual([]);
      expect(texts.filter((t) => /^-?\d{4}(,\d+)? €$/.test(t))).toEqual([]);
      expect(texts.filter((t) => /,00 €$/.test(t))).toEqual([]);
      expect(texts.filter((t) => /\d{1,2}\/\d{1,2}\/\d{2}$|\d{4}-\d{2}-\d{2}/.test(t))).toEqual([]);
      expect(texts.some((t) => /^\d{2}\/\d{2}\/\d{4}$/.test(t))).toBe(true);
    },
  );
});
