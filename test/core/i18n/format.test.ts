import { formatIndicatorValue, formatPercentValue } from '../../../src/core/i18n/format';
import { formatPercent } from '../../../src/taskpane/format';

/** Non-breaking spaces (Intl's) as plain ones, for reading. */
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('an indicator value as the texts show it (CLI, bilan, pane)', () => {
  it('shows a Pourcentage value « 50 % » in French, « 50% » in English, to the tenth', () => {
    expect(nb(formatIndicatorValue(0.5, true, 'fr'))).toBe('50 %');
    expect(formatIndicatorValue(0.5, true, 'en')).toBe('50%');
    expect(nb(formatIndicatorValue(0.125, true, 'fr'))).toBe('12,5 %');
    expect(formatIndicatorValue(0.125, true, 'en')).toBe('12.5%');
  });

  it('shows any other value as a number, and « — » when there is none', () => {
    expect(formatIndicatorValue(0.5, false, 'fr')).toBe('0,5');
    expect(nb(formatIndicatorValue(12500, false, 'fr'))).toBe('12 500');
    expect(formatIndicatorValue(null, true, 'fr')).toBe('—');
  });

  it('is the pane’s percentage too', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const v of [0, 0.5, 0.125, 0.8567, 1.3])
        expect(formatPercent(v, lang)).toBe(formatPercentValue(v, lang));
  });
});
