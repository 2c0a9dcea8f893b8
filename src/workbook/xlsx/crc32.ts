/** CRC-32 (ISO 3309, as zip uses it), shared by the zip reader and writer. */

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** The running CRC before any byte; finish with crc32Final. */
export const CRC32_START = 0xffffffff;

/** Carry a running CRC over `b`. */
export function crc32Update(crc: number, b: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < b.length; i++)
    c = (TABLE[(c ^ (b[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

/** The CRC-32 of the bytes a running CRC went over, as an unsigned number. */
export const crc32Final = (crc: number): number => (crc ^ 0xffffffff) >>> 0;
