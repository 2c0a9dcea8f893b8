/**
 * A workbook's styles part (xl/styles.xml, ECMA-376 §18.8) to which formats are appended, never
 * changed: every index the workbook's cells already use keeps its meaning. For `check --write`,
 * which adds the Contrôles sheet and highlights cells in a copy of the original package.
 */

/** The collections appended to, with the tag of their items. */
const LISTS = { fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' } as const;
type List = keyof typeof LISTS;

export class StylesPart {
  private xml: string;
  private readonly added = new Map<string, number>();

  constructor(xml: string) {
    for (const list of Object.keys(LISTS))
      if (!new RegExp(`<${list}\\b[^>]*>`).test(xml))
        throw new Error(`styles du classeur sans <${list}>`);
    this.xml = xml;
  }

  /** The whole <list>…</list> element and where it is. */
  private find(list: List): { at: number; element: string } {
    const open = new RegExp(`<${list}\\b[^>]*?(/?)>`).exec(this.xml)!;
    if (open[1]) return { at: open.index, element: open[0] };
    const end = this.xml.indexOf(`</${list}>`, open.index) + `</${list}>`.length;
    return { at: open.index, element: this.xml.slice(open.index, end) };
  }

  /** The items of a list, each whole (an item never nests its own tag). */
  private items(list: List): string[] {
    const tag = LISTS[list];
    const re = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
    return this.find(list).element.match(re) ?? [];
  }

  /** Append `item` to `list` (once: the same item twice gets the same index); its index. */
  add(list: List, item: string): number {
    const key = `${list}\n${item}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const { at, element } = this.find(list);
    const items = this.items(list);
    const index = items.length;
    const open = element.match(/^<[^>]*?(?=\/?>)/)![0].replace(/\scount="\d*"/, '');
    const inner = element.endsWith('/>')
      ? ''
      : element.slice(element.indexOf('>') + 1, -`</${list}>`.length);
    const next = `${open} count="${index + 1}">${inner}${item}</${list}>`;
    this.xml = this.xml.slice(0, at) + next + this.xml.slice(at + element.length);
    this.added.set(key, index);
    return index;
  }

  /** A cell format like `xf` (an index into cellXfs) but filled with a solid `argb`. */
  withFill(xf: number, argb: string): number {
    const base = this.items('cellXfs')[xf] ?? this.items('cellXfs')[0] ?? '<xf/>';
    const fill = this.add('fills', solidFill(argb));
    const open = base.match(/^<xf\b[^>]*?(?=\/?>)/)![0];
    const attrs = open
      .replace(/\s(fillId|applyFill)="[^"]*"/g, '')
      .replace(/^<xf/, `<xf fillId="${fill}" applyFill="1"`);
    return this.add('cellXfs', attrs + base.slice(open.length));
  }

  toString(): string {
    return this.xml;
  }
}

export const solidFill = (argb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
