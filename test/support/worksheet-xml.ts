/** The names of a worksheet part's child elements, in document order. */
export function worksheetChildren(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (close) depth--;
    else {
      if (depth === 1) out.push(name as string);
      if (!selfClose) depth++;
    }
  }
  return out;
}
