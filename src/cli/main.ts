import { parseArgs, UsageError } from './args';
import { runBilan } from './bilan';
import { runCheck } from './check';
import { runMerge } from './merge';
import { runNew } from './new';
import { runUpgrade } from './upgrade';

const HELP = `trepied — classeurs de suivi pour les CPTS et les coopératives d'acteurs

Usage :
  trepied new <ca|cpts> <fichier.xlsx> [--example] [--config programme.json] [--lang fr|en] [--force]
  trepied check <classeur.xlsx> [--json] [--write rapport.xlsx] [--lang fr|en] [--force]
  trepied upgrade <classeur.xlsx> -o <nouveau.xlsx> [--force]
  trepied merge <classeur.xlsx> <classeur.xlsx>… -o <programme.xlsx> [--renumber] [--check] [--force]
  trepied bilan <classeur.xlsx> --periode T1|T2|T3|T4|annuel [--porteur NOM] -o <bilan.xlsx> [--force]

  ca    Coopérative d'acteurs : suivi des actions
  cpts  Implication des usagers dans la CPTS

Codes de sortie : 0 réussi, 1 erreurs trouvées dans le classeur, 2 entrée illisible ou commande invalide.
`;

/** The `trepied` command. Returns the exit code; never throws. */
export async function main(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  },
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'new':
        return await runNew(parseArgs(rest, ['config', 'lang'], ['example', 'force']), io.out);
      case 'check':
        return await runCheck(parseArgs(rest, ['write', 'lang'], ['json', 'force']), io);
      case 'upgrade':
        return await runUpgrade(parseArgs(rest, ['o', 'output'], ['force']), io);
      case 'merge':
        return await runMerge(parseArgs(rest, ['o', 'output'], ['renumber', 'check', 'force']), io);
      case 'bilan':
        return await runBilan(
          parseArgs(rest, ['periode', 'porteur', 'o', 'output', 'lang'], ['force']),
          io,
        );
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(
          `Commande inconnue « ${command} ». Commandes : new, check, upgrade, merge, bilan. Voir « trepied --help ».`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`trepied : ${e.message}`);
      return 2;
    }
    io.err(
      `trepied : erreur inattendue (${(e as Error).message ?? String(e)}). Signalez-la avec le fichier concerné.`,
    );
    return 2;
  }
}
