import { spawnSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { SaxesParser } from 'saxes';

/**
 * Validation of an .xlsx package against the ECMA-376 Transitional schemas vendored in
 * schemas/ooxml (see its README), with xmllint. Each part is validated against the schema of
 * its content type, after the Markup Compatibility processing every consumer does (ECMA-376
 * Part 3): attributes and elements of the namespaces a part declares mc:Ignorable are removed,
 * mc:AlternateContent is replaced by its mc:Fallback.
 */
export const SCHEMAS = path.join(__dirname, '../../schemas/ooxml');

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';

/** The schema of each content type; null for parts whose schemas ECMA-376 Part 4 leaves out. */
export function schemaFor(contentType: string): string | null | undefined {
  if (contentType.startsWith(SML)) return 'sml.xsd';
  return {
    'application/vnd.openxmlformats-package.relationships+xml': 'opc-relationships.xsd',
    'application/vnd.openxmlformats-package.core-properties+xml': 'opc-coreProperties.xsd',
    'application/vnd.openxmlformats-officedocument.extended-properties+xml':
      'shared-documentPropertiesExtended.xsd',
    'application/vnd.openxmlformats-officedocument.custom-properties+xml':
      'shared-documentPropertiesCustom.xsd',
    'application/vnd.openxmlformats-officedocument.theme+xml': 'dml-main.xsd',
    'application/vnd.openxmlformats-officedocument.drawing+xml': 'dml-spreadsheetDrawing.xsd',
    'application/vnd.openxmlformats-officedocument.drawingml.chart+xml': 'dml-chart.xsd',
    // VML (legacy comments and form controls): its schemas are not part of the Transitional set.
    'application/vnd.openxmlformats-officedocument.vmlDrawing': null,
  }[contentType];
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escape(text).replace(/"/g, '&quot;');
}

/** A part after Markup Compatibility processing, as the XML text to validate. */
export function processMarkupCompatibility(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let out = '';
  // Depth of an element being dropped (ignorable, or an mc:Choice), 0 when writing.
  let skipping = 0;
  const ignorable: Set<string>[] = [new Set()];
  const namespaces: Record<string, string>[] = [];
  const resolve = (prefix: string): string | undefined => {
    for (let i = namespaces.length - 1; i >= 0; i--) {
      const uri = namespaces[i]?.[prefix];
      if (uri !== undefined) return uri;
    }
    return undefined;
  };
  parser.on('xmldecl', (d) => {
    out += `<?xml version="${d.version ?? '1.0'}" encoding="UTF-8"${d.standalone ? ` standalone="${d.standalone}"` : ''}?>`;
  });
  parser.on('opentag', (tag) => {
    namespaces.push(tag.ns);
    const inherited = ignorable[ignorable.length - 1] ?? new Set<string>();
    const mine = new Set(inherited);
    const declared = Object.values(tag.attributes).find(
      (a) => a.uri === MC && a.local === 'Ignorable',
    );
    for (const prefix of declared?.value.split(/\s+/) ?? []) {
      const uri = resolve(prefix);
      if (uri) mine.add(uri);
    }
    ignorable.push(mine);
    if (skipping > 0) {
      skipping++;
      return;
    }
    const uri = tag.uri ?? '';
    const mcWrapper = uri === MC && (tag.local === 'AlternateContent' || tag.local === 'Fallback');
    if (mine.has(uri) || (uri === MC && tag.local === 'Choice')) {
      skipping = 1;
      return;
    }
    if (mcWrapper) return;
    const attrs = Object.values(tag.attributes)
      .filter((a) => a.uri !== MC && !mine.has(a.uri))
      .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
      .join('');
    out += `<${tag.name}${attrs}${tag.isSelfClosing ? '/>' : '>'}`;
  });
  parser.on('closetag', (tag) => {
    ignorable.pop();
    namespaces.pop();
    if (skipping > 0) {
      skipping--;
      return;
    }
    const uri = tag.uri ?? '';
    if (uri === MC && (tag.local === 'AlternateContent' || tag.local === 'Fallback')) return;
    if (!tag.isSelfClosing) out += `</${tag.name}>`;
  });
  parser.on('text', (text) => {
    if (skipping === 0) out += escape(text);
  });
  parser.on('cdata', (text) => {
    if (skipping === 0) out += escape(text);
  });
  parser.write(xml).close();
  return out;
}

export interface PackageReport {
  /** xmllint's errors, "part: message", empty when every part validates. */
  errors: string[];
  /** Parts validated, by schema. */
  validated: Record<string, string[]>;
  /** Parts left unvalidated (no Transitional schema), with their content type. */
  skipped: string[];
}

function contentTypes(xml: string): {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
} {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of xml.matchAll(
    /<(?:[\w.-]+:)?Default Extension="([^"]+)" ContentType="([^"]+)"/g,
  )) {
    defaults.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
  }
  for (const m of xml.matchAll(
    /<(?:[\w.-]+:)?Override PartName="([^"]+)" ContentType="([^"]+)"/g,
  )) {
    overrides.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
  }
  return { defaults, overrides };
}

/** Validate every XML part of an .xlsx against the Transitional schemas. */
export async function validatePackage(bytes: Uint8Array | Buffer): Promise<PackageReport> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types === undefined)
    return { errors: ['[Content_Types].xml is missing'], validated: {}, skipped: [] };
  const { defaults, overrides } = contentTypes(types);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-ooxml-'));
  const bySchema = new Map<string, { part: string; file: string }[]>();
  const report: PackageReport = { errors: [], validated: {}, skipped: [] };
  const add = (schema: string, part: string, xml: string) => {
    const file = path.join(dir, `part${[...bySchema.values()].flat().length}.xml`);
    fs.writeFileSync(file, processMarkupCompatibility(xml));
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), { part, file }]);
  };
  try {
    add('opc-contentTypes.xsd', '[Content_Types].xml', types);
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir || name === '[Content_Types].xml') continue;
      const partName = `/${name}`.toLowerCase();
      const type =
        overrides.get(partName) ?? defaults.get(partName.slice(partName.lastIndexOf('.') + 1));
      const schema = type === undefined ? undefined : schemaFor(type);
      if (schema === null) {
        report.skipped.push(`${name} (${type})`);
        continue;
      }
      if (schema === undefined) {
        // Not XML (images…) is fine; an XML part of unknown type is not.
        if (/\.(xml|rels)$/.test(name)) report.errors.push(`${name}: no schema for « ${type} »`);
        continue;
      }
      add(schema, name, await entry.async('string'));
    }
    for (const [schema, parts] of bySchema) {
      report.validated[schema] = parts.map((p) => p.part);
      const result = spawnSync(
        'xmllint',
        ['--nonet', '--noout', '--schema', path.join(SCHEMAS, schema), ...parts.map((p) => p.file)],
        {
          encoding: 'utf8',
          env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      if (result.error) throw result.error;
      const partOf = new Map(parts.map((p) => [p.file, p.part]));
      for (const line of result.stderr.split('\n')) {
        if (!/validity error|fails to validate|parser error/.test(line)) continue;
        if (/ fails to validate$/.test(line)) continue;
        const file = line.slice(0, line.indexOf(':'));
        report.errors.push(`${partOf.get(file) ?? file}: ${line.slice(file.length + 1).trim()}`);
      }
      if (
        result.status !== 0 &&
        !report.errors.some((e) => parts.some((p) => e.startsWith(p.part)))
      ) {
        report.errors.push(
          `${schema}: xmllint exited with ${result.status}: ${result.stderr.slice(0, 500)}`,
        );
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
