// The only task-pane module that touches the Office.js globals (STYLE.md: one file talks to the host).
import type { WorkbookPort } from '../workbook/types';
import { langFromTag, type Lang } from './strings';

export type DemoReason =
  { kind: 'no-office' } | { kind: 'no-host' } | { kind: 'error'; message: string };

export type HostInfo =
  | { mode: 'excel'; lang: Lang; dark: boolean }
  | { mode: 'demo'; lang: Lang; dark: false; reason: DemoReason };

/** Waits for Office.js; without it, or outside Excel, the pane runs in demo mode. */
export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === 'undefined') return demo({ kind: 'no-office' });
  let host: Office.HostType | null;
  try {
    ({ host } = await Office.onReady());
  } catch (error) {
    return demo({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  if (host !== Office.HostType.Excel) return demo({ kind: 'no-host' });
  return {
    mode: 'excel',
    lang: langFromTag(Office.context.displayLanguage),
    dark: isDarkTheme(Office.context.officeTheme),
  };
}

// Outside Excel the pane stays French (the product's language) unless the URL asks ?lang=en.
function demo(reason: DemoReason): HostInfo {
  const lang = langFromTag(new URLSearchParams(window.location.search).get('lang') ?? 'fr');
  return { mode: 'demo', lang, dark: false, reason };
}

function isDarkTheme(theme: Office.OfficeTheme | undefined): boolean {
  if (!theme) return false;
  // isDarkTheme is recent; older hosts only give the body colour.
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  return brightness(theme.bodyBackgroundColor) < 0.4;
}

/** Perceived brightness of a "#RRGGBB" colour, 0 (black) to 1 (white); white if unreadable. */
function brightness(hex: string | undefined): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!match) return 1;
  const [r = 255, g = 255, b = 255] = match.slice(1).map((part) => parseInt(part, 16));
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export type ExcelConnection =
  { kind: 'ready'; port: WorkbookPort } | { kind: 'too-old'; message: string };

/** The live workbook, once Excel is known to support what Trépied needs (French message if not). */
export async function connectExcel(): Promise<ExcelConnection> {
  const { OfficeWorkbook, checkRequirements } = await import(
    /* webpackChunkName: "excel" */ '../workbook/office'
  );
  const check = checkRequirements();
  if (!check.ok) return { kind: 'too-old', message: check.message ?? check.missing.join(', ') };
  return { kind: 'ready', port: new OfficeWorkbook() };
}
