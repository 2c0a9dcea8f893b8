import { describeAttention, showValue } from '../restore/describe';
import type { Lang } from '../templates/types';
import type { Conflict, MergePlan, MergeSource } from './types';

const T = {
  fr: {
    title: (n: number, title: string, id: string, v: number) =>
      `Fusion de ${n} classeur${n > 1 ? 's' : ''} — ${title} (modèle ${id}, version ${v})`,
    source: (s: MergeSource, v: number) =>
      `  ${s.index}. ${s.label} (version ${s.restored.readAs}${s.restored.readAs < v ? ', mise à niveau au passage' : ''})`,
    rows: 'Lignes par tableau (lues → fusionnées) :',
    others: (n: number) =>
      n === 0
        ? 'Aucune valeur hors du modèle : pas de feuille Autres données.'
        : `${n} valeur${n > 1 ? 's' : ''} hors du modèle ou en conflit reprise${n > 1 ? 's' : ''} dans la feuille « Autres données ».`,
    conflicts: (n: number) => (n === 0 ? 'Aucun conflit.' : `Conflits (${n}) :`),
    attention: (n: number) => `À vérifier (${n}) :`,
    files: (xs: string[]) => xs.join(', '),
    duplicate: (
      c: Extract<Conflict, { kind: 'duplicate-key' }>,
      files: string[],
      renumber: boolean,
      file: (i: number) => string,
    ) =>
      `${c.table} : ${showValue(c.key)} (${c.column}) est dans ${files.join(', ')} : ${
        renumber
          ? `renuméroté ${c.renamings.map((r) => `${showValue(r.to)} dans ${file(r.source)}`).join(', ')}, avec ses références`
          : `les lignes sont toutes gardées (le contrôle signalera le doublon) ; --renumber le renumérote ${c.renamings.map((r) => `${showValue(r.to)} dans ${file(r.source)}`).join(', ')}`
      }.`,
    shared: (c: Extract<Conflict, { kind: 'shared-differs' }>, files: string[]) =>
      `${c.table} : ${showValue(c.key)} (${c.column}) diffère entre ${files.join(', ')} : toutes les versions sont gardées ; harmonisez-les.`,
    single: (c: Extract<Conflict, { kind: 'single-differs' }>, kept: string, other: string) =>
      `${c.table} ${showValue(c.field)} : ${showValue(c.kept.value)} (${kept}) est retenu ; ${showValue(c.other.value)} (${other}) est dans Autres données.`,
  },
  en: {
    title: (n: number, title: string, id: string, v: number) =>
      `Merge of ${n} workbook(s) — ${title} (template ${id}, version ${v})`,
    source: (s: MergeSource, v: number) =>
      `  ${s.index}. ${s.label} (version ${s.restored.readAs}${s.restored.readAs < v ? ', upgraded on the way' : ''})`,
    rows: 'Rows per table (read → merged):',
    others: (n: number) =>
      n === 0
        ? 'No value outside the template: no Autres données sheet.'
        : `${n} value(s) outside the template or in conflict carried to the “Autres données” sheet.`,
    conflicts: (n: number) => (n === 0 ? 'No conflict.' : `Conflicts (${n}):`),
    attention: (n: number) => `To check (${n}):`,
    files: (xs: string[]) => xs.join(', '),
    duplicate: (
      c: Extract<Conflict, { kind: 'duplicate-key' }>,
      files: string[],
      renumber: boolean,
      file: (i: number) => string,
    ) =>
      `${c.table}: ${showValue(c.key, 'en')} (${c.column}) is in ${files.join(', ')}: ${
        renumber
          ? `renumbered ${c.renamings.map((r) => `${showValue(r.to, 'en')} in ${file(r.source)}`).join(', ')}, with its references`
          : `all rows are kept (the checker will report the duplicate); --renumber makes it ${c.renamings.map((r) => `${showValue(r.to, 'en')} in ${file(r.source)}`).join(', ')}`
      }.`,
    shared: (c: Extract<Conflict, { kind: 'shared-differs' }>, files: string[]) =>
      `${c.table}: ${showValue(c.key, 'en')} (${c.column}) differs between ${files.join(', ')}: every version is kept; make them agree.`,
    single: (c: Extract<Conflict, { kind: 'single-differs' }>, kept: string, other: string) =>
      `${c.table} ${showValue(c.field, 'en')}: ${showValue(c.kept.value, 'en')} (${kept}) is kept; ${showValue(c.other.value, 'en')} (${other}) is in Autres données.`,
  },
};

/** One line per conflict. */
export function describeConflict(
  c: Conflict,
  plan: MergePlan,
  renumber: boolean,
  lang: Lang = 'fr',
): string {
  const t = T[lang];
  const file = (i: number) => plan.sources.find((s) => s.index === i)?.file ?? String(i);
  switch (c.kind) {
    case 'duplicate-key':
      return t.duplicate(c, c.sources.map(file), renumber, file);
    case 'shared-differs':
      return t.shared(c, c.sources.map(file));
    case 'single-differs':
      return t.single(c, file(c.kept.source), file(c.other.source));
  }
}

/** The merge report: files and versions, rows per table, conflicts, what needed attention. */
export function describeMerge(plan: MergePlan, renumber: boolean, lang: Lang = 'fr'): string[] {
  const t = T[lang];
  const v = plan.template.version;
  const lines = [
    t.title(plan.sources.length, plan.template.title[lang], plan.template.id, v),
    ...plan.sources.map((s) => t.source(s, v)),
    t.rows,
  ];
  const counts = Object.entries(plan.counts).filter(([, c]) => c.inputs > 0);
  const w = Math.max(0, ...counts.map(([name]) => name.length)) + 2;
  lines.push(...counts.map(([name, c]) => `  ${name.padEnd(w)}${c.inputs} → ${c.merged}`));
  lines.push(t.others(plan.others), t.conflicts(plan.conflicts.length));
  lines.push(...plan.conflicts.map((c) => `  - ${describeConflict(c, plan, renumber, lang)}`));
  const attention = plan.sources.flatMap((s) =>
    s.restored.attention.map((a) => `  - ${s.file} : ${describeAttention(a, lang)}`),
  );
  if (attention.length > 0) lines.push(t.attention(attention.length), ...attention);
  return lines;
}
