import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';

/** Issue 18: the COPIL dashboard prints like the other sheets and is protected like the Synthèse. */
describe('the COPIL dashboard sheet of the plan', () => {
  const plan = buildPlan(ca, { ...EXAMPLES.ca, now: new Date('2026-03-01T00:00:00Z') });
  const sheet = plan.sheets.find((s) => s.name === ca.dashboard!.sheet)!;

  it('comes after the Synthèse, protected, every formula cell locked', () => {
    const names = plan.sheets.map((s) => s.name);
    expect(names.indexOf(sheet.name)).toBe(names.indexOf('Synthèse') + 1);
    expect(sheet.protect).toBe(true);
    const formulas = sheet.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(1000);
    expect(formulas.filter((c) => c.locked !== true)).toEqual([]);
  });

  it('prints landscape, one page wide, its header repeated, on the lines in use only', () => {
    // The example: 4 actions, 17 indicators, one line each, below the header on row 3.
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fit: { width: 1, height: 0 },
      area: 'A1:J20',
      titleRows: '3:3',
    });
  });

  it('has no dynamic-array function, only what Excel and LibreOffice compute alike', () => {
    const text = sheet.cells.map((c) => c.formula ?? '').join('\n');
    expect(text).not.toMatch(/\b(FILTER|XLOOKUP|LET|SORT|UNIQUE|TEXTJOIN|SEQUENCE|COUNTIFS)\(/);
  });
});
