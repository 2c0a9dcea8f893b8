import * as fs from 'fs';
import * as path from 'path';
import { HELP_OPTION, commandHelp, findCommand, toolHelp, COMMANDS, type Io } from './commands';
import { parseArgs, UsageError } from './args';
import { errnoCode, systemReason } from './system-error';
import { terminalSafe } from './terminal';

/** The version in the package.json above this file (src/cli, or dist/cli for the bundle). */
function version(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file))
      return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'inconnue';
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

/**
 * A reader that stops early (`trepied check … | head`) closes the pipe: the rest of the report is
 * dropped quietly, as other tools do, instead of Node's EPIPE stack trace.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    if (stream.listenerCount('error') === 0)
      stream.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(0);
        throw e;
      });
}

/** The `trepied` command. Returns the exit code; never throws. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  if (io === defaultIo) quietOnClosedPipe();
  const safe: Io = { out: (s) => io.out(terminalSafe(s)), err: (s) => io.err(terminalSafe(s)) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        safe.err(toolHelp());
        return 2;
      case '-h':
      case '--help':
        safe.out(toolHelp());
        return 0;
      case 'help': {
        const c = rest[0] === undefined ? undefined : findCommand(rest[0]);
        if (rest[0] !== undefined && !c) throw unknownCommand(rest[0]);
        safe.out(c ? commandHelp(c) : toolHelp());
        return 0;
      }
      case '-V':
      case '--version':
        safe.out(`trepied ${version()}`);
        return 0;
    }
    const c = findCommand(command);
    if (!c) throw unknownCommand(command);
    const args = parseArgs(rest, [...c.options, HELP_OPTION]);
    if (args.flags.has('help')) {
      safe.out(commandHelp(c));
      return 0;
    }
    return await c.run(args, safe);
  } catch (e) {
    if (e instanceof UsageError) {
      safe.err(`trepied : ${e.message}`);
      return 2;
    }
    if (errnoCode(e)) {
      const file = (e as NodeJS.ErrnoException).path;
      safe.err(`trepied : ${systemReason(e)}${file ? ` (« ${file} »)` : ''}.`);
      return 2;
    }
    safe.err(
      `trepied : erreur inattendue (${(e as Error).message ?? String(e)}). Signalez-la avec le fichier concerné.`,
    );
    return 2;
  }
}

function unknownCommand(name: string): UsageError {
  if (name.startsWith('-'))
    return new UsageError(
      `Option inconnue « ${name} ». Avant la commande : -h/--help, -V/--version. Voir « trepied --help ».`,
    );
  return new UsageError(
    `Commande inconnue « ${name} ». Commandes : ${COMMANDS.map((c) => c.name).join(', ')}. Voir « trepied --help ».`,
  );
}
