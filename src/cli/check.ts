import * as path from 'path';
import { checkWorkbook, type CheckResult } from '../core/check';
import { describeEvolution, jsonEvolution } from '../core/compare';
import { formatFigure } from '../core/i18n/format';
import { evidenceLabel, renderIssue, severityLabel } from '../core/i18n/render';
import { jsonReport } from '../core/report/json-report';
import { getTemplate } from '../core/templates';
import { withModules } from '../core/templates/compose';
import type { Lang } from '../core/templates/types';
import { refuseInMemory, UnreadableWorkbook } from '../workbook/xlsx/open';
import { readWorkbookFile, type WorkbookRead } from '../workbook/xlsx/reader';
import { UsageError, type ParsedArgs } from './args';
import { usageError, type Io } from './commands';
import { readBytes } from './read-bytes';
import { evolutionFrom } from './previous';
import { checkOutput, writeOutput } from './write-file';

/** Issues printed per sheet in the terminal; the rest are counted (all are in --json and --write). */
const PER_SHEET = 40;

const T = {
  fr: {
    title: (f: string, t: string, id: string, v: number | null) =>
      `Contrôle de « ${f} » — ${t} (modèle ${id}, version ${v ?? '?'})`,
    counts: (e: number, w: number, i: number) =>
      `${e} erreur${e > 1 ? 's' : ''}, ${w} avertissement${w > 1 ? 's' : ''}, ${i} information${i > 1 ? 's' : ''}`,
    none: 'Aucun problème trouvé.',
    more: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''} (toutes dans --json et --write)`,
    workbook: 'Classeur',
    evidence: (n: number, of: number) =>
      `Triangulation des preuves : ${n} ${n > 1 ? 'actions' : 'action'} sur ${of} à compléter`,
    cols: ['N°', 'Chiffres', 'Témoignages', 'Livrables', 'Manquantes'],
    impact: 'impact revendiqué sans les trois preuves',
    figures: 'Chiffres clés',
    written: (f: string) =>
      `Rapport écrit dans « ${f} » (feuille Contrôles, cellules en cause surlignées).`,
    unknown: (f: string) => `« ${f} » n'est pas un classeur Trépied reconnu :`,
  },
  en: {
    title: (f: string, t: string, id: string, v: number | null) =>
      `Check of “${f}” — ${t} (template ${id}, version ${v ?? '?'})`,
    counts: (e: number, w: number, i: number) =>
      `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} note${i === 1 ? '' : 's'}`,
    none: 'No problem found.',
    more: (n: number) => `… and ${n} more (all in --json and --write)`,
    workbook: 'Workbook',
    evidence: (n: number, of: number) =>
      `Evidence triangulation: ${n} of ${of} ${of > 1 ? 'actions' : 'action'} to complete`,
    cols: ['No.', 'Figures', 'Testimonies', 'Deliverables', 'Missing'],
    impact: 'impact claimed without the three proofs',
    figures: 'Key figures',
    written: (f: string) => `Report written to “${f}” (Contrôles sheet, faulty cells highlighted).`,
    unknown: (f: string) => `“${f}” is not a recognised Trépied workbook:`,
  },
};

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function textReport(file: string, r: CheckResult, lang: Lang): string {
  const t = T[lang];
  const def = withModules(getTemplate(r.template ?? '')!, r.modules ?? []);
  const lines: string[] = [t.title(file, def.title[lang], def.id, r.version)];
  const count = (s: string) => r.issues.filter((i) => i.severity === s).length;
  lines.push(t.counts(count('error'), count('warning'), count('info')), '');
  if (r.issues.length === 0) lines.push(t.none, '');
  // Grouped in one pass (a copy of the group per issue made 50 000 actions take 88 s).
  const bySheet = new Map<string, typeof r.issues>();
  for (const i of r.issues) {
    const k = i.sheet || t.workbook;
    const group = bySheet.get(k);
    if (group) group.push(i);
    else bySheet.set(k, [i]);
  }
  for (const [sheet, issues] of bySheet) {
    lines.push(`■ ${sheet} (${issues.length})`);
    for (const i of issues.slice(0, PER_SHEET))
      lines.push(`  ${pad(severityLabel(i.severity, lang), 14)}${renderIssue(i, lang)}`);
    if (issues.length > PER_SHEET) lines.push(`  ${t.more(issues.length - PER_SHEET)}`);
    lines.push('');
  }
  if (r.actions.length > 0) {
    lines.push(t.evidence(r.actions.filter((a) => a.flagged).length, r.actions.length));
    let w = 6;
    for (const a of r.actions) w = Math.max(w, Math.min(40, a.id.length + 2));
    // Each column as wide as its header and two spaces (English headers are longer).
    const [, c1, c2, c3] = t.cols.map((c) => Math.max(c.length + 2, 10));
    lines.push(
      `  ${pad(t.cols[0]!, w)}${pad(t.cols[1]!, c1!)}${pad(t.cols[2]!, c2!)}${pad(t.cols[3]!, c3!)}${t.cols[4]}`,
    );
    const shown = [...r.actions]
      .sort((a, b) => Number(b.flagged) - Number(a.flagged))
      .slice(0, 200);
    for (const a of shown) {
      const missing = a.missing.map((m) => evidenceLabel(m, lang)).join(', ') || '—';
      lines.push(
        `  ${pad(a.id.slice(0, w - 2), w)}${pad(String(a.counts.quantitative), c1!)}${pad(String(a.counts.qualitative), c2!)}${pad(String(a.counts.observable), c3!)}${missing}${a.unsupportedImpact ? `  ⚠ ${t.impact}` : ''}`,
      );
    }
    if (r.actions.length > shown.length) lines.push(`  ${t.more(r.actions.length - shown.length)}`);
    lines.push('');
  }
  lines.push(t.figures);
  const labelWidth = Math.max(...def.summaries.map((s) => s.label[lang].length)) + 2;
  for (const s of def.summaries) {
    lines.push(
      `  ${pad(s.label[lang], labelWidth)}${formatFigure(r.figures[s.name], s.format, lang)}`,
    );
  }
  return lines.join('\n');
}

