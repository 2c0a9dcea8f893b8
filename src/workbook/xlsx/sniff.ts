/**
 * What a file is before it is opened, and the refusals of the reader (French messages), with no
 * dependency: the task pane loads the reader without ExcelJS.
 */
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

/** The zip-directory bounds of a reader. */
export type ZipLimits = typeof LIMITS;

/**
 * Bounds of the reader (`reader.ts`): its memory grows with the values it returns, not with the
 * XML, so it accepts a larger total than ExcelJS's model (`LIMITS`, for the report copy and the
 * demo); the per-part ratio (zip bombs) is the same.
 */
export const STREAMING_LIMITS: ZipLimits = { ...LIMITS, totalBytes: 2 * 1024 * 1024 * 1024 };
