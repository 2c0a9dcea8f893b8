/**
 * Text bound for a terminal, made harmless: control characters that could come from a cell
 * (ESC, BEL, CR, DEL, C1 controls) and bidirectional overrides are shown as `\u001B`-style
 * escapes. Line feeds and tabs are kept (the reports' own layout). The escape is also a valid
 * JSON escape, so `--json` output stays valid JSON with the same strings.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
