import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Why a file cannot be read as a workbook; `message` is French and says what to do. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly reason:
      | 'empty'
      | 'xls'
      | 'encrypted'
      | 'pdf'
      | 'text'
      | 'not-zip'
      | 'truncated'
      | 'not-xlsx'
      | 'too-large'
      | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

/** Bounds checked on the zip directory before anything is inflated (zip bombs). */
export const LIMITS = {
  /** Total uncompressed size of all parts. */
  totalBytes: 400 * 1024 * 1024,
  /** Uncompressed/compressed ratio of a single large part. */
  ratio: 200,
  entries: 10000,
};

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 2048);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127)) printable++;
  }
  return printable / n > 0.95;
}

/** Recognise what a file is before opening it, so every refusal says what and how to fix. */
export function sniff(bytes: Uint8Array, name: string): void {
  const f = `« ${name} »`;
  if (bytes.length === 0) throw new UnreadableWorkbook('empty', `${f} est vide (0 octet).`);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new UnreadableWorkbook(
        'encrypted',
        `${f} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) et enregistrez une copie.`,
      );
    }
    throw new UnreadableWorkbook(
      'xls',
      `${f} est au format Excel 97-2003 (.xls). Enregistrez-le au format .xlsx (Fichier > Enregistrer sous) puis recommencez.`,
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new UnreadableWorkbook('pdf', `${f} est un document PDF, pas un classeur Excel (.xlsx).`);
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    if (looksLikeText(bytes)) {
      throw new UnreadableWorkbook(
        'text',
        `${f} est un fichier texte (CSV ?), pas un classeur .xlsx. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.`,
      );
    }
    throw new UnreadableWorkbook(
      'not-zip',
      `${f} n'est pas un classeur Excel (.xlsx) : son contenu n'est pas reconnu.`,
    );
  }
}

interface ZipEntryInternals {
  _data?: { uncompressedSize?: number; compressedSize?: number };
}

/** The zip-directory bounds of a reader: `LIMITS` for ExcelJS's in-memory model. */
export type ZipLimits = typeof LIMITS;

/**
 * Bounds of the streaming reader (`read-stream.ts`): its memory grows with the values it returns,
 * not with the XML, so it accepts a larger total; the per-part ratio (zip bombs) is the same.
 */
export const STREAMING_LIMITS: ZipLimits = { ...LIMITS, totalBytes: 2 * 1024 * 1024 * 1024 };

/** The refusal of a workbook whose parts cannot be read (a message from the reader in brackets). */
export function corruptWorkbook(name: string, e: unknown): UnreadableWorkbook {
  return new UnreadableWorkbook(
    'corrupt',
    `« ${name} » est endommagé : une partie du classeur est illisible (${(e as Error).message}). Ouvrez-le dans Excel et enregistrez une copie.`,
  );
}

/**
 * Recognise the file, open its zip directory and check it against `limits` before anything is
 * inflated: what both readers (ExcelJS's model and the streaming reader) do first.
 */
export async function openZip(
  bytes: Uint8Array,
  name: string,
  limits: ZipLimits = LIMITS,
): Promise<JSZip> {
  sniff(bytes, name);
  const f = `« ${name} »`;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new UnreadableWorkbook(
      'truncated',
      `${f} est tronqué ou endommagé (archive illisible). Demandez un nouvel envoi du fichier.`,
    );
  }
  const entries = Object.values(zip.files);
  if (entries.length > limits.entries) {
    throw new UnreadableWorkbook(
      'too-large',
      `${f} contient trop de parties (${entries.length}) : refusé par précaution.`,
    );
  }
  let total = 0;
  for (const e of entries) {
    const d = (e as unknown as ZipEntryInternals)._data;
    const size = d?.uncompressedSize ?? 0;
    const packed = d?.compressedSize ?? 0;
    total += size;
    if (size > 10 * 1024 * 1024 && packed > 0 && size / packed > limits.ratio) {
      throw new UnreadableWorkbook(
        'too-large',
        `${f} ressemble à une « bombe zip » (la partie ${e.name} se décompresserait ${Math.round(size / packed)} fois) : refusé avant décompression.`,
      );
    }
  }
  if (total > limits.totalBytes) {
    throw new UnreadableWorkbook(
      'too-large',
      `${f} se décompresserait en ${Math.round(total / 1048576)} Mo, au-delà de la limite de ${limits.totalBytes / 1048576} Mo : refusé avant décompression.`,
    );
  }
  if (!zip.file('xl/workbook.xml')) {
    const what = zip.file('word/document.xml')
      ? ' (c’est un document Word)'
      : zip.file('ppt/presentation.xml')
        ? ' (c’est une présentation PowerPoint)'
        : zip.file('content.xml')
          ? ' (c’est un fichier OpenDocument : enregistrez-le au format .xlsx)'
          : '';
    throw new UnreadableWorkbook('not-xlsx', `${f} n'est pas un classeur Excel (.xlsx)${what}.`);
  }
  return zip;
}

/** Open .xlsx bytes safely: recognised format, bounded size, then ExcelJS. */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  await openZip(bytes, name);
  // ExcelJS is loaded only here: `trepied check` without --write never needs its model.
  const { loadXlsx } = await import('./load');
  try {
    return await loadXlsx(bytes);
  } catch (e) {
    throw corruptWorkbook(name, e);
  }
}
