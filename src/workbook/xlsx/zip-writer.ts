import { CRC32_START, crc32Final, crc32Update } from './crc32';

/**
 * A small streaming zip writer for workbook packages, the counterpart of zip.ts's reader: each
 * part is deflated as it is written (the platform's CompressionStream('deflate-raw'): Node 20,
 * Edge, Chrome, Firefox, Safari 16.4), its CRC-32 and sizes counted on the way and written in a
 * data descriptor after it (APPNOTE 6.3.10 §4.3.9), then the central directory. No part is ever
 * held whole, and nothing waits in memory beyond the sink's own buffer: writing pauses while the
 * compressor or the sink is behind.
 */

/** Where the zip's bytes go, in order; a promise pauses the writer until the sink can take more. */
export interface ZipSink {
  write(chunk: Uint8Array): void | Promise<void>;
}

interface Written {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General purpose flags: sizes and CRC in a data descriptor (bit 3), UTF-8 names (bit 11). */
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;
/** Characters of text gathered before they are encoded and handed to the compressor. */
const FLUSH_CHARS = 256 * 1024;
const MAX_32 = 0xffffffff;

const encoder = new TextEncoder();

/** MS-DOS date and time of a date (its UTC fields; 1980 at the earliest). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** Whether this platform can deflate a stream (CompressionStream with 'deflate-raw'). */
export function canDeflate(): boolean {
  try {
    return typeof CompressionStream === 'function' && !!new CompressionStream('deflate-raw');
  } catch {
    return false;
  }
}

/** One part being written: text (UTF-8) or bytes, deflated as it comes; close() before the next. */
export class ZipEntryWriter {
  private parts: string[] = [];
  private pending = 0;
  private crc = CRC32_START;
  private size = 0;
  private compressed = 0;
  private failure: unknown;
  private readonly writer: ReturnType<CompressionStream['writable']['getWriter']>;
  private readonly pump: Promise<void>;

  constructor(
    private readonly sink: (chunk: Uint8Array) => Promise<void>,
    private readonly done: (crc: number, compressed: number, size: number) => Promise<void>,
  ) {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    this.writer = writer;
    const reader = stream.readable.getReader();
    this.pump = (async () => {
      try {
        for (;;) {
          const { done: end, value } = await reader.read();
          if (end) return;
          this.compressed += value.length;
          await this.sink(value);
        }
      } catch (e) {
        this.failure = e;
        writer.abort(e).catch(() => undefined);
        reader.cancel(e).catch(() => undefined);
      }
    })();
  }

  /** Add text; it is compressed once enough has gathered (see full). */
  write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
  }

  /** Whether enough text has gathered to flush() it before writing more. */
  get full(): boolean {
    return this.pending >= FLUSH_CHARS;
  }

  /** Hand the gathered text to the compressor, waiting while it is behind. */
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.pending = 0;
    await this.bytes(encoder.encode(text));
  }

  /** Add bytes as they are. */
  async bytes(b: Uint8Array): Promise<void> {
    if (b.length === 0) return;
    this.crc = crc32Update(this.crc, b);
    this.size += b.length;
    if (this.size > MAX_32) throw tooLarge();
    // Each chunk is awaited: the writable side's `ready` resolves before the compressor has
    // taken anything, so without this the text would pile up (twice the memory, and slower).
    // Errors come back through the pump (this.failure).
    await this.writer.write(b as Uint8Array<ArrayBuffer>).catch(() => undefined);
    if (this.failure) throw this.failure;
  }

  /** Finish the part: the rest of the text, the compressor's last bytes, the data descriptor. */
  async close(): Promise<void> {
    await this.flush();
    await this.writer.close().catch(() => undefined);
    await this.pump;
    if (this.failure) throw this.failure;
    await this.done(crc32Final(this.crc), this.compressed, this.size);
  }
}

const tooLarge = () =>
  new Error(
    'Classeur trop volumineux : une partie du fichier .xlsx dépasse 4 Go (zip64 non pris en charge).',
  );

/** Writes a zip archive part after part into a sink. */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private open: ZipEntryWriter | undefined;
  private readonly stamp: { date: number; time: number };

  /** `modified`: the date every part carries. */
  constructor(
    private readonly sink: ZipSink,
    modified: Date,
  ) {
    this.stamp = dosDateTime(modified);
  }

  private async emit(chunk: Uint8Array): Promise<void> {
    this.offset += chunk.length;
    if (this.offset > MAX_32) throw tooLarge();
    await this.sink.write(chunk);
  }

  /** Start a part; write into it, then close() it before starting another. */
  async entry(name: string): Promise<ZipEntryWriter> {
    if (this.open) throw new Error(`Partie de l’archive non terminée avant « ${name} ».`);
    const nameBytes = encoder.encode(name);
    const offset = this.offset;
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, LOCAL, true);
    header.setUint16(4, VERSION, true);
    header.setUint16(6, FLAGS, true);
    header.setUint16(8, DEFLATE, true);
    header.setUint16(10, this.stamp.time, true);
    header.setUint16(12, this.stamp.date, true);
    // CRC and sizes (14–25) are zero here: they follow the data in its descriptor.
    header.setUint16(26, nameBytes.length, true);
    await this.emit(new Uint8Array(header.buffer));
    await this.emit(nameBytes);
    const entry = new ZipEntryWriter(
      (chunk) => this.emit(chunk),
      async (crc, compressed, size) => {
        const d = new DataView(new ArrayBuffer(16));
        d.setUint32(0, DESCRIPTOR, true);
        d.setUint32(4, crc, true);
        d.setUint32(8, compressed, true);
        d.setUint32(12, size, true);
        await this.emit(new Uint8Array(d.buffer));
        this.written.push({ name: nameBytes, crc, compressed, size, offset });
        this.open = undefined;
      },
    );
    this.open = entry;
    return entry;
  }

  /** A whole part at once (a small one). */
  async file(name: string, data: string | Uint8Array): Promise<void> {
    const entry = await this.entry(name);
    if (typeof data === 'string') entry.write(data);
    else await entry.bytes(data);
    await entry.close();
  }

  /** Write the central directory: the archive is complete. */
  async close(): Promise<void> {
    if (this.open) throw new Error('Partie de l’archive non terminée à la fin du classeur.');
    const start = this.offset;
    for (const w of this.written) {
      const h = new DataView(new ArrayBuffer(46));
      h.setUint32(0, CENTRAL, true);
      h.setUint16(4, VERSION, true);
      h.setUint16(6, VERSION, true);
      h.setUint16(8, FLAGS, true);
      h.setUint16(10, DEFLATE, true);
      h.setUint16(12, this.stamp.time, true);
      h.setUint16(14, this.stamp.date, true);
      h.setUint32(16, w.crc, true);
      h.setUint32(20, w.compressed, true);
      h.setUint32(24, w.size, true);
      h.setUint16(28, w.name.length, true);
      // Extra field, comment, disk number, attributes: none (30–41).
      h.setUint32(42, w.offset, true);
      await this.emit(new Uint8Array(h.buffer));
      await this.emit(w.name);
    }
    if (this.written.length > 0xffff) throw tooLarge();
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, END, true);
    end.setUint16(8, this.written.length, true);
    end.setUint16(10, this.written.length, true);
    end.setUint32(12, this.offset - start, true);
    end.setUint32(16, start, true);
    await this.emit(new Uint8Array(end.buffer));
  }
}
