import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { buildPlan } from '../../src/core/plan/build';
import { EXAMPLES } from '../../src/core/examples';
import { ca } from '../../src/core/templates/ca';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { XmlScanner } from '../../src/workbook/xlsx/xml-scan';

/**
 * The scanner that replaced saxes in the reader (issue 17: `trepied check` spent a third of its
 * start-up in saxes stepping through formula text character by character): the same elements,
 * attributes and text as saxes on every part of a generated workbook, whatever the chunk
 * boundaries, and the same refusals of what is not well formed.
 */
type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string];

/** Events with adjacent text pieces joined (both parsers may split text anywhere). */
function joined(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === 'text' && last?.[0] === 'text') last[1] += e[1];
    else out.push(e[0] === 'text' ? ['text', e[1]] : e);
  }
  return out.filter((e) => e[0] !== 'text' || e[1] !== '');
}

function bySaxes(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser();
  let error: Error | undefined;
  p.on('error', (e) => (error ??= e));
  // Text outside the root (white space around it) reaches no handler: left out.
  let depth = 0;
  p.on('opentag', (n) => {
    depth++;
    events.push(['open', n.name, { ...(n.attributes as object) }]);
  });
  p.on('text', (t) => depth > 0 && events.push(['text', t]));
  p.on('cdata', (t) => events.push(['text', t]));
  p.on('closetag', (n) => {
    depth--;
    events.push(['close', n.name]);
  });
  p.write(xml).close();
  if (error) throw error;
  return joined(events);
}

function byScanner(pieces: string[]): Event[] {
  const events: Event[] = [];
  const s = new XmlScanner({
    open: (name, attributes) => events.push(['open', name, attributes]),
    text: (t) => events.push(['text', t]),
    close: (name) => events.push(['close', name]),
  });
  for (const p of pieces) s.write(p);
  s.end();
  return joined(events);
}

/** A deterministic cut of `s` into pieces of 1 to `max` characters. */
function cut(s: string, seed: number, max: number): string[] {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < s.length;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const n = 1 + (x % max);
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out;
}

describe('XmlScanner', () => {
  it('gives what saxes gives on every part of the example workbook, cut anywhere', async () => {
    const ex = EXAMPLES.ca!;
    const bytes = await planToXlsx(
      buildPlan(ca, { config: ex.config, data: ex.data, now: new Date('2026-01-01T00:00:00Z') }),
    );
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    expect(parts.length).toBeGreaterThan(20);
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      const expected = bySaxes(xml);
      expect(byScanner([xml])).toEqual(expected);
      expect(byScanner(cut(xml, name.length, 7))).toEqual(expected);
      expect(byScanner(cut(xml, 1, 4096))).toEqual(expected);
    }
  });

  it('reads entities, character references, CDATA, comments and line ends as saxes does', () => {
    const xml =
      '<?xml version="1.0"?>\r\n<!DOCTYPE r [ <!ELEMENT r ANY> ]><!-- a > b --><r a="x&amp;y\r\nz\t&#65;" b=\'&quot;\'>' +
      'un\r\ndeux\rtrois &lt;&#x263A;&#13;<![CDATA[<pas & balise>]]><?pi x?><e/></r>\n';
    const expected = bySaxes(xml);
    expect(byScanner([xml])).toEqual(expected);
    for (let i = 1; i < xml.length; i++)
      expect(byScanner([xml.slice(0, i), xml.slice(i)])).toEqual(expected);
    expect(expected).toContainEqual(['text', 'un\ndeux\ntrois <☺\r<pas & balise>']);
  });

  it.each([
    ['a tag closed by another name', '<a><b></c></a>'],
    ['an element left open', '<a><b></b>'],
    ['a close without an open', '<a></a></b>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an entity without its semicolon', '<a>&amp b</a>'],
    ['an attribute given twice', '<a x="1" x="2"/>'],
    ['a < in an attribute value', '<a x="<"/>'],
    ['an attribute without quotes', '<a x=1/>'],
    ['a truncated part', '<a><b x="1'],
    ['no element at all', '   '],
    ['NUL bytes (a part of zeros)', '\0\0\0\0'],
  ])('refuses %s, as saxes does', (_what, xml) => {
    expect(() => bySaxes(xml)).toThrow();
    expect(() => byScanner([xml])).toThrow();
  });
});
