import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The Office developer scripts of package.json, as the Yo Office template writes them. They used
 * to pass --no-usage-data, which office-addin-debugging 7 and office-addin-manifest 3 do not know
 * (their usage data reporting is removed): every script stopped on « unknown option ». Excel is
 * not here, so the scripts are checked against the installed tools' own option lists, and those
 * that can run offline are run.
 */
const ROOT = path.join(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  config: Record<string, string | number>;
};
const BIN = path.join(ROOT, 'node_modules/.bin');

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The options a tool's subcommand accepts, from its own --help. */
function optionsOf(tool: string, subcommand: string): Set<string> {
  const { output } = run(tool, [subcommand, '--help']);
  return new Set([...output.matchAll(/(--[a-z][a-z-]*)/g)].map((m) => m[1] ?? ''));
}

describe('package.json Office scripts', () => {
  it.each([
    ['start', 'office-addin-debugging', 'start'],
    ['stop', 'office-addin-debugging', 'stop'],
    ['validate', 'office-addin-manifest', 'validate'],
  ])('npm run %s calls %s %s with options it knows, on manifest.xml', (script, tool, sub) => {
    const words = (pkg.scripts[script] ?? '').split(/\s+/);
    expect(words.slice(0, 3)).toEqual([tool, sub, 'manifest.xml']);
    const known = optionsOf(tool, sub);
    expect(known.size).toBeGreaterThan(1);
    expect(words.filter((w) => w.startsWith('--') && !known.has(w))).toEqual([]);
  });

  it('starts Excel desktop by default, Excel on the web with `-- web --document <url>`', () => {
    expect(pkg.config).toMatchObject({ app_to_debug: 'excel', app_type_to_debug: 'desktop' });
    expect(optionsOf('office-addin-debugging', 'start').has('--document')).toBe(true);
  });

  it('serves the task pane where the manifest points (dev-server, port from config)', () => {
    expect(pkg.scripts['dev-server']).toBe('webpack serve --mode development');
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`https://localhost:${pkg.config.dev_server_port}/taskpane.html`);
  });

  it('npm stop runs to its end (no Office here: nothing to unregister)', () => {
    const { status, output } = run('npm', ['run', '--silent', 'stop']);
    expect(output).not.toMatch(/unknown option/);
    expect(output).toContain('Debugging has been stopped.');
    expect(status).toBe(0);
  });

  it('npm run validate reaches the validation service (or says it cannot, offline)', () => {
    const { output } = run('npm', ['run', '--silent', 'validate']);
    expect(output).not.toMatch(/unknown option/);
    expect(output).toMatch(/manifest validation service|[Vv]alidation passed|is valid/);
  });
});
