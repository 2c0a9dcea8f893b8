import { buildBilan } from '../../../src/core/bilan/build';
import { EXAMPLES } from '../../../src/core/examples';
import { applyConfig, resolvePeriod } from '../../../src/core/plan/config';
import { ca } from '../../../src/core/templates/ca';
import { cpts } from '../../../src/core/templates/cpts';
import type { TemplateDef } from '../../../src/core/templates/types';

/**
 * The period a bilan covers is the workbook's, not the year it is made in (a new user's trial:
 * the CPTS example of 2024 gave « Période 01/04/2026 – 30/06/2026 » when made in 2026).
 */
const NOW = new Date('2026-11-30T00:00:00Z');

/** The example's tables as its workbook holds them (the programme's fields from its config). */
function tablesOf(t: TemplateDef) {
  const ex = EXAMPLES[t.id];
  return applyConfig(t, ex.config, ex.data, resolvePeriod(ex.config, NOW)).data;
}

function periodText(t: TemplateDef, period: 'T2' | 'annuel'): string {
  const plan = buildBilan(t, tablesOf(t), { period, now: NOW });
  const texts = plan.sheets.flatMap((s) => s.cells.map((c) => String(c.value ?? '')));
  return texts.find((x) => /\d\d\/\d\d\/\d{4} – \d\d\/\d\d\/\d{4}/.test(x)) ?? texts.join(' | ');
}

describe('the period of a bilan', () => {
  it('is the CPTS sheet’s « Année » for a cpts workbook', () => {
    const year = tablesOf(cpts)['CPTS']!.find((r) => r['field'] === 'Année')!['value'];
    expect(year).toBe(2024);
    expect(periodText(cpts, 'T2')).toContain('01/04/2024 – 30/06/2024');
    expect(periodText(cpts, 'annuel')).toContain('01/01/2024 – 31/12/2024');
  });

  it('is the programme’s period for a ca workbook', () => {
    const start = tablesOf(ca)['Programme']!.find((r) => r['field'] === 'Début de période')!;
    const y = (start['value'] as Date).getUTCFullYear();
    expect(periodText(ca, 'annuel')).toContain(`/${y} – `);
    expect(periodText(ca, 'annuel')).not.toContain('2026 –');
  });
});
