import { TEMPLATE_CATALOGUE, TEMPLATE_IDS } from '../templates/catalogue';
import { firstApostrophe } from '../read/normalise';
import type { Catalogue } from './render';

/** French (default). Plain spaces throughout, so messages read the same in every terminal. */

function num(n: number): string {
  const rounded = Math.round(n * 1e4) / 1e4;
  const [int, dec] = String(Math.abs(rounded)).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${rounded < 0 ? '-' : ''}${grouped}${dec ? `,${dec}` : ''}`;
}
const pct = (n: number) => `${num(n * 100)} %`;
/** The ACI CPTS 2019 size classes, by population covered. */
const SIZE_RANGES_FR: Record<number, string> = {
  1: 'de moins de 40 000 habitants',
  2: 'de 40 000 à 80 000 habitants',
  3: 'de 80 000 à 175 000 habitants',
  4: 'de plus de 175 000 habitants',
};
/** An amount to the cent, as the key figures show it: « 24 991,19 € ». */
const eur = (n: number) => {
  const [int, dec] = Math.abs(n).toFixed(2).split('.') as [string, string];
  const sign = n < 0 && Math.round(Math.abs(n) * 100) > 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${dec} €`;
};
const day = (iso: string) => iso.split('-').reverse().join('/');
const q = (s: string) => `« ${s} »`;
const list = (xs: string[]) => xs.join(', ');
/** « A », « B » et « C ». */
const and = (xs: string[]) =>
  xs.length > 1 ? `${xs.slice(0, -1).join(', ')} et ${xs[xs.length - 1]}` : (xs[0] ?? '');
const PROOF_REASONS_FR = {
  undescribed: 'la preuve n’est pas décrite',
  unsourced: 'sa source n’est pas indiquée',
  'output-only': 'elle n’étaie qu’une réalisation (un livrable ne garantit pas son usage effectif)',
} as const;
const CHOICE_DIFFERENCE_FR = {
  spaces: () => 'il a des espaces en trop (au début, à la fin ou doublés)',
  apostrophe: (value: string, expected: string) =>
    `son apostrophe n'est pas celle de la liste (${firstApostrophe(value)} au lieu de ${firstApostrophe(expected)})`,
  accents: (_: string, expected: string) =>
    `ses accents ou sa ponctuation diffèrent de ${q(expected)}`,
} as const;
const LEGAL =
  'loi n° 2000-321 du 12 avril 2000, art. 10 ; décret n° 2001-495 du 6 juin 2001, art. 1';

/** The templates Trépied knows, from the catalogue: « ca (…), cpts (…), evaluation (…) ». */
const TEMPLATE_LIST_FR = TEMPLATE_IDS.map(
  (id) => `${id} (${TEMPLATE_CATALOGUE[id].title.fr})`,
).join(', ');

