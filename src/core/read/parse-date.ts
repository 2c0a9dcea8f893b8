const DAY_MS = 86_400_000;
/** Serial 61 is 1900-03-01: Excel counts a 29 February 1900 that never was (the 1900 leap bug). */
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);
/** 9999-12-31, the last date Excel shows. */
const MAX_SERIAL = 2_958_465;

function utcDate(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  const ok = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return ok ? date : undefined;
}

/**
 * A date typed as text: "31/12/2025", "1/2/25", "31-12-2025", "31.12.2025" (day first, as in
 * France) or ISO "2025-12-31". Two-digit years are 20yy.
 * @example parseDateText('31/12/2025')?.toISOString() // '2025-12-31T00:00:00.000Z'
 */
export function parseDateText(text: string): Date | undefined {
  const s = text.trim();
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s);
  if (fr) {
    const y = Number(fr[3]);
    return utcDate(fr[3]!.length === 2 ? 2000 + y : y, Number(fr[2]), Number(fr[1]));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** An Excel serial number (1900 date system) as a UTC date; undefined outside 1..9999-12-31. */
export function serialToDate(serial: number): Date | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return undefined;
  const epoch = serial < 61 ? EPOCH_BEFORE_BUG : EPOCH_AFTER_BUG;
  return new Date(epoch + Math.round(serial * DAY_MS));
}

/** The Excel serial number of a UTC date (1900 date system). */
export function dateToSerial(date: Date): number {
  const t = date.getTime();
  const serial = (t - EPOCH_AFTER_BUG) / DAY_MS;
  return serial < 61 ? (t - EPOCH_BEFORE_BUG) / DAY_MS : serial;
}

/** YYYY-MM-DD of a UTC date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
