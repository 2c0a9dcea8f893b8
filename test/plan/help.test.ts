import { buildPlan } from '../../src/core/plan/build';
import { TEMPLATES } from '../../src/core/templates';
import { ca } from '../../src/core/templates/ca';

/** Definitions shown where the user types: seed 002 (indicator types), seed 000 (the five characteristics). */
describe('input messages', () => {
  it.each(Object.keys(TEMPLATES).flatMap((id) => (['fr', 'en'] as const).map((l) => [id, l])))(
    '%s %s: every prompt fits Excel (title ≤ 32, text ≤ 255 characters)',
    (id, lang) => {
      const plan = buildPlan(TEMPLATES[id]!, { lang: lang as 'fr' | 'en' });
      const prompts = plan.sheets.flatMap((s) =>
        s.validations.flatMap((v) => (v.prompt ? [v.prompt] : [])),
      );
      for (const p of prompts) {
        expect(p.title.length).toBeLessThanOrEqual(32);
        expect(p.text.length).toBeLessThanOrEqual(255);
      }
    },
  );

  it.each([
    ['Indicateurs', 'B2:B121', 'nombre de bénéficiaires, de réunions'],
    ['Chaîne de valeur', 'H2:H31', 'au-delà du projet'],
    ['Indicateurs', 'F2:F121', 'Cumul'],
  ])('%s %s says « %s »', (sheet, range, words) => {
    const plan = buildPlan(ca, {});
    const v = plan.sheets.find((s) => s.name === sheet)!.validations.find((x) => x.range === range);
    expect(v?.prompt?.text).toContain(words);
  });
});
