/** A number read from text, and whether it carried a percent sign (already divided by 100). */
export interface ParsedNumber {
  value: number;
  percent: boolean;
}

const GROUPED = /^\d{1,3}(\s\d{3})+([.,]\d*)?$/;

/**
 * Read a number as people type it in French or English: "12,5", "1 234" (any space, including
 * U+00A0 and U+202F, between groups of three), "85 %", "85%", "1 200 €", "1.234,5", "−3".
 * @example parseNumberText('1\u202f234,5 €') // { value: 1234.5, percent: false }
 */
export function parseNumberText(text: string): ParsedNumber | undefined {
  let s = text.replace(/^\s+|\s+$/g, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  } else {
    s = s.replace(/(€|eur|euros?)$/i, '');
  }
  s = s.replace(/\s+$/, '');
  let sign = '';
  const m = /^([-+\u2212])\s*/.exec(s);
  if (m) {
    sign = m[1] === '+' ? '' : '-';
    s = s.slice(m[0].length);
  }
  if (/\s/.test(s)) {
    if (!GROUPED.test(s)) return undefined;
    s = s.replace(/\s/g, '');
  }
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    const [thousands, decimal] = comma > dot ? [/\./g, ','] : [/,/g, '.'];
    s = s.replace(thousands, '').replace(decimal, '.');
  } else if (comma >= 0) {
    s = s.replace(',', '.');
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const value = Number(sign + s);
  if (!Number.isFinite(value)) return undefined;
  return { value: percent ? value / 100 : value, percent };
}
