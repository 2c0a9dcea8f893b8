/**
 * A small, strict XML scanner for package parts: elements, attributes, text, CDATA, comments,
 * processing instructions and a DOCTYPE skipped (never expanded). It finds markup with
 * `indexOf`, so the long text of a formula costs one slice instead of a step per character (the
 * small example's 1.3 MB of sheet XML in a few milliseconds). It refuses what is not well formed
 * in ways a damaged part shows: a tag closed by another name, an unclosed element at the end,
 * two roots, text outside the root, an unknown entity, a duplicated attribute, a `<` in a value.
 * Text is given as XML parsers give it: entities and character references decoded, CR LF and CR
 * read as LF (a CR typed in a cell comes back through `&#13;` or `_x000D_`).
 */

export interface ScanHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text(text: string): void;
  close(name: string): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The character of an entity's body (`amp`, `#65`, `#x41`); throws when unknown. */
function entity(body: string): string {
  const named = NAMED[body];
  if (named !== undefined) return named;
  const code = /^#[xX][0-9A-Fa-f]{1,6}$/.test(body)
    ? parseInt(body.slice(2), 16)
    : /^#[0-9]{1,7}$/.test(body)
      ? parseInt(body.slice(1), 10)
      : NaN;
  if (!(code > 0 && code <= 0x10ffff)) throw new Error(`unknown entity &${body};`);
  return String.fromCodePoint(code);
}

/** Decode entities and character references; throws on an unknown or unterminated one. */
function decode(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12)
      throw new Error(`unterminated entity in « ${s.slice(amp, amp + 12)} »`);
    out += s.slice(from, amp) + entity(s.slice(amp + 1, semi));
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

/** Line ends as XML reads them (§2.11): CR LF and a lone CR are LF. */
const lineEnds = (s: string) => (s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n'));

const NAME = /^[^\s\d.\-<>/!?="'&;][^\s<>/!?="'&;]*$/;

/** XML white space: space, tab, LF, CR. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

interface StartTag {
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
  /** Just after its `>`. */
  end: number;
}

/** The start tag at `lt` in `b` (`<row r="1" spans="1:3">`), or undefined when not all there. */
function startTag(b: string, lt: number): StartTag | undefined {
  const n = b.length;
  let i = lt + 1;
  for (let c = b.charCodeAt(i); i < n && !isSpace(c) && c !== 62 && c !== 47; c = b.charCodeAt(i))
    i++;
  if (i >= n) return undefined;
  const name = b.slice(lt + 1, i);
  if (!NAME.test(name)) throw new Error(`bad element name « ${name} »`);
  const attributes: Record<string, string> = {};
  for (;;) {
    const before = i;
    while (i < n && isSpace(b.charCodeAt(i))) i++;
    if (i >= n) return undefined;
    const c = b.charCodeAt(i);
    if (c === 62) return { name, attributes, selfClosing: false, end: i + 1 };
    if (c === 47) {
      if (i + 1 >= n) return undefined;
      if (b.charCodeAt(i + 1) !== 62) throw new Error(`bad end of <${name}>`);
      return { name, attributes, selfClosing: true, end: i + 2 };
    }
    if (i === before) throw new Error(`bad attributes in <${name}>`);
    const eq = b.indexOf('=', i);
    if (eq < 0) return undefined;
    const key = b.slice(i, eq).trimEnd();
    if (!NAME.test(key)) throw new Error(`bad attribute name « ${key} » in <${name}>`);
    i = eq + 1;
    while (i < n && isSpace(b.charCodeAt(i))) i++;
    if (i >= n) return undefined;
    const quote = b.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw new Error(`attribute ${key} of <${name}> not quoted`);
    const close = b.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0) return undefined;
    let raw = b.slice(i + 1, close);
    i = close + 1;
    if (key in attributes) throw new Error(`attribute ${key} twice in <${name}>`);
    if (raw.indexOf('<') >= 0) throw new Error(`« < » in attribute ${key} of <${name}>`);
    // Attribute-value normalisation (§3.3.3): each white-space character is a space.
    if (/[\r\n\t]/.test(raw)) raw = raw.replace(/\r\n|[\r\n\t]/g, ' ');
    attributes[key] = decode(raw);
  }
}

