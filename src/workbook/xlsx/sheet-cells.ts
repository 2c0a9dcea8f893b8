/**
 * Restyle given cells of a worksheet part (ECMA-376 §18.3.1.99) in place, leaving every other
 * byte as it was: a cell's `s` changes, a cell or row that is not written yet is added in order.
 * For `check --write`'s highlights in a copy of the original package.
 */

/** 1-based column number of letters (A → 1). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag.match(/^<[^>]*>/)?.[0] ?? '')?.[1];

/** Column styles (<col min max style>) of a worksheet part. */
function columnStyles(xml: string): { min: number; max: number; style: number }[] {
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? '';
  return [...cols.matchAll(/<col\b[^>]*>/g)].map((m) => ({
    min: Number(attr(m[0], 'min')),
    max: Number(attr(m[0], 'max')),
    style: Number(attr(m[0], 'style') ?? 0),
  }));
}

export interface CellRestyle {
  /** A1 address. */
  ref: string;
  /** The new style index from the cell's current one (its row's or column's when unwritten). */
  style: (current: number) => number;
}

/** The worksheet part with the cells restyled (addresses it cannot read are left alone). */
export function restyleCells(xml: string, cells: CellRestyle[]): string {
  const byRow = new Map<number, Map<number, CellRestyle>>();
  for (const c of cells) {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(c.ref);
    if (!m) continue;
    const row = Number(m[2]);
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(columnNumber(m[1]!), c);
  }
  if (byRow.size === 0) return xml;
  const data = /<sheetData\s*\/>|<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml);
  if (!data) return xml;
  const cols = columnStyles(xml);
  const colStyle = (c: number) => cols.find((x) => x.min <= c && c <= x.max)?.style ?? 0;
  const rows = (data[1] ?? '').match(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g) ?? [];
  const out: string[] = [];
  let last = 0;
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const newRow = (r: number) =>
    `<row r="${r}">${cellsOf('', byRow.get(r)!, (c) => colStyle(c))}</row>`;
  for (const row of rows) {
    const r = Number(attr(row, 'r') ?? last + 1);
    last = r;
    while (pending.length && pending[0]! < r) out.push(newRow(pending.shift()!));
    if (pending[0] !== r) {
      out.push(row);
      continue;
    }
    pending.shift();
    const open = row.match(/^<row\b[^>]*?(?=\/?>)/)![0];
    const inner = row.endsWith('/>') ? '' : row.slice(row.indexOf('>') + 1, -'</row>'.length);
    const rowStyle = attr(row, 'customFormat') === '1' ? Number(attr(row, 's') ?? 0) : undefined;
    const fallback = (c: number) => rowStyle ?? colStyle(c);
    // The spans hint would no longer cover an added cell: dropped (it is optional).
    out.push(
      `${open.replace(/\sspans="[^"]*"/, '')}>${cellsOf(inner, byRow.get(r)!, fallback)}</row>`,
    );
  }
  for (const r of pending) out.push(newRow(r));
  const body = `<sheetData>${out.join('')}</sheetData>`;
  return xml.slice(0, data.index) + body + xml.slice(data.index + data[0].length);
}

/** A row's cells with the targets restyled or added, in column order. */
function cellsOf(
  inner: string,
  targets: Map<number, CellRestyle>,
  fallback: (col: number) => number,
): string {
  const cells = inner.match(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? [];
  const rest = inner.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, '');
  const todo = new Map(targets);
  const out: string[] = [];
  const add = (col: number) => {
    const t = todo.get(col)!;
    todo.delete(col);
    out.push(`<c r="${t.ref}" s="${t.style(fallback(col))}"/>`);
  };
  let last = 0;
  for (const cell of cells) {
    const ref = attr(cell, 'r');
    const col = ref ? columnNumber(/^[A-Z]+/.exec(ref)?.[0] ?? '') : last + 1;
    last = col;
    for (const c of [...todo.keys()].sort((a, b) => a - b)) if (c < col) add(c);
    const t = todo.get(col);
    if (!t) {
      out.push(cell);
      continue;
    }
    todo.delete(col);
    const open = cell.match(/^<c\b[^>]*?(?=\/?>)/)![0];
    const style = t.style(Number(attr(cell, 's') ?? 0));
    out.push(`${open.replace(/\ss="[^"]*"/, '')} s="${style}"${cell.slice(open.length)}`);
  }
  for (const c of [...todo.keys()].sort((a, b) => a - b)) add(c);
  return out.join('') + rest;
}
