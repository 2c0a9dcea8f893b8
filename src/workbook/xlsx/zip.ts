/**
 * A small zip reader for workbook packages (.xlsx, .ods): the central directory is read and
 * checked (duplicate entries, sizes, zip bombs) before anything is inflated, and each part is
 * inflated as a stream, its size and CRC-32 checked as it comes. Inflating is the platform's
 * DecompressionStream('deflate-raw') (Node 20, Edge, Chrome, Firefox, Safari 16.4): no dependency.
 */

import { CRC32_START, crc32Final, crc32Update } from './crc32';

/** Why a zip cannot be read; the reader turns each into its French message. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'truncated' | 'duplicate' | 'crc' | 'size' | 'method' | 'encrypted' | 'zip64',
    readonly part: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number) => (b[i] as number) | ((b[i + 1] as number) << 8);
const u32 = (b: Uint8Array, i: number) =>
  ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16)) +
  (b[i + 3] as number) * 0x1000000;

const utf8 = new TextDecoder('utf-8');
/** Code page 437 is close enough to Latin-1 for part names, which are ASCII in practice. */
const latin1 = new TextDecoder('latin1');

/** Find the end-of-central-directory record (it may be followed by a comment). */
function endRecord(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6)
      return i;
  return -1;
}

/** Normalise a part name as OPC does: no leading slash, case kept. */
const partName = (n: string) => n.replace(/\\/g, '/').replace(/^\/+/, '');

/** The archive's entries, by part name; throws a ZipError on a damaged or duplicated directory. */
export class Zip {
  readonly entries = new Map<string, ZipEntry>();
  /** Lower-cased part name → entry (OPC part names ignore case). */
  private readonly folded = new Map<string, ZipEntry>();

  constructor(readonly bytes: Uint8Array) {
    const end = endRecord(bytes);
    if (end < 0) throw new ZipError('truncated', '', 'no end of central directory');
    const count = u16(bytes, end + 10);
    const dirSize = u32(bytes, end + 12);
    const dirOffset = u32(bytes, end + 16);
    if (count === 0xffff || dirOffset === 0xffffffff)
      throw new ZipError('zip64', '', 'zip64 archive');
    if (dirOffset + dirSize > end) throw new ZipError('truncated', '', 'central directory cut');
    let p = dirOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > end || u32(bytes, p) !== 0x02014b50)
        throw new ZipError('truncated', '', 'bad central directory entry');
      const flags = u16(bytes, p + 8);
      const nameLength = u16(bytes, p + 28);
      const raw = bytes.subarray(p + 46, p + 46 + nameLength);
      const name = partName((flags & 0x800 ? utf8 : latin1).decode(raw));
      const entry: ZipEntry = {
        name,
        flags,
        method: u16(bytes, p + 10),
        crc: u32(bytes, p + 16),
        compressedSize: u32(bytes, p + 20),
        size: u32(bytes, p + 24),
        localOffset: u32(bytes, p + 42),
      };
      p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
      if (name.endsWith('/')) continue;
      const key = name.toLowerCase();
      if (this.folded.has(key)) throw new ZipError('duplicate', name, `duplicate entry ${name}`);
      this.entries.set(name, entry);
      this.folded.set(key, entry);
    }
  }

  /** The entry of a part name (leading slash and case ignored), or undefined. */
  get(name: string): ZipEntry | undefined {
    return this.folded.get(partName(name).toLowerCase());
  }

  /** The compressed bytes of an entry, after its local header. */
  private data(e: ZipEntry): Uint8Array {
    const b = this.bytes;
    const at = e.localOffset;
    if (at + 30 > b.length || u32(b, at) !== 0x04034b50)
      throw new ZipError('truncated', e.name, 'bad local header');
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    if (start + e.compressedSize > b.length) throw new ZipError('truncated', e.name, 'data cut');
    return b.subarray(start, start + e.compressedSize);
  }

  /**
   * The inflated bytes of a part, chunk by chunk; fails when it inflates to another size than
   * the directory says (so never beyond it) or its CRC-32 differs.
   */
  async *stream(e: ZipEntry): AsyncGenerator<Uint8Array> {
    if (e.flags & 1) throw new ZipError('encrypted', e.name, 'encrypted entry');
    const data = this.data(e);
    let seen = 0;
    let crc = CRC32_START;
    const take = (chunk: Uint8Array) => {
      seen += chunk.length;
      if (seen > e.size) throw new ZipError('size', e.name, 'part larger than declared');
      crc = crc32Update(crc, chunk);
    };
    if (e.method === 0) {
      for (let i = 0; i < data.length; i += CHUNK) {
        const chunk = data.subarray(i, Math.min(data.length, i + CHUNK));
        take(chunk);
        yield chunk;
      }
    } else if (e.method === 8) {
      for await (const chunk of inflateRaw(data)) {
        take(chunk);
        yield chunk;
      }
    } else throw new ZipError('method', e.name, `compression method ${e.method}`);
    if (seen !== e.size) throw new ZipError('size', e.name, 'part smaller than declared');
    if (crc32Final(crc) !== e.crc) throw new ZipError('crc', e.name, 'CRC error');
  }

  /** A whole (small) part as bytes. */
  async bytesOf(e: ZipEntry): Promise<Uint8Array> {
    const out = new Uint8Array(e.size);
    let at = 0;
    for await (const chunk of this.stream(e)) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

const CHUNK = 256 * 1024;

async function* inflateRaw(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const feed = (async () => {
    try {
      for (let i = 0; i < data.length; i += CHUNK) {
        await writer.ready;
        await writer.write(
          data.subarray(i, Math.min(data.length, i + CHUNK)) as Uint8Array<ArrayBuffer>,
        );
      }
      await writer.close();
    } catch {
      // The reader side reports the error.
    }
  })();
  const reader = ds.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value as Uint8Array;
    }
  } catch (e) {
    throw new ZipError('truncated', '', `inflate: ${(e as Error).message}`);
  } finally {
    reader.cancel().catch(() => undefined);
    await feed;
  }
}
