import JSZip from 'jszip';
import { Zip, ZipError } from '../../src/workbook/xlsx/zip';

/**
 * The zip reader's deflated parts under Node, inflated at once by zlib since issue 17 (start-up
 * of `trepied check`): the part's declared size and CRC-32 are still enforced, and a damaged
 * deflate stream is a ZipError the reader turns into French.
 */
const TEXT = 'Atelier « Les bases de l’impact » '.repeat(2000);

async function deflated(): Promise<Uint8Array> {
  const z = new JSZip();
  z.file('part.xml', TEXT);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rewrite the central directory's uncompressed size of the (only) entry. */
function withDeclaredSize(bytes: Uint8Array, size: number): Uint8Array {
  const b = bytes.slice();
  const view = new DataView(b.buffer);
  for (let i = b.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, size, true);
      return b;
    }
  throw new Error('no central directory');
}

async function inflate(bytes: Uint8Array): Promise<string> {
  const zip = new Zip(bytes);
  return new TextDecoder().decode(await zip.bytesOf(zip.get('part.xml')!));
}

async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await inflate(bytes);
  } catch (e) {
    if (e instanceof ZipError) return e.reason;
    throw e;
  }
  return 'accepted';
}

describe('Zip (deflated parts under Node)', () => {
  it('inflates a part whole, its CRC-32 checked', async () => {
    const bytes = await deflated();
    expect(await inflate(bytes)).toBe(TEXT);
  });

  it('refuses a part that inflates beyond its declared size (never inflated past it)', async () => {
    const size = new TextEncoder().encode(TEXT).length;
    expect(await reason(withDeclaredSize(await deflated(), size - 10))).toBe('size');
    expect(await reason(withDeclaredSize(await deflated(), size + 10))).toBe('size');
  });

  it('refuses a damaged deflate stream and a wrong CRC', async () => {
    const bytes = await deflated();
    const zip = new Zip(bytes);
    const e = zip.get('part.xml')!;
    const cut = bytes.slice();
    // The deflate data starts after the local header; break its first block.
    const start = e.localOffset + 30 + 'part.xml'.length;
    cut.fill(0xff, start, start + 8);
    expect(await reason(cut)).toMatch(/truncated|size|crc/);
    const crc = bytes.slice();
    const view = new DataView(crc.buffer);
    for (let i = crc.length - 22; i >= 0; i--)
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 16, (e.crc ^ 1) >>> 0, true);
        break;
      }
    expect(await reason(crc)).toBe('crc');
  });
});
