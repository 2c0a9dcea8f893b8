import { RULE_ORDER } from '../../src/core/checks/issue';
import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { evidenceLabel, renderIssue, ruleLabel } from '../../src/core/i18n/render';
import { buildReport } from '../../src/core/report/build-report';
import { MISSING_LABELS } from '../../src/core/templates/shared';
import { textReport } from '../../src/cli/check';
import { ca } from '../../src/core/templates/ca';
import { buildPlan } from '../../src/core/plan/build';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';

/** --lang en says everything in English, and French says nothing in English (issue #17). */
describe('English mode', () => {
  let result: ReturnType<typeof checkWorkbook>;
  beforeAll(async () => {
    const bytes = await planToXlsx(buildPlan(ca, { data: EXAMPLES.ca.data, lang: 'en' }));
    result = checkWorkbook(await readWorkbookFile(bytes, 'en.xlsx'));
  });

  it('names every rule in both languages, differently from its code', () => {
    for (const r of RULE_ORDER) {
      expect(ruleLabel(r, 'fr')).not.toBe(r);
      expect(ruleLabel(r, 'en')).not.toBe(r);
    }
  });

  it('says the missing proof kinds in English (regression: « missing livrable »)', () => {
    expect(MISSING_LABELS.map((m) => evidenceLabel(m, 'en'))).toEqual([
      'figure',
      'testimony',
      'deliverable',
    ]);
    const text = result.issues.map((i) => renderIssue(i, 'en')).join('\n');
    expect(text).toContain('missing deliverable');
    for (const m of MISSING_LABELS) expect(text).not.toMatch(new RegExp(`missing[^;]*\\b${m}\\b`));
  });

  it('keeps the text report’s columns apart (regression: « DeliverablesMissing »)', () => {
    const en = textReport('en.xlsx', result, 'en');
    expect(en).toMatch(/Deliverables +Missing/);
    expect(en).not.toMatch(/\blivrable\b/);
    const fr = textReport('en.xlsx', result, 'fr');
    expect(fr).toMatch(/Livrables +Manquantes/);
  });

  it('writes rule names in the language of the Contrôles sheet, never the code', () => {
    const fr = buildReport(result, 'fr').rows.map((r) => r.rule);
    const en = buildReport(result, 'en').rows.map((r) => r.rule);
    expect(fr).toContain('Triangulation des preuves');
    expect(en).toContain('Evidence triangulation');
    for (const r of [...fr, ...en]) expect(RULE_ORDER as string[]).not.toContain(r);
  });
});
