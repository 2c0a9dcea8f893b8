import { renderIssue } from '../i18n/render';
import type { Lang } from '../templates/types';
import { displayDate, displayNumber } from '../values/display';
import type { CellValue } from '../values/cell';
import type { BaselineChoice, CarryReport } from './carry';

/** A value as typed; a date as jj/mm/aaaa, as everywhere else a coordinator reads one. */
const v = (x: CellValue): string =>
  x instanceof Date ? displayDate(x, 'fr') : x === null || x === '' ? '(vide)' : String(x);
const list = (ids: string[]) => ids.join(', ');
const s = (n: number) => (n > 1 ? 's' : '');
/** An amount with plain spaces, as the other messages (the same in every terminal). */
const money = (n: number, lang: Lang) =>
  displayNumber(Math.round(n * 100) / 100, 'money', lang).replace(/[\u00a0\u202f]/g, ' ');
const eur = (n: number) => money(n, 'fr');
const eurEn = (n: number) => money(n, 'en');

const T = {
  fr: {
    title: (f: string, id: string, version: number, current: number) =>
      `Année suivante à partir de « ${f} » : modèle ${id}${version < current ? `, version ${version} mise à niveau en version ${current}` : `, version ${current}`}.`,
    marked: (table: string, col: string) =>
      `${table} : lignes reprises, celles marquées OUI dans « ${col} ».`,
    unmarked: (table: string) =>
      `${table} : aucune ligne n'est marquée reconduite, toutes sont reprises.`,
    noColumn: (table: string) => `${table} : toutes les lignes sont reprises.`,
    carried: (n: number, ids: string[]) => `  Reprises (${n}) : ${n > 0 ? list(ids) : 'aucune'}`,
    left: (n: number, ids: string[]) => `  Laissées (${n}) : ${n > 0 ? list(ids) : 'aucune'}`,
    rows: 'Lignes reprises par tableau (reprises / lues) :',
    cleared: (cols: string[]) => `vidé${s(cols.length)} : ${cols.join(', ')}`,
    filled: (table: string, cols: string[], v: number) =>
      `${table} : ${cols.map((c) => `« ${c} »`).join(' et ')}, absentes de la version ${v}, remplies comme cette version les lisait (hausse souhaitée ; cumul quand le mode de calcul est vide ou Somme) : à vérifier.`,
    notCarried: 'Non repris (saisies de l’année écoulée) :',
    rowsOf: (table: string, n: number) => `  ${table} : ${n} ligne${s(n)}`,
    moved: 'Période avancée d’un an :',
    arrow: (f: string, a: CellValue, b: CellValue) => `  ${f} : ${v(a)} → ${v(b)}`,
    unmoved: (f: string, x: CellValue) =>
      `  ${f} : « ${v(x)} » n'est pas une date ni une année : à corriger à la main.`,
    baseline: (c: BaselineChoice, n: number) =>
      ({
        cumul: `Valeur initiale = valeur réalisée l'an dernier, pour les indicateurs cumulés (${n}) :`,
        toutes: `Valeur initiale = valeur réalisée l'an dernier, pour tous les indicateurs renseignés (${n}) :`,
        inchangee: "Valeurs initiales gardées telles qu'elles étaient saisies.",
      })[c],
    change: (k: string, ind: string, a: CellValue, b: number) => `  ${k} · ${ind} : ${v(a)} → ${b}`,
    review: ' (la cible est déjà atteinte : à revoir)',
    keptBaseline: (k: string, ind: string, a: CellValue, b: number) =>
      `  ${k} · ${ind} : valeur initiale ${v(a)} gardée (réalisé l'an dernier : ${b}, déjà au-delà de la cible : cible à revoir)`,
    kept: 'Les autres valeurs saisies sont reprises telles quelles (cibles comprises).',
    balances: (table: string, into: string, from: string) =>
      `${table} : « ${into} » rempli avec le « ${from} » de l'an dernier (versé à la date anniversaire, avec l'avance) :`,
    balance: (k: string, amount: number, older: number) =>
      `  ${k} : ${eur(amount)}${older > 0 ? ` (dont ${eur(older)} du solde de l'année d'avant, encore dû)` : ''}`,
    noBalance: (table: string, into: string) =>
      `${table} : rien ne restait à verser l'an dernier ; aucun « ${into} ».`,
    excess: (k: string, amount: number) =>
      `  ${k} : trop-perçu de ${eur(amount)} l'an dernier, non reporté : à régulariser avec la CPAM.`,
    textAmounts: (k: string, cols: string[]) =>
      `  ${k} : montant à vérifier, ${cols.map((c) => `« ${c} »`).join(' et ')} ${cols.length > 1 ? 'étaient' : 'était'} du texte l'an dernier, compté 0 par les formules (et donc dans ce report).`,
    others: (n: number) =>
      `${n} valeur${s(n)} de la feuille « Autres données » non reprise${s(n)}.`,
    flagged:
      'Valeurs reprises telles quelles, que le contrôle signale dans le nouveau classeur (à corriger) :',
  },
  en: {
    title: (f: string, id: string, version: number, current: number) =>
      `Next year from “${f}”: template ${id}${version < current ? `, version ${version} upgraded to version ${current}` : `, version ${current}`}.`,
    marked: (table: string, col: string) => `${table} carried: those marked OUI in “${col}”.`,
    unmarked: (table: string) => `${table}: none is marked renewed, all are carried.`,
    noColumn: (table: string) => `${table}: all are carried.`,
    carried: (n: number, ids: string[]) => `  Carried (${n}): ${n > 0 ? list(ids) : 'none'}`,
    left: (n: number, ids: string[]) => `  Left (${n}): ${n > 0 ? list(ids) : 'none'}`,
    rows: 'Rows carried by table (carried / read):',
    cleared: (cols: string[]) => `emptied: ${cols.join(', ')}`,
    filled: (table: string, cols: string[], v: number) =>
      `${table}: ${cols.map((c) => `“${c}”`).join(' and ')}, absent from version ${v}, filled as that version read them (increase wanted; cumulative when the mode is blank or Somme): to check.`,
    notCarried: 'Not carried (last year’s entries):',
    rowsOf: (table: string, n: number) => `  ${table}: ${n} row(s)`,
    moved: 'Period moved one year on:',
    arrow: (f: string, a: CellValue, b: CellValue) => `  ${f}: ${v(a)} → ${v(b)}`,
    unmoved: (f: string, x: CellValue) =>
      `  ${f}: “${v(x)}” is neither a date nor a year: to correct by hand.`,
    baseline: (c: BaselineChoice, n: number) =>
      ({
        cumul: `Baseline = last year's realised value, for cumulative indicators (${n}):`,
        toutes: `Baseline = last year's realised value, for every indicator with a value (${n}):`,
        inchangee: 'Baselines kept as typed.',
      })[c],
    change: (k: string, ind: string, a: CellValue, b: number) => `  ${k} · ${ind}: ${v(a)} → ${b}`,
    review: ' (target already reached: to review)',
    keptBaseline: (k: string, ind: string, a: CellValue, b: number) =>
      `  ${k} · ${ind}: baseline ${v(a)} kept (realised last year: ${b}, already beyond the target: target to review)`,
    kept: 'Every other value typed is carried as it was (targets included).',
    balances: (table: string, into: string, from: string) =>
      `${table}: “${into}” filled with last year's “${from}” (paid on the anniversary, with the advance):`,
    balance: (k: string, amount: number, older: number) =>
      `  ${k}: ${eurEn(amount)}${older > 0 ? ` (of which ${eurEn(older)} from the year before, still owed)` : ''}`,
    noBalance: (table: string, into: string) =>
      `${table}: nothing remained to pay last year; no “${into}”.`,
    excess: (k: string, amount: number) =>
      `  ${k}: overpaid ${eurEn(amount)} last year, not carried: to settle with the CPAM.`,
    textAmounts: (k: string, cols: string[]) =>
      `  ${k}: amount to check, ${cols.map((c) => `“${c}”`).join(' and ')} ${cols.length > 1 ? 'were' : 'was'} text last year, counted as 0 by the formulas (and so in this balance).`,
    others: (n: number) => `${n} value(s) of the “Autres données” sheet not carried.`,
    flagged: 'Values carried as typed that the check flags in the new workbook (to correct):',
  },
};

