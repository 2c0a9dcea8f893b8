/**
 * Streaming XML for package parts: bytes decoded as their byte order mark says (UTF-8, UTF-16 LE
 * or BE), fed to the scanner of xml-scan.ts in pieces; element and attribute names reduced to
 * their local names, so that `<x:row>` and `<row>` are one; CDATA sections are text.
 */
import { XmlScanner } from './xml-scan';

export interface XmlTag {
  /** Local name (prefix removed). */
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
}

export interface XmlHandler {
  open(tag: XmlTag): void;
  text?(text: string): void;
  close(name: string): void;
}

/** The local part of a qualified name. */
export function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Attributes by local name (an unprefixed one wins over a prefixed one of the same local name). */
function localAttributes(raw: Record<string, string>): Record<string, string> {
  let prefixed = false;
  for (const k in raw)
    if (k.indexOf(':') >= 0) {
      prefixed = true;
      break;
    }
  if (!prefixed) return raw;
  const out: Record<string, string> = {};
  for (const k in raw) {
    const i = k.indexOf(':');
    if (i < 0) out[k] = raw[k] as string;
    else if (k.slice(0, i) !== 'xmlns') {
      const l = k.slice(i + 1);
      if (!(l in out)) out[l] = raw[k] as string;
      // Relationship ids keep their qualified name too (r:id beside an id of another kind).
      out[k] = raw[k] as string;
    }
  }
  return out;
}

/** The decoder of a part, from its first bytes. */
function decoderFor(first: Uint8Array): {
  decoder: InstanceType<typeof TextDecoder>;
  skip: number;
} {
  const [a, b, c] = [first[0], first[1], first[2]];
  if (a === 0xff && b === 0xfe) return { decoder: new TextDecoder('utf-16le'), skip: 2 };
  if (a === 0xfe && b === 0xff) return { decoder: new TextDecoder('utf-16be'), skip: 2 };
  if (a === 0x3c && b === 0 && first[3] === 0)
    return { decoder: new TextDecoder('utf-16le'), skip: 0 };
  if (a === 0 && b === 0x3c) return { decoder: new TextDecoder('utf-16be'), skip: 0 };
  return {
    decoder: new TextDecoder('utf-8'),
    skip: a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0,
  };
}

/** Parse a part given as byte chunks, calling `handler` for each element; throws on bad XML. */
export async function parseXml(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  handler: XmlHandler,
): Promise<void> {
  const text = handler.text?.bind(handler);
  const scanner = new XmlScanner({
    open: (name, attributes, selfClosing) =>
      handler.open({ name: local(name), attributes: localAttributes(attributes), selfClosing }),
    text: text ?? (() => undefined),
    close: (name) => handler.close(local(name)),
  });
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let any = false;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    let bytes = chunk;
    if (!decoder) {
      const d = decoderFor(chunk);
      decoder = d.decoder;
      bytes = chunk.subarray(d.skip);
    }
    const s = decoder.decode(bytes, { stream: true });
    if (s) {
      any = true;
      scanner.write(s);
    }
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) scanner.write(rest);
  }
  if (!any) return;
  scanner.end();
}

/**
 * Text of a string item or cell as typed: ECMA-376's `_xHHHH_` escapes (ST_Xstring, §22.9.2.19)
 * decoded, so a carriage return or a control character comes back, and `_x005F_` is the `_` of
 * an escape typed as text.
 * @example unescapeXstring('a_x000D_b') // 'a\rb'
 */
export function unescapeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
