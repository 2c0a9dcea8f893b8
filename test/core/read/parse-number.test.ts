import { parseNumberText } from '../../../src/core/read/parse-number';

describe('parseNumberText', () => {
  it.each([
    ['12,5', 12.5, false],
    ['12.5', 12.5, false],
    ['1 234', 1234, false],
    ['1\u202f234', 1234, false], // narrow no-break space, as Excel fr-FR writes thousands
    ['1\u00a0234,5', 1234.5, false], // no-break space
    ['1 234 567', 1234567, false],
    ['1.234,5', 1234.5, false], // 1 234,5: the last separator is the decimal one
    ['1,234.5', 1234.5, false],
    ['85 %', 0.85, true], // 85 / 100
    ['85%', 0.85, true],
    ['12,5 %', 0.125, true], // 12,5 / 100
    ['1 200 €', 1200, false],
    ['-3', -3, false],
    ['\u22123', -3, false], // the minus sign of typeset documents
    ['  42  ', 42, false],
    [',5', 0.5, false],
  ])('%j → %p (percent sign: %p)', (text, value, percent) => {
    expect(parseNumberText(text)).toEqual({ value, percent });
  });

  it.each(['', 'environ 12', '12 5', '1 23', '12-5', 'N/A', '1,234,567', '%', '€'])(
    '%j is not a number',
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );
});
