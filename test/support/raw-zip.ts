/**
 * A bare zip writer (stored entries) for tests that need what zip libraries refuse to write:
 * duplicate entries, a wrong CRC, empty parts, any part name.
 */
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = (TABLE[(c ^ x) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** Write this CRC instead of the right one. */
  crc?: number;
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], v: number) => a.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (a: number[], v: number) =>
    a.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  for (const e of entries) {
    const data = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const name = enc.encode(e.name);
    const crc = e.crc ?? crc32(data);
    const offset = locals.length;
    u32(locals, 0x04034b50);
    u16(locals, 20);
    u16(locals, 0x800);
    u16(locals, 0);
    u32(locals, 0);
    u32(locals, crc);
    u32(locals, data.length);
    u32(locals, data.length);
    u16(locals, name.length);
    u16(locals, 0);
    locals.push(...name, ...data);
    u32(central, 0x02014b50);
    u16(central, 20);
    u16(central, 20);
    u16(central, 0x800);
    u16(central, 0);
    u32(central, 0);
    u32(central, crc);
    u32(central, data.length);
    u32(central, data.length);
    u16(central, name.length);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, offset);
    central.push(...name);
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, entries.length);
  u16(end, entries.length);
  u32(end, central.length);
  u32(end, locals.length);
  u16(end, 0);
  return new Uint8Array([...locals, ...central, ...end]);
}

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx: one sheet per entry of `sheets` (worksheet XML), optional parts added. */
export function minimalXlsx(
  sheets: Record<string, string>,
  extra: RawEntry[] = [],
  options: { sharedStrings?: string; names?: string; sheetRels?: Record<number, string> } = {},
): Uint8Array {
  const names = Object.keys(sheets);
  const book = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${names
    .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets>${options.names ?? ''}</workbook>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      '',
    )}<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const entries: RawEntry[] = [
    { name: '[Content_Types].xml', data: CT },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: 'xl/workbook.xml', data: book },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    ...names.map((n, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: sheets[n] as string,
    })),
    ...Object.entries(options.sheetRels ?? {}).map(([i, xml]) => ({
      name: `xl/worksheets/_rels/sheet${i}.xml.rels`,
      data: xml,
    })),
  ];
  if (options.sharedStrings !== undefined)
    entries.push({ name: 'xl/sharedStrings.xml', data: options.sharedStrings });
  return rawZip([...entries, ...extra]);
}

/**
 * Whether a zip's first part has its CRC and sizes in a data descriptor (general purpose flag
 * bit 3): the streaming writer's parts do (zip-writer.ts), JSZip's (the in-memory path) do not.
 * It tells which writer wrote an .xlsx.
 */
export function writtenByStream(bytes: Uint8Array): boolean {
  return (((bytes[6] as number) | ((bytes[7] as number) << 8)) & 8) !== 0;
}
