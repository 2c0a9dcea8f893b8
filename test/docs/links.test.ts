import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS } from '../../src/cli/commands';
import { RULE_ORDER } from '../../src/core/checks/issue';
import { ruleLabel } from '../../src/core/i18n/render';

/** The docs match the product: links and sections exist, rules and options are all there. */
const ROOT = path.join(__dirname, '..', '..');
const DOCS = [
  'README.md',
  'bench/README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

/** Markdown without its fenced code blocks and inline code (links there are not links). */
function prose(md: string): string {
  return md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '``');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(md: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of md.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1] as string);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

function links(md: string): string[] {
  return [...prose(md).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] as string);
}

describe('docs', () => {
  it('slug follows GitHub', () => {
    expect(slug('`trepied merge` : réunir les classeurs des partenaires')).toBe(
      'trepied-merge--réunir-les-classeurs-des-partenaires',
    );
  });

  it.each(DOCS)('%s: every relative link and #section exists', (doc) => {
    const broken: string[] = [];
    for (const link of links(read(doc))) {
      if (/^(https?:|mailto:)/.test(link)) continue;
      const [file, anchor] = link.split('#') as [string, string | undefined];
      const target =
        file === '' ? doc : path.normalize(path.join(path.dirname(doc), decodeURI(file)));
      if (!fs.existsSync(path.join(ROOT, target))) {
        broken.push(`${link} (no file ${target})`);
        continue;
      }
      if (anchor !== undefined && !anchors(read(target)).has(decodeURIComponent(anchor)))
        broken.push(`${link} (no section #${anchor} in ${target})`);
    }
    expect(broken).toEqual([]);
  });

  it('refer to no section that is not a link (regression: « WORKBOOKS.md, « Checks » »)', () => {
    for (const doc of DOCS) expect(read(doc)).not.toMatch(/WORKBOOKS\.md, « /);
  });

  it('call nothing that exists « à venir » (regression: the Office adapter in plan.md)', () => {
    for (const doc of DOCS) expect(`${doc}: ${read(doc)}`).not.toMatch(/à venir/);
  });

  it('controles.md lists every rule with the name the Contrôles sheet gives it', () => {
    const doc = read('docs/controles.md');
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const r of RULE_ORDER)
      expect(doc).toMatch(
        new RegExp(`\\|\\s*\`${r}\`\\s*\\|\\s*${escape(ruleLabel(r, 'fr'))}\\s*\\|`),
      );
  });

  it('cli.md documents every command and option', () => {
    const doc = read('docs/cli.md');
    for (const c of COMMANDS) {
      expect(doc).toContain(`trepied ${c.name}`);
      for (const o of c.options) expect(doc).toContain(`--${o.name}`);
    }
    for (const habit of ['--help', '--version', '`--`']) expect(doc).toContain(habit);
  });

  it('the README names every system package npm test may install (regression: 4 of 8 listed)', () => {
    const script = read('scripts/system-deps.sh');
    const packages = [...script.matchAll(/need\+=\(([a-z0-9.+-]+)\)/g)].map((m) => m[1] as string);
    expect(packages.length).toBeGreaterThanOrEqual(8);
    // The one command the README gives to install them, joined across its lines.
    const readme = read('README.md').replace(/\s*\n\s*/g, ' ');
    const command = /`sudo apt-get install -y --no-install-recommends ([^`]+)`/.exec(readme);
    expect(command).not.toBeNull();
    expect(command![1]!.split(' ').sort()).toEqual([...packages].sort());
    // CI installs them too.
    for (const p of packages) expect(read('.ci/run')).toContain(p);
  });
});
