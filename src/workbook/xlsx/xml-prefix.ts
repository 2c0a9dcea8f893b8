/*
 * Namespace prefixes in a part edited as text (`check --write`'s copy). Producers lay out their
 * namespaces differently: Excel and ExcelJS declare every prefix on the root element, openpyxl
 * declares the relationships prefix on each <sheet>, others bind the main namespace to a prefix
 * (`<x:workbook xmlns:x=…>`). An element added to such a part must use the prefix its siblings
 * use and carry the declarations of any prefix not bound on the root.
 */

const NAME = '[A-Za-z_][\\w.-]*';

/** The prefix, with its colon ('' when none), of the elements named `local` in `xml`. */
export function prefixOf(xml: string, local: string): string | undefined {
  const m = new RegExp(`</?((?:${NAME}:)?)${local}[\\s/>]`).exec(xml);
  return m ? m[1] : undefined;
}

/** The prefixes the root element binds, with their namespaces ('' for the default namespace). */
export function rootBindings(xml: string): Map<string, string> {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? '';
  const out = new Map<string, string>();
  for (const m of root.matchAll(new RegExp(`\\sxmlns(?::(${NAME}))?\\s*=\\s*(["'])(.*?)\\2`, 'g')))
    out.set(m[1] ?? '', m[3]!);
  return out;
}

/**
 * A qualified attribute name in namespace `ns`, for an element whose own prefix is `elementPrefix`
 * (with its colon): the prefix the root binds to `ns` when there is one, otherwise a prefix
 * declared on the element itself (the declaration comes with the name).
 */
export function qualified(
  xml: string,
  ns: string,
  local: string,
  elementPrefix: string,
  preferred: string,
): string {
  const bindings = rootBindings(xml);
  for (const [p, uri] of bindings)
    if (uri === ns && p !== '' && `${p}:` !== elementPrefix) return `${p}:${local}`;
  let p = preferred;
  for (let k = 2; `${p}:` === elementPrefix; k++) p = `${preferred}${k}`;
  return `xmlns:${p}="${ns}" ${p}:${local}`;
}

/** `xml` with `child` (given the prefix of `parent`'s elements) put last in the first `parent`. */
export function appendChild(
  xml: string,
  parent: string,
  child: (prefix: string) => string,
): string {
  const m = new RegExp(`</((?:${NAME}:)?)${parent}\\s*>`).exec(xml);
  if (!m) throw new Error(`élément ${parent} introuvable`);
  return xml.slice(0, m.index) + child(m[1]!) + xml.slice(m.index);
}
