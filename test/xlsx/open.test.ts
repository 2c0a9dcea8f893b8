import JSZip from 'jszip';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import {
  LIMITS,
  openWorkbook,
  STREAMING_LIMITS,
  UnreadableWorkbook,
} from '../../src/workbook/xlsx/open';
import { openPackage } from '../../src/workbook/xlsx/reader';
import { planToXlsx } from '../../src/workbook/xlsx/render';

/** Bad input: each refusal is an UnreadableWorkbook with a French message naming the file. */
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [k, v] of Object.entries(files)) z.file(k, v);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function refusal(bytes: Uint8Array): Promise<UnreadableWorkbook> {
  try {
    await openWorkbook(bytes, 'partenaire.xlsx');
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('openWorkbook refuses what is not a readable .xlsx', () => {
  it.each([
    ['an empty file', () => new Uint8Array(0), 'empty', 'est vide'],
    [
      'a .xls renamed',
      () => new Uint8Array([...ole, ...new Array(600).fill(0)]),
      'xls',
      'Excel 97-2003',
    ],
    [
      'a password-protected workbook',
      () => new Uint8Array([...ole, ...new Array(100).fill(0), ...utf16('EncryptionInfo'), 0, 0]),
      'encrypted',
      'mot de passe',
    ],
    ['a PDF', () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf', 'PDF'],
    ['a CSV', () => new TextEncoder().encode('N° action;Intitulé\nA1;Campagne\n'), 'text', 'CSV'],
    [
      'random bytes',
      () => new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)),
      'not-zip',
      "n'est pas un classeur",
    ],
  ])('%s', async (_label, make, reason, text) => {
    const e = await refusal(make());
    expect(e.reason).toBe(reason);
    expect(e.message).toContain('« partenaire.xlsx »');
    expect(e.message).toContain(text);
  });

  it('a truncated workbook', async () => {
    const good = await planToXlsx(buildPlan(ca, { now: new Date('2026-01-01T00:00:00Z') }));
    const e = await refusal(good.slice(0, Math.floor(good.length / 2)));
    expect(e.reason).toBe('truncated');
    expect(e.message).toContain('tronqué');
  });

  it('a Word document renamed .xlsx', async () => {
    const e = await refusal(await zipOf({ 'word/document.xml': '<w:document/>' }));
    expect(e.reason).toBe('not-xlsx');
    expect(e.message).toContain('document Word');
  });

  it('a zip bomb, before inflating it', async () => {
    // 24 MiB of zeros deflate to a few KiB: a ratio far above the bound of 200.
    const bomb = await zipOf({
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': new Uint8Array(24 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const e = await refusal(bomb);
    expect(e.reason).toBe('too-large');
    expect(e.message).toContain('bombe zip');
  });

  it('checks the zip directory against the bounds of each reader', async () => {
    const good = await planToXlsx(buildPlan(ca, { now: new Date('2026-01-01T00:00:00Z') }));
    expect(openPackage(good, 'suivi.xlsx')).toBeDefined();
    let e: unknown;
    try {
      openPackage(good, 'suivi.xlsx', { ...LIMITS, totalBytes: 100 * 1024 });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(UnreadableWorkbook);
    expect(e).toMatchObject({ reason: 'too-large' });
    expect((e as Error).message).toContain('refusé avant décompression');
    // The streaming reader holds values, not parts: a larger total, the same zip-bomb ratio.
    expect(STREAMING_LIMITS.totalBytes).toBeGreaterThan(LIMITS.totalBytes);
    expect(STREAMING_LIMITS.ratio).toBe(LIMITS.ratio);
    expect(STREAMING_LIMITS.entries).toBe(LIMITS.entries);
  });

  it('accepts a generated workbook', async () => {
    const good = await planToXlsx(buildPlan(ca, { now: new Date('2026-01-01T00:00:00Z') }));
    const wb = await openWorkbook(good, 'suivi.xlsx');
    expect(wb.getWorksheet('Actions')).toBeDefined();
  });
});