/** The carry report, one line per fact (the CLI prints it; the pane shows it). */
export function describeCarry(r: CarryReport, lang: Lang = 'fr'): string[] {
  const t = T[lang];
  const lines = [t.title(r.file, r.template.id, r.fromVersion, r.template.version)];
  const m = r.main;
  lines.push(
    m.marked && m.renewal
      ? t.marked(m.table, m.renewal)
      : m.renewal
        ? t.unmarked(m.table)
        : t.noColumn(m.table),
    t.carried(m.carried.length, m.carried),
    t.left(m.left.length, m.left),
  );
  const w = Math.max(...r.tables.map((x) => x.table.length)) + 2;
  lines.push(
    t.rows,
    ...r.tables.map((x) =>
      `  ${x.table.padEnd(w)}${`${x.carried} / ${x.read}`.padEnd(9)}${x.cleared.length > 0 ? t.cleared(x.cleared) : ''}`.trimEnd(),
    ),
  );
  for (const x of r.tables)
    if (x.filled.length > 0) lines.push(t.filled(x.table, x.filled, r.fromVersion));
  if (r.notCarried.length > 0)
    lines.push(t.notCarried, ...r.notCarried.map((x) => t.rowsOf(x.table, x.rows)));
  if (r.moved.length > 0)
    lines.push(t.moved, ...r.moved.map((x) => t.arrow(x.field, x.from, x.to)));
  lines.push(...r.unmoved.map((x) => t.unmoved(x.field, x.value)));
  if (r.baseline) {
    lines.push(t.baseline(r.baseline, r.baselines.length));
    if (r.baseline !== 'inchangee')
      lines.push(
        ...r.baselines.map((b) =>
          b.kept
            ? t.keptBaseline(b.key, b.indicator, b.from, b.to)
            : `${t.change(b.key, b.indicator, b.from, b.to)}${b.targetReached ? t.review : ''}`,
        ),
      );
  }
  const b = r.balances;
  if (b) {
    lines.push(
      ...(b.rows.length > 0
        ? [
            t.balances(b.table, b.into, b.from),
            ...b.rows.map((x) => t.balance(x.key, x.amount, x.older)),
          ]
        : [t.noBalance(b.table, b.into)]),
      ...b.excess.map((x) => t.excess(x.key, x.amount)),
      ...b.text.map((x) => t.textAmounts(x.key, x.columns)),
    );
  }
  lines.push(t.kept);
  if (r.others > 0) lines.push(t.others(r.others));
  // Typing mistakes carried as typed (nothing typed is lost): where they are in the new workbook.
  if (r.flagged.length > 0)
    lines.push(t.flagged, ...r.flagged.map((i) => `  ${renderIssue(i, lang, { plain: true })}`));
  return lines;
}
