import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { Zip } from '../../src/workbook/xlsx/zip';
import { ZipWriter } from '../../src/workbook/xlsx/zip-writer';

/**
 * The streaming writer's own zip (zip-writer.ts): every part read back whole and checked (CRC,
 * sizes) by our reader, by JSZip and by Python's zipfile (the python3 of the producers corpus,
 * scripts/system-deps.sh); a large part crosses many compressor chunks; a slow sink pauses the
 * writer without changing a byte read back.
 */
const big = Array.from({ length: 60_000 }, (_, i) => `<row r="${i}">é ${i * 7919}</row>`).join('');
const PARTS: [string, string][] = [
  ['[Content_Types].xml', '<Types/>'],
  ['xl/worksheets/sheet1.xml', big],
  ['xl/vide.xml', ''],
  ['xl/Données accentuées.xml', 'Œuvre « 1 » — ✓'],
];

async function write(slow: boolean): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const out = new ZipWriter(
    {
      write: (c) => {
        chunks.push(c.slice());
        return slow ? new Promise((resolve) => setTimeout(resolve, 1)) : undefined;
      },
    },
    new Date('2026-01-15T10:20:30Z'),
  );
  for (const [name, text] of PARTS) {
    if (name === 'xl/worksheets/sheet1.xml') {
      const entry = await out.entry(name);
      for (let i = 0; i < text.length; i += 10_000) {
        entry.write(text.slice(i, i + 10_000));
        if (entry.full) await entry.flush();
      }
      await entry.close();
    } else await out.file(name, text);
  }
  await out.close();
  return Buffer.concat(chunks);
}

describe.each([false, true])('zip writer (slow sink: %s)', (slow) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await write(slow);
  });

  it('is read back whole by our reader, its CRC and sizes checked', async () => {
    const zip = new Zip(bytes);
    expect([...zip.entries.keys()]).toEqual(PARTS.map(([n]) => n));
    for (const [name, text] of PARTS)
      expect([name, new TextDecoder().decode(await zip.bytesOf(zip.get(name)!))]).toEqual([
        name,
        text,
      ]);
    expect(bytes.length).toBeLessThan(big.length / 3);
  });

  it('is read back by JSZip, with the date given', async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (const [name, text] of PARTS) expect(await zip.file(name)!.async('string')).toBe(text);
    expect(zip.file('xl/vide.xml')!.date.toISOString()).toBe('2026-01-15T10:20:30.000Z');
  });

  it("passes Python's zipfile test (every CRC) and lists the same parts", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-zip-'));
    try {
      const file = path.join(dir, 'a.zip');
      fs.writeFileSync(file, bytes);
      const script =
        'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n' +
        'print(json.dumps([z.testzip(), [i.filename for i in z.infolist()]]))';
      const out = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual([null, PARTS.map(([n]) => n)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
