/** A small argv parser: positionals, boolean flags and `--name value` options. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: string[], flags: string[] = []): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--') || (a.startsWith('-') && a.length === 2 && a !== '-')) {
      const [name, inline] = a.replace(/^--?/, '').split(/=(.*)/s, 2) as [
        string,
        string | undefined,
      ];
      if (valued.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`L'option --${name} attend une valeur.`);
        out.options.set(name, v);
      } else if (flags.includes(name)) {
        out.flags.add(name);
      } else {
        const known = [...valued, ...flags].map((x) => `--${x}`).join(', ');
        throw new UsageError(`Option inconnue « ${a} ». Options possibles : ${known}.`);
      }
    } else {
      out.positionals.push(a);
    }
  }
  return out;
}
