/**
 * Reading the parts of an .xlsx archive as streams: inflated chunk by chunk (Node's zlib on the
 * compressed bytes JSZip located), decoded as UTF-8 and fed to saxes in pieces, so that no part is
 * ever held whole, as bytes or as a string.
 */
import { Readable } from 'stream';
import { TextDecoder } from 'util';
import * as zlib from 'zlib';
import type JSZip from 'jszip';
import { SaxesParser, type SaxNode, type Xform } from './read-stream-exceljs';

/** Bytes handed at once to zlib and to the text decoder. */
const CHUNK = 256 * 1024;
/**
 * ExcelJS reads each part as one string and writes it to saxes in pieces of 16 Ki characters
 * (xlsx.js), checking for an XML error after each piece: the same pieces give the same errors.
 */
const PIECE = 16 * 1024;

interface CompressedInternals {
  compressedContent?: Uint8Array;
  uncompressedSize?: number;
  compression?: { magic?: string };
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';

function* slices(bytes: Uint8Array): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += CHUNK)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(CHUNK, bytes.length - i));
}

/** The inflated bytes of a part, chunk by chunk. */
export async function* partBytes(entry: JSZip.JSZipObject): AsyncGenerator<Uint8Array> {
  const d = (entry as unknown as { _data?: CompressedInternals })._data;
  const content = d?.compressedContent;
  const magic = d?.compression?.magic;
  if (!content || (magic !== STORE && magic !== DEFLATE)) {
    // Not a part as JSZip loads it from an archive: let JSZip inflate it (as a stream too).
    for await (const chunk of entry.nodeStream('nodebuffer')) yield chunk as Buffer;
    return;
  }
  // JSZip checks the inflated size against the directory's once a part is inflated (ExcelJS
  // then fails with its message); a part that inflates beyond is stopped there, not at its end.
  const mismatch = () => new Error('Bug : uncompressed data size mismatch');
  const declared = d?.uncompressedSize;
  let seen = 0;
  const source =
    magic === STORE
      ? Readable.from(slices(content))
      : Readable.from(slices(content)).pipe(zlib.createInflateRaw({ chunkSize: CHUNK }));
  for await (const chunk of source as AsyncIterable<Buffer>) {
    seen += chunk.length;
    if (seen > (declared ?? Infinity)) throw mismatch();
    yield chunk;
  }
  if (declared !== undefined && seen !== declared) throw mismatch();
}

/** Inflate a part without reading it: ExcelJS inflates every part, so a damaged one fails. */
export async function drainPart(entry: JSZip.JSZipObject): Promise<void> {
  for await (const chunk of partBytes(entry)) void chunk;
}

/** The text of a part, chunk by chunk (UTF-8; a byte order mark is kept, as JSZip keeps it). */
export async function* partText(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Drive an ExcelJS xform with the XML events of a text, as its `parse` does (base-xform.js): stop
 * at the close that ends it, throw the parser's error after the piece where it occurred. The text
 * is still read to its end, so an inflate error after the root element counts, as in ExcelJS.
 */
export async function parseXml<M>(text: AsyncIterable<string>, xform: Xform<M>): Promise<M> {
  const parser = new SaxesParser();
  let done = false;
  let error: Error | undefined;
  parser.on('error', (e: Error) => {
    error = e;
  });
  parser.on('opentag', (node: SaxNode) => {
    if (!done) xform.parseOpen(node);
  });
  parser.on('text', (t: string) => {
    if (!done) xform.parseText(t);
  });
  parser.on('closetag', (node: SaxNode) => {
    if (!done && !xform.parseClose(node.name)) done = true;
  });
  const write = (piece: string) => {
    parser.write(piece);
    if (error) throw error;
  };
  let pending = '';
  for await (const chunk of text) {
    if (done) continue;
    pending += chunk;
    while (!done && pending.length >= PIECE) {
      const piece = pending.slice(0, PIECE);
      pending = pending.slice(PIECE);
      write(piece);
    }
  }
  if (!done && pending) write(pending);
  return xform.model;
}

/** Parse a whole part with an xform. */
export function parsePart<M>(entry: JSZip.JSZipObject, xform: Xform<M>): Promise<M> {
  return parseXml(partText(partBytes(entry)), xform);
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** Parse a small part already read as a string (the table parts, cleaned as load.ts does). */
export function parseString<M>(text: string, xform: Xform<M>): Promise<M> {
  return parseXml(once(text), xform);
}

const CLOSE = Buffer.from('</sheetData>');

/**
 * The bytes of a worksheet after `</sheetData>` (its merged cells, hyperlinks, table parts),
 * found by a byte search without parsing the rows: empty when the tag is not found.
 */
export async function* afterSheetData(entry: JSZip.JSZipObject): AsyncGenerator<Uint8Array> {
  let carry: Buffer = Buffer.alloc(0);
  let found = false;
  for await (const chunk of partBytes(entry)) {
    if (found) {
      yield chunk;
      continue;
    }
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const window: Buffer = carry.length ? Buffer.concat([carry, bytes]) : bytes;
    const at = window.indexOf(CLOSE);
    if (at >= 0) {
      found = true;
      yield window.subarray(at + CLOSE.length);
    } else carry = window.subarray(Math.max(0, window.length - CLOSE.length + 1));
  }
}
