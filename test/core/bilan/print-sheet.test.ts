import { FIGURE_COLUMN, Sheet, printBook, rowsTable } from '../../../src/core/bilan/print-sheet';
import { TEMPLATES } from '../../../src/core/templates';

/**
 * The print sheet the bilan and the dialogue de gestion share (print-sheet.ts): a key figure's
 * line, « Établi le », a table of rows, and the plan of the sheet and of its workbook.
 */
const NOW = new Date('2026-03-05T10:00:00Z');

describe('a print sheet', () => {
  it('writes a key figure as label in A, value bold in C, a blank value as an empty styled cell', () => {
    const s = new Sheet([12, 40, 14, 14]);
    s.figure('Actions', 12, 'integer');
    s.figure('Taux', '', 'percent');
    expect(FIGURE_COLUMN).toBe(2);
    expect(s.cells).toEqual([
      { ref: 'A1', value: 'Actions' },
      { ref: 'C1', value: 12, numFmt: 'integer', bold: true },
      { ref: 'A2', value: 'Taux' },
      { ref: 'C2', value: null, numFmt: 'percent', bold: true },
    ]);
    expect(s.row).toBe(3);
  });

  it.each([
    ['fr', 'Établi le 05/03/2026'],
    ['en', 'Made on 05/03/2026'],
  ] as const)('says when it was made (%s), in its last column, on the same row', (lang, text) => {
    const s = new Sheet([12, 40, 14, 14, 13, 13, 13, 36]);
    s.madeOn(NOW, lang);
    expect(s.cells).toEqual([{ ref: 'H1', value: text, italic: true, color: 'FF595959' }]);
    expect(s.row).toBe(1);
  });

  it('says a table has no row in the period, under its header', () => {
    const ca = TEMPLATES['ca']!;
    const s = new Sheet([12, 40]);
    rowsTable(s, ca.tables[0]!, [], [ca.tables[0]!.columns[0]!.id], 'fr');
    expect(s.cells.map((c) => [c.ref, c.value])).toEqual([
      ['A1', ca.tables[0]!.columns[0]!.header],
      ['A2', 'Aucune ligne sur la période.'],
    ]);
  });

  it('makes a visible, unprotected sheet set up to print, and a workbook of such sheets', () => {
    const s = new Sheet([12, 40]);
    s.put(1, 'un texte bien trop long pour tenir sur une seule ligne de quarante', { wrap: true });
    const sheet = s.plan('Bilan', { lang: 'fr', title: 'CPTS' }, 'landscape');
    expect(sheet).toMatchObject({ name: 'Bilan', state: 'visible', protect: false });
    expect(sheet.rowHeights).toEqual({ 1: 30 });
    expect(sheet.pageSetup?.orientation).toBe('landscape');
    const ca = TEMPLATES['ca']!;
    expect(printBook(ca, 'en', NOW, [sheet])).toMatchObject({
      template: 'ca',
      version: ca.version,
      lang: 'en',
      created: '2026-03-05',
      sheets: [sheet],
      names: [],
    });
  });
});

// Trial (issue 15): the dialogue page listed an expense typed « 1 250 € » (text) under a total that
// did not count it, with nothing to say why.
describe('a figure typed as text on a print sheet', () => {
  it.each([
    ['fr', '1 250 € (texte : non compté)'],
    ['en', '1 250 € (text: not counted)'],
  ] as const)('is marked as not counted (%s); a number is left as it is', (lang, shown) => {
    const cpts = TEMPLATES['cpts']!;
    const def = cpts.tables.find((d) => d.name === 'DepensesACI')!;
    const s = new Sheet([12, 40, 14]);
    rowsTable(
      s,
      def,
      [
        { label: 'Affiches', amount: '1 250 €' },
        { label: 'Salle', amount: 300 },
      ],
      ['label', 'amount'],
      lang,
    );
    const values = s.cells.filter((c) => c.ref.startsWith('B')).map((c) => c.value);
    expect(values).toEqual([def.columns.find((c) => c.id === 'amount')!.header, shown, 300]);
  });
});
