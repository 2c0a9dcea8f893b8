/**
 * A small zip reader for workbook packages (.xlsx, .ods): the central directory is read and
 * checked (duplicate entries, sizes, zip bombs) before anything is inflated, and each part is
 * inflated as a stream, its size and CRC-32 checked as it comes. Inflating is the platform's
 * DecompressionStream('deflate-raw') (Node 20, Edge, Chrome, Firefox, Safari 16.4): no dependency.
 * Under Node (the CLI), parts up to 64 MB are inflated at once by zlib's synchronous inflate, and
 * CRC-32 is zlib's: no promise per chunk, no thread pool (a third of `trepied check`'s start-up).
 */

import { crc32Final, crc32Update } from './crc32';

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
    let crc = 0;
    const take = (chunk: Uint8Array) => {
      seen += chunk.length;
      if (seen > e.size) throw new ZipError('size', e.name, 'part larger than declared');
      crc = crc32(chunk, crc);
    };
    const zlib = nodeZlib();
    if (e.method === 8 && zlib && e.size <= SYNC_MAX) {
      let out: Uint8Array;
      try {
        // One byte more than declared is enough to tell a part larger than its directory says.
        out = zlib.inflateRawSync(data, { maxOutputLength: e.size + 1 });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipError('size', e.name, 'part larger than declared');
        throw new ZipError('truncated', e.name, `inflate: ${(err as Error).message}`);
      }
      take(out);
      if (out.length > 0) yield out;
    } else if (e.method === 0) {
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
    if (crc >>> 0 !== e.crc) throw new ZipError('crc', e.name, 'CRC error');
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
/** Parts inflated at once under Node (larger ones are streamed, so memory stays flat). */
const SYNC_MAX = 64 * 1024 * 1024;

interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  crc32?: (data: Uint8Array, value: number) => number;
}

let zlibModule: NodeZlib | null | undefined;
/** Node's zlib when running under Node 20.16+ (never bundled into the task pane), else null. */
function nodeZlib(): NodeZlib | null {
  if (zlibModule === undefined) {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
      .process;
    zlibModule = (proc?.getBuiltinModule?.('zlib') as NodeZlib | undefined) ?? null;
  }
  return zlibModule;
}

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

/** The CRC-32 of `b` continued from the CRC-32 `crc` of the bytes before it (0 at first). */
function crc32(b: Uint8Array, crc: number): number {
  const native = nodeZlib()?.crc32;
  if (native) return native(b, crc);
  return crc32Final(crc32Update(~crc, b));
}
