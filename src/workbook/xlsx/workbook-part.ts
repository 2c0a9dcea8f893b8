import type JSZip from 'jszip';
import { xmlEscape, xmlUnescape } from './xml-text';

/*
 * The workbook part (xl/workbook.xml) as the writers patch it: its sheets, in order, with their
 * worksheet parts, and its <definedNames>, edited in place so that every name we do not touch
 * stays byte for byte. Names and texts here are plain text: XML entities are undone on reading
 * (`R&amp;D` is the sheet `R&D`) and redone on writing. A defined name's text is kept as the
 * file has it (sheet names in references quoted, inner apostrophes doubled: `'d''accès'!$A$1`).
 */

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** The relationships part of a package part (`xl/worksheets/_rels/sheet1.xml.rels`). */
export const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  /** The relationship id of its part (`r:id`, whatever the prefix). */
  rId: string | undefined;
  /** Its part's path in the package (`xl/worksheets/sheet1.xml`), when the relationship is known. */
  part: string | undefined;
}

export interface DefinedName {
  name: string;
  /** The index of the sheet it is scoped to (`localSheetId`), none for a workbook name. */
  localSheetId: number | undefined;
  text: string;
}

/** An attribute value as written, by exact name (`\s` before it, so `name` is not `sheetName`). */
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The relationship targets of a part's relationships part, resolved to package paths, by id. */
export function relationshipTargets(relsXml: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const to = attr(m[0], 'Target');
    if (id && to && attr(m[0], 'TargetMode') !== 'External') out.set(id, resolvePart(base, to));
  }
  return out;
}

/**
 * A relationship target resolved against the folder of the part it belongs to; an absolute
 * target (`/xl/worksheets/sheet1.xml`, as openpyxl writes them) is from the package root.
 */
export function resolvePart(base: string, target: string): string {
  const to = xmlUnescape(target);
  if (to.startsWith('/')) return to.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of to.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/** The sheets of a workbook part, in order (localSheetId indexes this list). */
export function workbookSheets(wbXml: string, relsXml = ''): WorkbookSheet[] {
  const targets = relationshipTargets(relsXml, WORKBOOK_PART);
  const list = /<((?:[\w.-]+:)?)sheets\b[^>]*>([\s\S]*?)<\/\1sheets>/.exec(wbXml)?.[2] ?? '';
  return [...list.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => {
    const rId = /\s[\w.-]+:id="([^"]*)"/.exec(m[0])?.[1];
    return {
      name: xmlUnescape(attr(m[0], 'name') ?? ''),
      sheetId: Number(attr(m[0], 'sheetId')) || 0,
      rId,
      part: rId === undefined ? undefined : targets.get(rId),
    };
  });
}

/** Worksheet part paths by sheet name, in workbook order, from a package. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await zip.file(WORKBOOK_PART)?.async('string')) ?? '';
  const rels = (await zip.file(WORKBOOK_RELS)?.async('string')) ?? '';
  const out = new Map<string, string>();
  for (const s of workbookSheets(wb, rels)) if (s.part) out.set(s.name, s.part);
  return out;
}

const DEFINED_NAME = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;

function definedName(attrs: string, text: string): DefinedName {
  const local = attr(attrs, 'localSheetId');
  return {
    name: xmlUnescape(attr(attrs, 'name') ?? ''),
    localSheetId: local === undefined ? undefined : Number(local),
    text: xmlUnescape(text),
  };
}

/** The defined names of a workbook part, in order. */
export function definedNamesOf(wbXml: string): DefinedName[] {
  return [...wbXml.matchAll(DEFINED_NAME)].map((m) => definedName(m[1]!, m[2]!));
}

/** One `<definedName>` element. */
export function definedNameXml(n: DefinedName): string {
  const local = n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`;
  return `<definedName name="${xmlEscape(n.name)}"${local}>${xmlEscape(n.text)}</definedName>`;
}

/** Where the workbook part's children after <definedNames> start (ECMA-376 §18.2.27 order). */
const AFTER_NAMES =
  /<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/;

/**
 * The workbook part without the defined names `drop` picks and with `add` after the others,
 * every other byte as it was; a <definedNames> element is made where there was none.
 */
export function withDefinedNames(
  wbXml: string,
  add: DefinedName[],
  drop: (n: DefinedName) => boolean = () => false,
): string {
  const out = wbXml.replace(DEFINED_NAME, (whole, attrs: string, text: string) =>
    drop(definedName(attrs, text)) ? '' : whole,
  );
  const names = add.map(definedNameXml).join('');
  if (/<definedNames\b[^>]*\/>/.test(out))
    return out.replace(/<definedNames\b[^>]*\/>/, `<definedNames>${names}</definedNames>`);
  if (out.includes('</definedNames>'))
    return out.replace('</definedNames>', `${names}</definedNames>`);
  if (names === '') return out;
  const at = out.search(AFTER_NAMES);
  if (at < 0) throw new Error('partie xl/workbook.xml illisible : fin du classeur absente');
  return `${out.slice(0, at)}<definedNames>${names}</definedNames>${out.slice(at)}`;
}

/** Whether a defined name is a sheet's print area or print titles. */
export const isPrintName = (n: DefinedName) => /^_xlnm\.Print_(Area|Titles)$/i.test(n.name);
