import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The 2019 MS-OWEMXML schemas (see their README): newer manifest elements are not used.
// The [MS-OWEMXML] schemas (redistributable), kept in the repository so the test runs anywhere.
const XSD = path.join(__dirname, '../../schemas/office-manifest/OfficeAppManifestV1_1.xsd');
const ROOT = path.join(__dirname, '../..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const ORIGIN = 'https://localhost:3000/';

const manifest = fs.readFileSync(MANIFEST_PATH, 'utf8');
// Comments could hide or fake elements from the regular expressions below.
const xml = manifest.replace(/<!--[\s\S]*?-->/g, '');

function xmllint(file: string) {
  const result = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result;
}

function only(pattern: RegExp, text = xml): RegExpExecArray {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
  expect(matches).toHaveLength(1);
  return matches[0] as RegExpExecArray;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Resources by id: <bt:Image|Url|String id="…" DefaultValue="…"> with their en-US override. */
function resources(): Map<string, { value: string; en?: string }> {
  const map = new Map<string, { value: string; en?: string }>();
  const section = only(/<Resources>([\s\S]*?)<\/Resources>/)[1] ?? '';
  const entry =
    /<bt:(?:Image|Url|String) (id="[^"]*" DefaultValue="[^"]*")\s*(?:\/>|>([\s\S]*?)<\/bt:)/g;
  for (const [, attrs = '', body = ''] of section.matchAll(entry)) {
    const en = /<bt:Override Locale="en-US" Value="([^"]*)"/.exec(body)?.[1];
    const id = attr(` ${attrs}`, 'id') ?? '';
    expect(map.has(id)).toBe(false);
    map.set(id, {
      value: attr(` ${attrs}`, 'DefaultValue') ?? '',
      ...(en === undefined ? {} : { en }),
    });
  }
  return map;
}

function pngWidth(file: string): number {
  const png = fs.readFileSync(file);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return png.readUInt32BE(16);
}

describe('manifest.xml against the Office add-in schemas', () => {
  it('validates with xmllint', () => {
    const result = xmllint(MANIFEST_PATH);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  const mutations: [string, (text: string) => string][] = [
    ['without <Permissions>', (text) => text.replace(/\s*<Permissions>[^<]*<\/Permissions>/, '')],
    ['with an unknown permission', (text) => text.replace('>ReadWriteDocument<', '>ReadWriteAll<')],
  ];

  it.each(mutations)('rejects a copy %s (the validation can fail)', (_name, mutate) => {
    const broken = mutate(manifest);
    expect(broken).not.toBe(manifest);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      fs.writeFileSync(file, broken);
      const result = xmllint(file);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/Permissions|ReadWriteAll/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('manifest.xml content', () => {
  it('is an Excel task pane add-in that reads and writes the workbook', () => {
    expect(xml).toMatch(/<OfficeApp[^>]*xsi:type="TaskPaneApp"/);
    expect(only(/<Permissions>([^<]*)<\/Permissions>/)[1]).toBe('ReadWriteDocument');
    expect(only(/<Hosts>\s*<Host Name="([^"]*)"\s*\/>\s*<\/Hosts>/)[1]).toBe('Workbook');
    expect(only(/<Host xsi:type="([^"]*)">/)[1]).toBe('Workbook');
    expect(only(/<Set Name="ExcelApi" MinVersion="([^"]*)"\s*\/>/)[1]).toBe('1.8');
  });

  it('speaks French by default with English overrides', () => {
    expect(only(/<DefaultLocale>([^<]*)<\/DefaultLocale>/)[1]).toBe('fr-FR');
    const [, name, body = ''] = only(
      /<DisplayName DefaultValue="([^"]*)">([\s\S]*?)<\/DisplayName>/,
    );
    expect(name).toBe('Trépied');
    expect(body).toMatch(/<Override Locale="en-US" Value="Trépied"\s*\/>/);
    const description = only(/<Description DefaultValue="([^"]*)">([\s\S]*?)<\/Description>/);
    expect(description[2]).toMatch(/<Override Locale="en-US" Value="[^"]+"\s*\/>/);
  });

  it('opens taskpane.html', () => {
    const source = only(/<SourceLocation DefaultValue="([^"]*)"\s*\/>/)[1];
    expect(source).toBe(`${ORIGIN}taskpane.html`);
  });

  it('points every icon at a PNG in assets/ of the announced size', () => {
    const icons = [
      only(/<IconUrl DefaultValue="([^"]*)"/)[1] ?? '',
      only(/<HighResolutionIconUrl DefaultValue="([^"]*)"/)[1] ?? '',
      ...[...xml.matchAll(/<bt:Image id="[^"]*" DefaultValue="([^"]*)"/g)].map((m) => m[1] ?? ''),
    ];
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      expect(url).toMatch(new RegExp(`^${ORIGIN}assets/icon-\\d+\\.png$`));
      const file = path.join(ROOT, url.slice(ORIGIN.length));
      expect(fs.existsSync(file)).toBe(true);
      // icon-32.png is 32 px wide, and so on.
      expect(pngWidth(file)).toBe(Number(/icon-(\d+)\.png$/.exec(url)?.[1]));
    }
  });

  it('defines every resource it references, each image at the size it is used', () => {
    const defined = resources();
    const referenced = [...xml.matchAll(/resid="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
    for (const [, size, resid = ''] of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]*)"/g)) {
      expect(defined.get(resid)?.value).toBe(`${ORIGIN}assets/icon-${size}.png`);
    }
  });

  it('adds an "Ouvrir Trépied" button to the Home tab that shows the task pane', () => {
    const defined = resources();
    const tab = only(/<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/)[1] ?? '';
    const group = only(/<Group id="[^"]*">\s*<Label resid="([^"]*)"/, tab)[1] ?? '';
    expect(defined.get(group)).toEqual({ value: 'Trépied', en: 'Trépied' });
    const button =
      only(/<Control xsi:type="Button" id="[^"]*">([\s\S]*?)<\/Control>/, tab)[1] ?? '';
    const label = only(/^\s*<Label resid="([^"]*)"/, button)[1] ?? '';
    expect(defined.get(label)).toEqual({ value: 'Ouvrir Trépied', en: 'Open Trépied' });
    const action = only(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/, button)[1] ?? '';
    const url = only(/<SourceLocation resid="([^"]*)"/, action)[1] ?? '';
    expect(defined.get(url)?.value).toBe(`${ORIGIN}taskpane.html`);
  });

  it('names only pages and assets that the build produces', () => {
    const built = new Set(['taskpane.html', 'commands.html']);
    const urls = [...xml.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1] ?? '');
    for (const url of urls) {
      const file = url.slice(ORIGIN.length);
      expect(built.has(file) || fs.existsSync(path.join(ROOT, file))).toBe(true);
    }
  });
});
