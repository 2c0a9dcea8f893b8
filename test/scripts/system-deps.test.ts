import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * scripts/system-deps.sh (run by `npm test`) with stand-in tools on PATH: it must call apt only
 * for what is missing, and without root or sudo say what to install instead of failing.
 */
const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'system-deps.sh');

/** A directory to use as the whole PATH, and the file where apt-get and sudo stand-ins log. */
function sandbox(): { dir: string; log: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-deps-'));
  const log = path.join(dir, 'calls.log');
  for (const t of ['bash', 'cat'])
    fs.symlinkSync(
      spawnSync('bash', ['-c', `command -v ${t}`])
        .stdout.toString()
        .trim(),
      path.join(dir, t),
    );
  return { dir, log };
}

function install(dir: string, tools: Record<string, string>): void {
  for (const [name, body] of Object.entries(tools))
    fs.writeFileSync(path.join(dir, name), `#!${path.join(dir, 'bash')}\n${body}\n`, {
      mode: 0o755,
    });
}

function run(dir: string) {
  return spawnSync(path.join(dir, 'bash'), [SCRIPT], { env: { PATH: dir }, encoding: 'utf8' });
}

const present = (log: string) => ({
  soffice: 'exit 0',
  chromium: 'exit 0',
  xmllint: 'exit 0',
  pdftotext: 'exit 0',
  ssconvert: 'exit 0',
  // A long font list with DejaVu first: `grep -q` would stop reading early and fc-list would die
  // of SIGPIPE, which pipefail turned into "missing" at random.
  'fc-list':
    'echo "DejaVu Sans"; echo Carlito; i=0; while [ $i -lt 20000 ]; do echo "Font $i"; i=$((i+1)); done',
  'apt-get': `echo "apt-get $*" >> ${log}`,
  sudo: `echo "sudo $*" >> ${log}`,
  id: 'echo 0',
});

describe('scripts/system-deps.sh', () => {
  it('never calls apt when every tool is there (regression: fc-list | grep -q under pipefail)', () => {
    const { dir, log } = sandbox();
    const tools = present(log);
    install(dir, tools);
    for (let i = 0; i < 10; i++) {
      const r = run(dir);
      expect(r.status).toBe(0);
    }
    expect(fs.existsSync(log)).toBe(false);
  });

  it('without root or sudo, names the missing packages and the command that installs them', () => {
    const { dir, log } = sandbox();
    const tools: Record<string, string> = { ...present(log), id: 'echo 1000' };
    delete tools.xmllint;
    delete tools.sudo;
    install(dir, tools);
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('libxml2-utils');
    expect(r.stderr).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends libxml2-utils',
    );
    expect(fs.existsSync(log)).toBe(false);
  });

  it('as root, installs only what is missing', () => {
    const { dir, log } = sandbox();
    const tools: Record<string, string> = { ...present(log), 'fc-list': 'echo "Liberation Sans"' };
    delete tools.chromium;
    install(dir, tools);
    const r = run(dir);
    expect(r.status).toBe(0);
    const calls = fs.readFileSync(log, 'utf8');
    expect(calls).toContain('apt-get update');
    expect(calls).toMatch(/apt-get install .*chromium fonts-dejavu-core fonts-crosextra-carlito$/m);
    expect(calls).not.toContain('libreoffice');
  });
});
