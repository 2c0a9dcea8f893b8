import { spawnSync } from 'child_process';
import { main } from '../../src/cli/main';

/** The CLI run in-process, with what it printed on each stream. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * Each `[source, destination]` opened and saved unchanged by openpyxl (Debian's python3, where
 * python3-openpyxl is installed), in one run.
 */
export function saveWithOpenpyxl(pairs: [string, string][]): void {
  const py = spawnSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys, openpyxl\nfor src, dst in zip(sys.argv[1::2], sys.argv[2::2]):\n    openpyxl.load_workbook(src).save(dst)',
      ...pairs.flat(),
    ],
    { encoding: 'utf8' },
  );
  if (py.status !== 0) throw new Error(`openpyxl: ${py.stderr}`);
}
