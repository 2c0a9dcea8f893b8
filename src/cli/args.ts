/**
 * The command line's grammar: positionals, boolean flags and valued options, each option with
 * its long name and optionally a one-letter short name. `--name=value` and `-o value` are
 * accepted, `--` ends the options (a file named `-rapport.xlsx` comes after it), and an unknown
 * option is named with the options that exist.
 */
export interface OptionSpec {
  /** Long name, used as `--name` and as the key in ParsedArgs. */
  name: string;
  short?: string;
  /** Placeholder of the value (`fichier.xlsx`); absent for a flag. */
  value?: string;
  /** One line of help, French. */
  help: string;
  /** Shown without brackets in the usage line (the command checks it). */
  required?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {}

/** `-o, --output <fichier.xlsx>`: how an option is written in help and messages. */
export function optionLabel(o: OptionSpec): string {
  const long = `--${o.name}${o.value ? ` <${o.value}>` : ''}`;
  return o.short ? `-${o.short}, ${long}` : long;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function unknownOption(arg: string, specs: OptionSpec[]): UsageError {
  const name = arg.replace(/^--?/, '').split('=')[0]!;
  const short = specs.find((s) => s.short === name);
  const near =
    short ??
    specs.find(
      (s) => levenshtein(name, s.name) <= 2 || (name.length > 2 && s.name.startsWith(name)),
    );
  const label = near && (near === short ? `-${near.short}` : `--${near.name}`);
  const known = specs.map((s) => (s.short ? `-${s.short}/--${s.name}` : `--${s.name}`));
  return new UsageError(
    `Option inconnue « ${arg} ».${label ? ` Vouliez-vous dire ${label} ?` : ''} Options possibles : ${known.join(', ')}. Un fichier dont le nom commence par « - » se donne après « -- ».`,
  );
}

export function parseArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      out.positionals.push(a);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      inline = eq < 0 ? undefined : a.slice(eq + 1);
      spec = specs.find((s) => s.name === name);
    } else {
      // -o value, -ovalue, -o=value
      spec = specs.find((s) => s.short === a[1]);
      if (spec && a.length > 2) inline = a.slice(a[2] === '=' ? 3 : 2);
      if (spec && !spec.value && a.length > 2) spec = undefined;
    }
    if (!spec) throw unknownOption(a, specs);
    if (spec.value) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`L'option ${optionLabel(spec)} attend une valeur.`);
      out.options.set(spec.name, v);
    } else {
      if (inline !== undefined)
        throw new UsageError(`L'option --${spec.name} ne prend pas de valeur.`);
      out.flags.add(spec.name);
    }
  }
  return out;
}
