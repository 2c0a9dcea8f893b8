import { spawnSync } from 'child_process';

/** Pages of a PDF (poppler's pdfinfo). */
export function pageCount(pdf: string): number {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdfinfo ${pdf} : ${r.stderr}`);
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
  if (!m) throw new Error(`pdfinfo ${pdf} : nombre de pages absent`);
  return Number(m[1]);
}

/** The text of each page, laid out as printed (poppler's pdftotext -layout). */
export function pageTexts(pdf: string): string[] {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${pdf} : ${r.stderr}`);
  const pages = r.stdout.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** Page sizes in points, width then height, of each page (pdfinfo -f 1 -l N). */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const n = pageCount(pdf);
  const r = spawnSync('pdfinfo', ['-f', '1', '-l', String(n), pdf], { encoding: 'utf8' });
  return [...r.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/**
 * The text of one page (1-based) printed between its left and right margins (points): what a
 * reader sees. pdftotext also returns text that LibreOffice clips away, such as a chart's labels
 * cut at a manual column break and drawn into the margin of the page before.
 */
export function pageTextWithin(pdf: string, page: number, margin: number): string {
  const { width, height } = pageSizes(pdf)[page - 1]!;
  const box = ['-x', String(Math.floor(margin)), '-y', '0'];
  const size = ['-W', String(Math.ceil(width - 2 * margin)), '-H', String(Math.ceil(height))];
  const p = String(page);
  const r = spawnSync('pdftotext', ['-layout', '-f', p, '-l', p, ...box, ...size, pdf, '-'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pdftotext ${pdf} : ${r.stderr}`);
  return r.stdout;
}
