import { describeAttention } from '../restore/describe';
import type { Lang } from '../templates/types';
import type { UpgradePlan } from './upgrade';

const T = {
  fr: {
    title: (f: string, id: string, a: number, b: number) =>
      a === b
        ? `Mise à niveau de « ${f} » : modèle ${id}, déjà en version ${b} : le classeur est régénéré (formules, listes, mises en forme), les valeurs saisies reprises.`
        : `Mise à niveau de « ${f} » : modèle ${id}, version ${a} → ${b}.`,
    renamed: 'Colonnes renommées :',
    added: 'Colonnes ajoutées (vides) :',
    removed: 'Colonnes retirées (valeurs reprises dans Autres données) :',
    sheets: 'Feuilles ajoutées (vides) :',
    rows: 'Lignes reprises par tableau :',
    others: (n: number) =>
      n === 0
        ? 'Aucune valeur hors du modèle : pas de feuille Autres données.'
        : `${n} valeur${n > 1 ? 's' : ''} hors du modèle reprise${n > 1 ? 's' : ''} dans la feuille « Autres données ».`,
    attention: (n: number) => `À vérifier (${n}) :`,
    arrow: (a: string, b: string) => `« ${a} » → « ${b} »`,
    q: (s: string) => `« ${s} »`,
  },
  en: {
    title: (f: string, id: string, a: number, b: number) =>
      a === b
        ? `Upgrade of “${f}”: template ${id}, already at version ${b}: the workbook is regenerated (formulas, lists, formats), typed values carried.`
        : `Upgrade of “${f}”: template ${id}, version ${a} → ${b}.`,
    renamed: 'Columns renamed:',
    added: 'Columns added (blank):',
    removed: 'Columns removed (values carried to Autres données):',
    sheets: 'Sheets added (blank):',
    rows: 'Rows carried, by table:',
    others: (n: number) =>
      n === 0
        ? 'No value outside the template: no Autres données sheet.'
        : `${n} value(s) outside the template carried to the “Autres données” sheet.`,
    attention: (n: number) => `To check (${n}):`,
    arrow: (a: string, b: string) => `“${a}” → “${b}”`,
    q: (s: string) => `“${s}”`,
  },
};

/** The upgrade report, one line per fact (the CLI prints it; the task pane can show it). */
export function describeUpgrade(p: UpgradePlan, lang: Lang = 'fr'): string[] {
  const t = T[lang];
  const lines = [t.title(p.file, p.template.id, p.from, p.to)];
  if (p.renamed.length > 0) {
    lines.push(t.renamed, ...p.renamed.map((r) => `  ${r.table} : ${t.arrow(r.from, r.to)}`));
  }
  if (p.added.length > 0)
    lines.push(t.added, ...p.added.map((a) => `  ${a.table} : ${t.q(a.column)}`));
  if (p.removed.length > 0) {
    const why = (a: UpgradePlan['removed'][number]) => (a.why ? ` : ${a.why[lang]}` : '');
    lines.push(t.removed, ...p.removed.map((a) => `  ${a.table} : ${t.q(a.column)}${why(a)}`));
  }
  if (p.addedSheets.length > 0) lines.push(t.sheets, ...p.addedSheets.map((s) => `  ${t.q(s)}`));
  const counts = Object.entries(p.counts).filter(([, c]) => c.inputs > 0);
  if (counts.length > 0) {
    const w = Math.max(...counts.map(([name]) => name.length)) + 2;
    lines.push(t.rows, ...counts.map(([name, c]) => `  ${name.padEnd(w)}${c.merged}`));
  }
  lines.push(t.others(p.others));
  if (p.attention.length > 0) {
    lines.push(
      t.attention(p.attention.length),
      ...p.attention.map((a) => `  - ${describeAttention(a, lang)}`),
    );
  }
  return lines;
}