/** Feed text with `write`, then `end`; the handler is called as elements come. */
export class XmlScanner {
  private buf = '';
  private readonly stack: string[] = [];
  private roots = 0;

  constructor(private readonly handler: ScanHandler) {}

  private emitText(raw: string, cdata: boolean): void {
    if (raw === '') return;
    if (this.stack.length === 0) {
      if (cdata || raw.trim() !== '') throw new Error('text outside the root element');
      return;
    }
    this.handler.text(cdata ? lineEnds(raw) : decode(lineEnds(raw)));
  }

  write(s: string): void {
    const b = (this.buf = this.buf === '' ? s : this.buf + s);
    let pos = 0;
    for (;;) {
      const lt = b.indexOf('<', pos);
      if (lt < 0) {
        // Text up to a possibly unfinished entity is given now; the rest waits for more.
        // (and a final CR, which may be the first half of a CR LF).
        const amp = b.lastIndexOf('&');
        let keep = amp >= pos && b.indexOf(';', amp) < 0 ? amp : b.length;
        if (keep === b.length && b.charCodeAt(keep - 1) === 13) keep--;
        this.emitText(b.slice(pos, keep), false);
        pos = keep;
        break;
      }
      if (lt > pos) this.emitText(b.slice(pos, lt), false);
      pos = lt;
      const next = b.charCodeAt(lt + 1);
      if (Number.isNaN(next)) break;
      if (next === 47 /* / */) {
        const gt = b.indexOf('>', lt);
        if (gt < 0) break;
        const name = b.slice(lt + 2, gt).trimEnd();
        const open = this.stack.pop();
        if (open !== name)
          throw new Error(
            open === undefined ? `</${name}> without <${name}>` : `<${open}> closed by </${name}>`,
          );
        this.handler.close(name);
        pos = gt + 1;
      } else if (next === 63 /* ? */) {
        const end = b.indexOf('?>', lt + 2);
        if (end < 0) break;
        pos = end + 2;
      } else if (next === 33 /* ! */) {
        if (b.startsWith('<!--', lt)) {
          const end = b.indexOf('-->', lt + 4);
          if (end < 0) break;
          pos = end + 3;
        } else if (b.startsWith('<![CDATA[', lt)) {
          const end = b.indexOf(']]>', lt + 9);
          if (end < 0) break;
          this.emitText(b.slice(lt + 9, end), true);
          pos = end + 3;
        } else if (b.startsWith('<!DOCTYPE', lt)) {
          if (this.roots > 0) throw new Error('DOCTYPE after the root element');
          const open = b.indexOf('[', lt);
          const gt = b.indexOf('>', lt);
          if (gt < 0) break;
          let end = gt;
          if (open >= 0 && open < gt) {
            const close = b.indexOf(']', open);
            end = close < 0 ? -1 : b.indexOf('>', close);
            if (end < 0) break;
          }
          pos = end + 1;
        } else if (b.length - lt < 9) break;
        else throw new Error(`unknown markup ${b.slice(lt, lt + 9)}`);
      } else {
        const tag = startTag(b, lt);
        if (!tag) break;
        if (this.stack.length === 0 && this.roots++ > 0) throw new Error('two root elements');
        this.handler.open(tag.name, tag.attributes, tag.selfClosing);
        if (tag.selfClosing) this.handler.close(tag.name);
        else this.stack.push(tag.name);
        pos = tag.end;
      }
    }
    this.buf = pos >= b.length ? '' : b.slice(pos);
  }

  /** The end of the part: throws when something is left open or there was no element. */
  end(): void {
    if (this.buf !== '') {
      if (this.buf.indexOf('<') >= 0 || this.stack.length === 0)
        throw new Error('unexpected end of the part');
      this.emitText(this.buf, false);
      this.buf = '';
    }
    if (this.stack.length > 0) throw new Error(`<${this.stack[this.stack.length - 1]}> not closed`);
    if (this.roots === 0) throw new Error('no root element');
  }
}
