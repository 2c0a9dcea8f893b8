import { describeAttention, showValue } from '../restore/describe';
import type { Lang } from '../templates/types';
import type { Conflict, MergePlan, MergeSource } from './types';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** A long list shown by its ends: « A1, A2, A3, …, A12 ». */
function some(xs: string[], max = 8): string[] {
  return xs.length <= max ? xs : [...xs.slice(0, max - 3), '…', ...xs.slice(-2)];
}

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
    singles: (
      c: Extract<Conflict, { kind: 'single-differs' }>,
      kept: string,
      n: number,
      others: string[],
    ) =>
      `${c.table} ${showValue(c.field)} : ${showValue(c.kept.value)} (${kept}) est retenu ; les ${n} autres valeurs sont dans Autres données : ${others.join(', ')}.`,
    duplicates: (
      table: string,
      column: string,
      n: number,
      keys: string[],
      files: string[],
      renumber: boolean,
      renamed: string,
    ) =>
      `${table} : ${plural(n, `${column} est`, `${column} sont`)} à la fois dans ${files.join(', ')} (${keys.join(', ')}) : ${
        renumber
          ? `renuméroté${n > 1 ? 's' : ''} ${renamed}, avec leurs références.`
          : `toutes les lignes sont gardées (le contrôle signalera les doublons) ; --renumber les renumérote ${renamed}.`
      }`,
    copies: (
      table: string,
      n: number,
      rows: string,
      later: string,
      earlier: string,
      all: boolean,
    ) =>
      all
        ? `${table} : les ${n} lignes de ${later} sont déjà dans ${earlier} (${rows}) : ce classeur semble être une copie ; gardées, elles compteraient deux fois dans chaque total : retirez-le de la fusion s'il l'est.`
        : `${table} : ${plural(n, 'ligne', 'lignes')} de ${later} (${rows}) ${n > 1 ? 'reprennent' : 'reprend'} le contenu de ${earlier} : ${n > 1 ? 'gardées, elles comptent' : 'gardée, elle compte'} deux fois dans les totaux ; supprimez la copie si c'en est une.`,
    events: (table: string, list: string[]) =>
      `${table} : ${plural(list.length, 'événement enregistré', 'événements enregistrés')} par plusieurs classeurs, ${list.length > 1 ? 'comptés' : 'compté'} une fois (valeurs du premier classeur, les autres dans Autres données) : ${list.join(' ; ')}.`,
    next: (f: string | undefined) =>
      `Étape suivante : trepied check ${f ?? '<programme.xlsx>'} (contrôles et chiffres du programme fusionné).`,
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
    singles: (
      c: Extract<Conflict, { kind: 'single-differs' }>,
      kept: string,
      n: number,
      others: string[],
    ) =>
      `${c.table} ${showValue(c.field, 'en')}: ${showValue(c.kept.value, 'en')} (${kept}) is kept; the ${n} other values are in Autres données: ${others.join(', ')}.`,
    duplicates: (
      table: string,
      column: string,
      n: number,
      keys: string[],
      files: string[],
      renumber: boolean,
      renamed: string,
    ) =>
      `${table}: ${n} ${column} in each of ${files.join(', ')} (${keys.join(', ')}): ${
        renumber
          ? `renumbered ${renamed}, with their references.`
          : `all rows are kept (the checker will report the duplicates); --renumber makes them ${renamed}.`
      }`,
    copies: (
      table: string,
      n: number,
      rows: string,
      later: string,
      earlier: string,
      all: boolean,
    ) =>
      all
        ? `${table}: all ${n} rows of ${later} are already in ${earlier} (${rows}): this workbook looks like a copy; kept, they would count twice in every total: leave it out of the merge if it is one.`
        : `${table}: ${n} row(s) of ${later} (${rows}) repeat the content of ${earlier}: kept, they count twice in the totals; delete the copy if it is one.`,
    events: (table: string, list: string[]) =>
      `${table}: ${list.length} event(s) recorded by several workbooks, counted once (the first workbook's values, the others in Autres données): ${list.join('; ')}.`,
    next: (f: string | undefined) =>
      `Next step: trepied check ${f ?? '<programme.xlsx>'} (checks and figures of the merged programme).`,
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
    case 'duplicate-row':
      return t.copies(
        c.table,
        c.rows.length,
        some(c.keys).join(', '),
        file(c.sources[1]!),
        file(c.sources[0]!),
        false,
      );
    case 'same-event':
      return t.events(c.table, [`${c.key} (${c.sources.map(file).join(', ')})`]);
  }
}