export async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw usageError('check');
  const lang = (args.options.get('lang') ?? 'fr') as Lang;
  if (lang !== 'fr' && lang !== 'en')
    throw new UsageError(`Langue inconnue « ${lang} » : fr ou en.`);
  const out = args.options.get('write');
  const precedent = args.options.get('precedent');
  if (out) checkOutput(out, args.flags.has('force'), precedent ? [file, precedent] : [file]);
  const bytes = readBytes(file);
  const name = path.basename(file);
  const refused = (e: unknown): number => {
    if (!(e instanceof UnreadableWorkbook)) throw e;
    // Only --write loads the whole workbook: a large one is still checked without it.
    const hint =
      out && e.reason === 'too-large' && /au-delà de la limite/.test(e.message)
        ? ' Sans --write, trepied check le contrôle quand même (lecture en flux).'
        : '';
    io.err(`trepied : ${e.message}${hint}`);
    return 2;
  };
  // Values are read by the one reader (streamed), with the cells outside the tables: a row typed
  // under a table that LibreOffice did not extend is reported, not silently ignored.
  let values: WorkbookRead;
  try {
    values = await readWorkbookFile(bytes, name, { loose: true });
  } catch (e) {
    return refused(e);
  }
  const result = checkWorkbook(values);
  if (!result.template) {
    io.err(`trepied : ${T[lang].unknown(name)}`);
    for (const i of result.issues) io.err(`  ${renderIssue(i, lang)}`);
    return 2;
  }
  // The report copy: the original package with the Contrôles sheet's parts added.
  let copy: Uint8Array | undefined;
  try {
    if (out) {
      refuseInMemory(bytes, name, values);
      const { reportCopy } = await import('./check-write');
      copy = await reportCopy(result, lang, name, bytes);
    }
  } catch (e) {
    return refused(e);
  }
  const previous = precedent ? await evolutionFrom(precedent, result) : undefined;
  if (args.flags.has('json'))
    io.out(
      JSON.stringify(
        {
          ...jsonReport(name, result, lang),
          ...(previous ? { evolution: jsonEvolution(previous.evolution, previous.name) } : {}),
        },
        null,
        2,
      ),
    );
  else
    io.out(
      [
        textReport(name, result, lang),
        ...(previous ? ['', ...describeEvolution(previous.evolution, previous.name, lang)] : []),
      ].join('\n'),
    );
  if (out && copy) {
    writeOutput(out, copy, args.flags.has('force'), [file]);
    (args.flags.has('json') ? io.err : io.out)(T[lang].written(out));
  }
  return result.issues.some((i) => i.severity === 'error') ? 1 : 0;
}