export const fr: Catalogue = {
  severity: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
  ruleName: {
    structure: 'Structure du classeur',
    'formulas-absent': 'Formules absentes',
    'formula-overwritten': 'Formule remplacée',
    'cell-error': 'Erreur de cellule',
    required: 'Valeur obligatoire',
    'duplicate-id': 'Identifiant en double',
    'unknown-reference': 'Référence inconnue',
    'ambiguous-id': 'Identifiant ambigu',
    spaces: 'Espaces en trop',
    choice: 'Valeur hors liste',
    'reason-required': 'Justification manquante',
    'other-public': 'Autre public à préciser',
    number: 'Nombre',
    'percent-scale': 'Échelle de pourcentage',
    ratio: 'Taux',
    'partner-codes': 'Usagers partenaires à lister',
    date: 'Date',
    'indicator-coverage': 'Indicateurs manquants',
    'indicator-definition': "Définition de l'indicateur",
    outlier: 'Valeur aberrante',
    proof: 'Preuve à compléter',
    triangulation: 'Triangulation des preuves',
    'unsupported-impact': 'Impact non étayé',
    'objective-tree': 'Arbre des objectifs',
    subsidy: 'Subvention',
    aci: 'ACI',
    'assessment-date': "Date de l'évaluation",
  },
  evidence: (m) => m,
  where: (ref, sheet) => (ref ? `${ref} : ` : sheet ? `Feuille ${q(sheet)} : ` : ''),
  rules: {
    structure: (p) => {
      switch (p.problem) {
        case 'template-unknown':
          return `modèle non reconnu : ni la feuille cachée _meta ni les noms des tableaux ne correspondent à un modèle Trépied (${TEMPLATE_LIST_FR}) ; vérifiez le fichier ou recréez-le avec « trepied new ».`;
        case 'template-guessed':
          return `modèle ${q(p.template)} reconnu d'après les tableaux présents (${list(p.tables)}) : ${p.meta ? `la feuille _meta indique ${q(p.meta)}, modèle inconnu` : 'la feuille cachée _meta est absente'}.`;
        case 'version':
          return `la version ${q(p.found)} du modèle est inconnue (la plus récente connue est la ${p.expected}) : le classeur est lu comme la version ${p.expected} ; s'il vient d'une version plus récente de Trépied, mettez Trépied à jour.`;
        case 'upgrade-available':
          return `le classeur est en version ${p.found} du modèle ; la version ${p.expected} est disponible : « trepied upgrade » en crée une copie à jour sans rien perdre de ce qui a été saisi.`;
        case 'missing-sheet':
          return `la feuille ${q(p.sheet)} est absente ; les listes déroulantes ou les chiffres de synthèse qu'elle porte manquent : recréez-la avec « trepied upgrade ».`;
        case 'sheet-renamed':
          return `le tableau ${q(p.table)} est sur la feuille ${q(p.found)} au lieu de ${q(p.expected)} ; renommez la feuille ${q(p.expected)}.`;
        case 'missing-table':
          return `le tableau ${q(p.table)} est introuvable (feuille ${q(p.sheet)}) ; ses contrôles et ses chiffres ne peuvent pas être calculés : restaurez-le ou recréez le classeur.`;
        case 'table-renamed':
          return `le tableau ${q(p.found)} devrait s'appeler ${q(p.table)} ; renommez-le (Création de tableau > Nom du tableau).`;
        case 'missing-column':
          return p.suggestion === undefined
            ? `la colonne ${q(p.column)} du tableau ${q(p.table)} est introuvable ; rétablissez-la.`
            : `la colonne ${q(p.column)} du tableau ${q(p.table)} est introuvable ; l'en-tête ${q(p.suggestion)} semble être cette colonne renommée ; valeur proposée : ${q(p.column)}.`;
        case 'header-tolerated':
          return `l'en-tête ${q(p.found)} est lu comme ${q(p.column)} (espaces ou majuscules) ; valeur proposée : ${q(p.column)}.`;
        case 'header-version':
          return `l'en-tête ${q(p.found)} est celui de la version ${p.version} du modèle : il est lu comme ${q(p.column)} ; valeur proposée : ${q(p.column)}.`;
        case 'extra-column':
          return `la colonne ${q(p.column)} ne fait pas partie du modèle du tableau ${q(p.table)} : elle est conservée mais pas contrôlée.`;
        case 'table-recovered':
          return `le tableau ${q(p.table)} n'est plus un tableau Excel (le programme qui a enregistré le fichier a retiré les tableaux) : il a été retrouvé par sa ligne d'en-têtes et lu ; les nouvelles lignes n'auront ni formules ni listes : « trepied upgrade » rétablit le tableau.`;
        case 'column-formulas-lost': {
          const many = p.tables.length > 1;
          return `le classeur a été enregistré par LibreOffice (ou un autre tableur), qui a retiré ${many ? 'des tableaux' : 'du tableau'} ${and(p.tables.map(q))} les formules qu'un tableau recopie de lui-même dans chaque nouvelle ligne. Les lignes déjà là gardent leurs formules et leurs chiffres restent justes ; mais une ligne ajoutée au bas de ${many ? 'ces tableaux' : 'ce tableau'} restera vide dans les colonnes grises (calculées). Pour les rétablir, faites passer le classeur par « trepied upgrade » : il en écrit une copie à jour, sans rien perdre de ce qui a été saisi.`;
        }
        case 'meta-visible':
          return `la feuille technique _meta, qui indique à Trépied le modèle et la version du classeur, ${p.state === 'hidden' ? 'peut maintenant être affichée (clic droit sur un onglet › Afficher)' : 'apparaît maintenant parmi les onglets'}, comme après un enregistrement par LibreOffice ou un autre tableur. Ce n'est pas grave : rien n'est perdu et le classeur est lu normalement. Laissez-la telle quelle ; « trepied upgrade » la cache de nouveau.`;
        case 'figures-not-computable':
          return `chiffres non calculables sans le tableau ${q(p.table)} : ${list(p.figures)} (affichés « — », pas 0).`;
        case 'outside-table': {
          const one = p.count === 1;
          const cells = `${list(p.cells)}${p.count > p.cells.length ? '…' : ''}`;
          const lastRow = p.range.replace(/^.*:[A-Z]+/, '');
          const them = one ? 'cette valeur' : 'ces valeurs';
          const what =
            `${p.count} ${one ? 'cellule remplie' : 'cellules remplies'} (${cells}) ${one ? 'est' : 'sont'} ` +
            `${p.side === 'below' ? 'sous le' : 'à droite du'} tableau de la feuille ${q(p.sheet)} (${p.tableRange}) ` +
            `mais n'en ${one ? 'fait' : 'font'} pas partie : Trépied ne ${one ? 'la lit' : 'les lit'} pas et ` +
            `${one ? 'elle ne compte' : 'elles ne comptent'} dans aucun chiffre`;
          return p.side === 'below'
            ? `${what} (LibreOffice et la plupart des tableurs n'agrandissent pas un tableau quand on écrit sous sa dernière ligne). Agrandissez le tableau jusqu'à la ligne ${lastRow} (Excel : Création de tableau › Redimensionner le tableau), ou insérez une ligne dans le tableau (clic droit sur sa dernière ligne › Insérer) et déplacez-y ${them}.`
            : `${what}. Déplacez ${them} dans la bonne colonne du tableau, ou agrandissez le tableau vers la droite pour ${one ? 'la' : 'les'} garder (la colonne ajoutée est conservée mais pas contrôlée).`;
        }
      }
    },
    'formula-overwritten': (p) =>
      `la formule de la colonne calculée ${q(p.column)} a été remplacée par une valeur ; recopiez la formule d'une autre ligne du tableau ${q(p.table)}.`,
    'formulas-absent': (p) =>
      `le tableau ${q(p.table)} ne contient aucune formule : les colonnes calculées (${list(p.columns)}) ne se mettront pas à jour ; régénérez le classeur avec Trépied.`,
    'cell-error': (p) =>
      `la cellule de la colonne ${q(p.column)} affiche l'erreur ${p.value} ; corrigez la formule ou la valeur dont elle dépend.`,
    spaces: (p, fix) =>
      `${q(p.value)} a des espaces au début ou à la fin (colonne ${q(p.column)}) : les formules ne le reconnaissent pas ; valeur proposée : ${q(String(fix?.value ?? p.value.trim()))}.`,
    required: (p) => `la colonne ${q(p.column)} est obligatoire ; complétez-la.`,
    'duplicate-id': (p) =>
      `${q(p.value)} figure déjà en ${p.first} (colonne ${q(p.column)}) ; chaque identifiant doit être unique : renumérotez l'une des deux lignes.`,
    'ambiguous-id': (p, fix) => {
      switch (p.problem) {
        case 'number-text':
          return p.typed === 'text'
            ? `${q(p.value)} est saisi comme texte (colonne ${q(p.column)}) alors que l'identifiant en ${p.found} de la feuille ${q(p.target)} est un nombre : les formules ne les rapprochent pas, la ligne n'est pas comptée ; valeur proposée : le nombre ${String(fix?.value ?? p.value)}.`
            : `${q(p.value)} est saisi comme nombre (colonne ${q(p.column)}) alors que l'identifiant en ${p.found} de la feuille ${q(p.target)} est un texte : les formules ne les rapprochent pas, la ligne n'est pas comptée ; valeur proposée : le texte ${q(String(fix?.value ?? p.value))}.`;
        case 'type-twin':
          return `${q(p.value)} figure déjà en ${p.first} (colonne ${q(p.column)}), une fois comme nombre et une fois comme texte : les formules les tiennent pour deux identifiants différents ; renumérotez l'une des deux lignes.`;
        case 'case':
          return `${q(p.value)} (colonne ${q(p.column)}) est écrit ${q(p.expected)} dans la feuille ${q(p.target)} : il est bien compté (la casse est ignorée), mais harmonisez l'écriture ; valeur proposée : ${q(p.expected)}.`;
        case 'boolean':
          return `${q(p.value)} (colonne ${q(p.column)}) est une valeur VRAI/FAUX, pas un identifiant : LibreOffice la compte comme le nombre 1 ou 0, Excel non ; saisissez un identifiant.`;
        case 'formula':
          return `l'identifiant (colonne ${q(p.column)}) est calculé par une formule dont le fichier n'a pas gardé la valeur (il a été enregistré par un programme qui ne calcule pas) : ouvrez et enregistrez le classeur dans Excel ou LibreOffice, ou saisissez l'identifiant.`;
      }
    },
    'unknown-reference': (p) =>
      p.problem === 'missing'
        ? p.expected !== undefined && p.difference !== undefined && p.difference !== 'case'
          ? `${q(p.value)} (colonne ${q(p.column)}) n'existe pas dans la feuille ${q(p.target)} : ${CHOICE_DIFFERENCE_FR[p.difference](p.value, p.expected)} ; valeur proposée : ${q(p.expected)}.`
          : `${q(p.value)} (colonne ${q(p.column)}) n'existe pas dans la feuille ${q(p.target)} ; choisissez une valeur de la liste déroulante ou ajoutez-la d'abord dans ${q(p.target)}.`
        : `${q(p.value)} (colonne ${q(p.column)}) est de niveau ${q(p.found)} ; choisissez un objectif de niveau ${q(p.level)}.`,
    choice: (p) =>
      p.problem === 'normalised'
        ? p.difference === undefined || p.difference === 'case'
          ? `${q(p.value)} n'est pas dans la liste ; valeur proposée : ${q(p.expected)}`
          : `${q(p.value)} n'est pas dans la liste : ${CHOICE_DIFFERENCE_FR[p.difference](p.value, p.expected)} ; les formules du classeur ne reconnaissent pas cette écriture : la ligne ne compte sous aucune ${q(p.column)} (ni dans les totaux, ni dans les taux) tant qu'elle n'est pas corrigée ; valeur proposée : ${q(p.expected)}.`
        : `${q(p.value)} n'est pas dans la liste de la colonne ${q(p.column)} (${list(p.values)}) ; choisissez une valeur de la liste déroulante.`,
    'reason-required': (p) =>
      `la réponse ${q(p.answer)} à ${q(p.column)} demande une explication : complétez ${q(p.reason)}.`,
    'other-public': (p) =>
      `« Autre » est choisi en ${q(p.column)} : précisez lequel dans ${q(p.detail)}.`,
    number: (p) => {
      switch (p.problem) {
        case 'text':
          return `${q(p.value)} est du texte dans une colonne de nombres (${q(p.column)}) : les formules l'ignorent ; valeur proposée : ${p.percent ? pct(p.parsed) : num(p.parsed)}.`;
        case 'not-a-number':
          return `${q(p.value)} n'est pas un nombre (colonne ${q(p.column)}) ; saisissez un nombre.`;
        case 'negative':
          return `${q(p.column)} ne peut pas être négatif (${num(p.value)}) ; corrigez la valeur.`;
        case 'not-integer':
          return `${q(p.column)} attend un nombre entier, pas ${num(p.value)} ; corrigez la valeur.`;
      }
    },
    'percent-scale': (p) =>
      'problem' in p
        ? `la valeur atteinte ${num(p.value)} de l'indicateur ${q(p.indicator)} fait environ 100 fois son objectif annuel (${num(p.target)}, un taux) : c'est sans doute ${num(p.value)} % saisi comme un nombre entier, et l'atteinte calculée est fausse (plafonnée, elle paie toute la part variable) ; ${p.safe ? `valeur proposée : ${num(p.fixed)} (${pct(p.fixed)})` : `si c'est un pourcentage, saisissez ${num(p.fixed)} (${pct(p.fixed)})`}.`
        : `${num(p.value)} dans la colonne de pourcentages ${q(p.column)} signifie sans doute ${num(p.value)} % ; valeur proposée : ${pct(p.fixed)} (${num(p.fixed)}).`,
    ratio: (p) =>
      `${q(p.num)} (${num(p.numValue)}) dépasse ${q(p.den)} (${num(p.denValue)}) ; vérifiez la saisie.`,
    'partner-codes': (p) =>
      `${q(p.key)} compte ${num(p.typed)} usager${p.typed > 1 ? 's' : ''} partenaire${p.typed > 1 ? 's' : ''}, mais la feuille ${q(p.sheet)} liste ${num(p.listed)} code${p.listed > 1 ? 's' : ''} distinct${p.listed > 1 ? 's' : ''} pour ce projet ; les personnes distinctes de la CPTS se comptent sur les codes : listez un code par personne (jamais un nom) ou corrigez le nombre.`,
    date: (p) => {
      switch (p.problem) {
        case 'text':
          return `${q(p.value)} est du texte et non une date (colonne ${q(p.column)}) ; valeur proposée : ${day(p.parsed)}.`;
        case 'serial':
          return `${num(p.value)} est un numéro de série de date sans format de date (colonne ${q(p.column)}) ; valeur proposée : ${day(p.parsed)}.`;
        case 'not-a-date':
          return `${q(p.value)} n'est pas une date (colonne ${q(p.column)}) ; saisissez une date au format jj/mm/aaaa.`;
        case 'end-before-start':
          return `${q(p.end)} (${day(p.endDate)}) précède ${q(p.start)} (${day(p.startDate)}) ; corrigez l'une des deux dates.`;
        case 'outside-period':
          return `la date ${day(p.value)} (colonne ${q(p.column)}) est hors de la période du programme (du ${day(p.periodStart)} au ${day(p.periodEnd)}) ; vérifiez-la, ou la période sur la feuille Programme.`;
      }
    },
    'indicator-coverage': (p) =>
      `l'action ${q(p.key)} n'a pas d'indicateur de type ${list(p.missing)} ; ajoutez-en dans le tableau des indicateurs.`,
    'indicator-definition': (p) =>
      p.problem === 'direction-contradicts'
        ? `l'indicateur ${q(p.indicator)} (${q(p.key)}) dit ${q(p.direction)} mais sa valeur cible (${num(p.target)}) va dans l'autre sens que sa valeur initiale (${num(p.baseline)}) ; corrigez l'évolution souhaitée ou la cible.`
        : `l'indicateur ${q(p.indicator)} (${q(p.key)}) est un ${q(p.nature)} mais son mode de calcul est ${q(p.mode)} : additionner des taux ou des niveaux trimestriels n'a pas de sens (50 % + 60 % ne font pas 110 %) ; choisissez « Dernière valeur » ou « Moyenne ».`,
    outlier: (p) =>
      `la valeur réalisée de ${q(p.indicator)} (${q(p.key)}) : ${num(p.realised)}, dépasse ${p.factor} fois la valeur cible (${num(p.target)}) ; vérifiez la saisie des trimestres.`,
    proof: (p) =>
      p.problem === 'not-counted'
        ? `cette preuve (${q(p.kind)}) de ${q(p.key)} ne compte pas dans la triangulation : ${p.reasons.map((r) => PROOF_REASONS_FR[r]).join(', ')} ; une preuve compte quand elle est décrite, sourcée et qu'elle étaie plus qu'une réalisation.`
        : `cette preuve (${q(p.kind)}) de ${q(p.key)} n'a pas de « Limites et biais » : chaque preuve a les siennes (qualité de saisie, biais de désirabilité, usage non garanti d'un livrable…) ; notez-les.`,
    triangulation: (p) =>
      `les preuves de ${q(p.key)} ne sont pas triangulées : il manque ${list(p.missing)} ; ajoutez une preuve de chaque type (chiffre, témoignage, livrable) dans le tableau des preuves.`,
    'unsupported-impact': (p) =>
      `un impact est affirmé pour ${q(p.key)} alors que ses preuves sont incomplètes (il manque ${list(p.missing)}) ; ajoutez les preuves manquantes ou nuancez l'impact.`,
    'objective-tree': (p) => {
      switch (p.problem) {
        case 'no-parent':
          return `l'objectif ${q(p.code)} (${p.level}) n'a pas d'objectif parent ; indiquez un objectif de niveau ${q(p.expected)}.`;
        case 'parent-level':
          return `l'objectif parent ${q(p.parent)} de ${q(p.code)} est de niveau ${q(p.found)} ; il doit être de niveau ${q(p.expected)}.`;
        case 'general-with-parent':
          return `l'objectif général ${q(p.code)} ne doit pas avoir d'objectif parent (${q(p.parent)}) ; videz la cellule.`;
      }
    },
    subsidy: (p) => {
      const when = p.year ? ` en ${p.year}` : '';
      const of = p.actions && p.actions.length > 1 ? `, actions ${list(p.actions)}` : '';
      return `le financement ARS de ${q(p.key)}${when} (${eur(p.amount)}${of}) dépasse ${num(p.threshold)} € par an : une convention est obligatoire, et non une simple décision d'attribution (${LEGAL}).`;
    },
    aci: (p) => {
      switch (p.problem) {
        case 'weights': {
          const text =
            p.typed !== undefined ? ' (une pondération tapée en texte ne compte pas)' : '';
          const head = `les pondérations des indicateurs de la mission ${q(p.mission)} font ${pct(p.total)}`;
          if (p.total <= 0)
            return `${head}${text} : le taux d'atteinte de la mission ne peut pas être calculé ; il reste vide, et la part variable due aussi ; saisissez les pondérations du contrat (des nombres).`;
          const e = p.example;
          const share = e
            ? ` : ${q(e.indicator)}, pondéré ${pct(e.weight)}, y compte pour ${pct(Math.round((e.weight / p.total) * 1000) / 1000)}`
            : '';
          return `${head} au lieu de 100 %${text} : le taux d'atteinte de la mission est calculé sur ces ${pct(p.total)}, comme si elles faisaient 100 % (chacune divisée par ${pct(p.total)}${share}) ; reprenez les pondérations du contrat.`;
        }
        case 'size': {
          const range = SIZE_RANGES_FR[p.sizes[0] as number] ?? '';
          const which =
            p.sizes.length > 1
              ? `une CPTS de ${num(p.population)} habitants est de taille ${p.sizes.join(' ou ')} (à la limite des deux : choisissez celle du contrat)`
              : `une CPTS ${range} est de taille ${p.sizes[0]} ; valeur proposée : ${p.sizes[0]}`;
          return `la taille ${p.size} ne correspond pas à la population couverte (${num(p.population)} habitants, cellule ${p.populationCell}) : selon l'ACI CPTS de 2019, ${which}. La taille fixe le financement du fonctionnement (ligne « Fonctionnement de la CPTS » de la feuille ACI) : vérifiez la taille, ou la population.`;
        }
        case 'achieved-without-target':
          return `l'indicateur ${q(p.indicator)} a une valeur atteinte mais pas d'objectif annuel : son atteinte ne peut pas être calculée (elle compte pour 0) ; saisissez l'objectif fixé par le contrat.`;
        case 'start-beyond-target':
          return p.down
            ? `l'indicateur ${q(p.indicator)} doit baisser, mais sa valeur initiale (${num(p.start)}) est déjà au plus l'objectif annuel (${num(p.target)}) : son atteinte, (initiale − atteinte) / (initiale − objectif), n'a pas de sens ; vérifiez la valeur initiale, l'objectif ou l'évolution souhaitée.`
            : `l'indicateur ${q(p.indicator)} doit augmenter, mais sa valeur initiale (${num(p.start)}) atteint déjà l'objectif annuel (${num(p.target)}) : son atteinte, (atteinte − initiale) / (objectif − initiale), n'a pas de sens ; vérifiez la valeur initiale, l'objectif ou l'évolution souhaitée.`;
        case 'level-above-cap':
          return `le palier ${num(p.threshold)} de l'indicateur ${q(p.indicator)} accorde ${pct(p.granted)}, au-delà de son plafond d'atteinte (${pct(p.cap)}, feuille Indicateurs ACI) : l'atteinte retenue s'arrête à ${pct(p.cap)} ; reprenez le palier ou le plafond du contrat.`;
        case 'level-decreasing':
          return `le palier ${num(p.threshold)} de l'indicateur ${q(p.indicator)} accorde ${pct(p.granted)}, moins que le palier plus facile ${num(p.easier)} (${pct(p.easierGranted)}) : il ne sera jamais retenu, l'indicateur prenant la plus haute atteinte accordée parmi les paliers atteints ; vérifiez les seuils et les atteintes du contrat.`;
        case 'declaration-only':
          return `l'indicateur ${q(p.indicator)} ne s'appuie que sur une déclaration : ni preuve quantitative ni livrable dans la feuille Preuves (colonne « Indicateur ACI ») ; « une simple mention dans le rapport d'activité » ne suffit pas à l'attester (rapport du Sénat n° 32, 2025-2026) : ajoutez un chiffre ou un livrable.`;
        case 'paid-above-due':
          return `la mission ${q(p.mission)} a reçu ${eur(p.paid)} pour ${eur(p.due)} dus : un trop-perçu de ${eur(p.paid - p.due)}, qui ne réduit pas ce qui reste dû sur les autres missions ; vérifiez les versements.`;
        case 'previous-paid-above-due':
          return p.due === null
            ? `la mission ${q(p.mission)} a reçu ${eur(p.paid)} au titre du solde de l'année précédente, mais aucun solde n'est saisi dans « Solde de l'année précédente dû (€) » ; saisissez-le (le « Reste à verser » de la mission dans le classeur de l'an dernier).`
            : `la mission ${q(p.mission)} a reçu ${eur(p.paid)} au titre du solde de l'année précédente pour ${eur(p.due)} dus : un trop-perçu de ${eur(p.paid - p.due)}, qui ne réduit ni l'avance de l'année ni ce qui reste dû sur les autres missions ; vérifiez les versements.`;
        case 'spending-above-envelope':
          return `les dépenses engagées pour ${q(p.mission)} (${eur(p.spent)}) dépassent l'enveloppe due (${eur(p.due)}) de ${eur(p.spent - p.due)} ; vérifiez la mission des dépenses ou préparez-en l'explication pour le dialogue de gestion.`;
        case 'contract-start':
          return `${q(p.value)} n'est pas une date (Année contractuelle (début)) : les échéances de l'avance et du solde restent vides dans la feuille ACI ; saisissez la date anniversaire du contrat (JJ/MM/AAAA) dans une cellule au format date.`;
        case 'contract-year':
          return `l'année ${p.year} ne tombe pas dans l'année contractuelle qui commence le ${day(p.start)} ; corrigez l'année ou la date de début.`;
        case 'spending-outside-year':
          return `la dépense ${q(p.label)} du ${day(p.date)} est hors de l'année contractuelle (${day(p.start)} – ${day(p.end)}) ; elle compte pourtant dans la consommation de l'enveloppe : vérifiez sa date.`;
      }
    },
    'assessment-date': (p) => {
      switch (p.problem) {
        case 'missing':
          return `${q(p.assessment)} n'a pas de date alors que ${p.answers} réponse${p.answers > 1 ? 's sont saisies' : ' est saisie'} (${p.column}) : indiquez la date de l'évaluation dans la feuille Évaluations, sans quoi les deux évaluations ne se comparent pas.`;
        case 'order':
          return `${q(p.second)} (${p.secondDate}) est datée avant ${q(p.first)} (${p.firstDate}) : la colonne 2 reçoit la plus récente des deux évaluations ; vérifiez les dates.`;
        case 'unanswered':
          return `${p.count} élément${p.count > 1 ? 's' : ''} de la feuille ${q(p.sheet)} sans réponse pour ${q(p.assessment)} (colonne ${q(p.column)}) : ${p.count > 1 ? 'ils ne comptent' : 'il ne compte'} pas dans les scores ; répondez, ou choisissez « Non concerné ».`;
      }
    },
  },
};