/**
 * Conflicts grouped for reading: one line per table and set of workbooks for keys found twice
 * (not one per N° action), per pair of workbooks for copied rows, per table for events.
 */
function groupedConflicts(plan: MergePlan, renumber: boolean, lang: Lang): string[] {
  const t = T[lang];
  const file = (i: number) => plan.sources.find((s) => s.index === i)?.file ?? String(i);
  const lines: string[] = [];
  const dupes = new Map<string, Extract<Conflict, { kind: 'duplicate-key' }>[]>();
  const events = new Map<string, Extract<Conflict, { kind: 'same-event' }>[]>();
  const singles = new Map<string, Extract<Conflict, { kind: 'single-differs' }>[]>();
  for (const c of plan.conflicts) {
    if (c.kind === 'duplicate-key') {
      const k = `${c.table}\u0000${c.sources.join(',')}`;
      dupes.set(k, [...(dupes.get(k) ?? []), c]);
    } else if (c.kind === 'same-event') {
      events.set(c.table, [...(events.get(c.table) ?? []), c]);
    }
  }
  for (const cs of dupes.values()) {
    const c = cs[0]!;
    const renamed = new Map<number, string[]>();
    for (const r of cs.flatMap((x) => x.renamings))
      renamed.set(r.source, [...(renamed.get(r.source) ?? []), showValue(r.to, lang)]);
    const where = [...renamed]
      .map(([src, tos]) => `${some(tos).join(', ')} ${lang === 'fr' ? 'dans' : 'in'} ${file(src)}`)
      .join(' ; ');
    lines.push(
      t.duplicates(
        c.table,
        c.column,
        cs.length,
        some(cs.map((x) => x.key)),
        c.sources.map(file),
        renumber,
        where,
      ),
    );
  }
  for (const c of plan.conflicts) {
    if (c.kind === 'duplicate-row') {
      const source = plan.sources.find((s) => s.index === c.sources[1]);
      const all = (source?.restored.tables[c.table]?.length ?? 0) === c.rows.length;
      const rows = `${lang === 'fr' ? 'lignes' : 'rows'} ${some(c.rows.map(String)).join(', ')}${c.keys.length > 0 ? ` : ${some([...new Set(c.keys)]).join(', ')}` : ''}`;
      lines.push(
        t.copies(c.table, c.rows.length, rows, file(c.sources[1]!), file(c.sources[0]!), all),
      );
    } else if (c.kind === 'shared-differs') {
      lines.push(describeConflict(c, plan, renumber, lang));
    } else if (c.kind === 'single-differs') {
      const k = `${c.table}\u0000${c.field}`;
      if (singles.has(k)) singles.get(k)!.push(c);
      else {
        singles.set(k, [c]);
        lines.push(k);
      }
    }
  }
  // One line per Programme field, however many partners gave it another value.
  for (const [i, line] of lines.entries()) {
    const cs = singles.get(line);
    if (!cs) continue;
    const c = cs[0]!;
    lines[i] =
      cs.length === 1
        ? describeConflict(c, plan, renumber, lang)
        : t.singles(
            c,
            file(c.kept.source),
            cs.length,
            some(cs.map((x) => `${showValue(x.other.value, lang)} (${file(x.other.source)})`)),
          );
  }
  for (const [table, cs] of events)
    lines.push(
      t.events(table, some(cs.map((c) => `${c.key} (${c.sources.map(file).join(', ')})`))),
    );
  return lines;
}

/** The merge report: files and versions, rows per table, conflicts, what needed attention. */
export function describeMerge(
  plan: MergePlan,
  renumber: boolean,
  lang: Lang = 'fr',
  output?: string,
): string[] {
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
  const conflicts = groupedConflicts(plan, renumber, lang);
  lines.push(t.others(plan.others), t.conflicts(conflicts.length));
  lines.push(...conflicts.map((c) => `  - ${c}`));
  const attention = plan.sources.flatMap((s) =>
    s.restored.attention.map((a) => `  - ${s.file} : ${describeAttention(a, lang)}`),
  );
  if (attention.length > 0) lines.push(t.attention(attention.length), ...attention);
  lines.push(t.next(output));
  return lines;
}
