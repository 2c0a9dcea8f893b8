import type { Evolution } from '../compare/compare';
import { pick } from '../i18n/lang';
import { compute } from '../indicators/compute';
import { percentUnits } from '../indicators/percent-unit';
import { programmeName } from '../plan/config';
import { oneLineWidth } from '../plan/page-setup';
import type { WorkbookPlan } from '../plan/types';
import type { Lang, TableDef, TemplateDef } from '../templates/types';
import { isBlank, type CellValue, type Row } from '../values/cell';
import { addEvolution } from './evolution';
import { fmtDate, printBook, rowsTable, Sheet } from './print-sheet';

/*
 * A bilan (seed 002: « des bilans trimestriels devront être établis par les parties prenantes et
 * transmis à l'ARS », and the bilan annuel): a print-ready sheet of one period, for the whole
 * programme or one porteur. Every figure is the TypeScript twin's (compute), on the rows of the
 * workbook as the checker reads them: the same figures as `trepied check`.
 */

import type { BilanPeriod } from './names';
export { BILAN_PERIODS, type BilanPeriod } from './names';

export interface BilanOptions {
  period: BilanPeriod;
  /** Only the actions (projects) of this porteur, and the rows that refer to them. */
  porteur?: string;
  lang?: Lang;
  now?: Date;
  /** Last year compared (the bilan annuel's `--precedent`), and its file name. */
  compared?: { evolution: Evolution; file: string };
}

export const BILAN_SHEET = 'Bilan';

const T = {
  title: { fr: 'Bilan', en: 'Report' },
  annual: { fr: 'bilan annuel', en: 'annual report' },
  quarter: { fr: 'bilan trimestriel', en: 'quarterly report' },
  porteur: { fr: 'Porteur', en: 'Lead partner' },
  whole: { fr: 'Tout le programme', en: 'Whole programme' },
  period: { fr: 'Période', en: 'Period' },
  toDate: {
    fr: 'Chiffres à la fin de la période (réalisé cumulé selon le mode de calcul de chaque indicateur).',
    en: 'Figures at the end of the period (realised to date, by each indicator’s calculation mode).',
  },
  figures: { fr: 'Chiffres clés', en: 'Key figures' },
  indicators: {
    fr: 'Indicateurs : prévu et réalisé à date',
    en: 'Indicators: planned and realised to date',
  },
  proofs: { fr: 'Triangulation des preuves', en: 'Evidence triangulation' },
  answers: { fr: 'Réalisation : réponses et raisons', en: 'Delivery: answers and reasons' },
  question: { fr: 'Question', en: 'Question' },
  answer: { fr: 'Réponse', en: 'Answer' },
  reason: { fr: 'Raison, précisions', en: 'Reason, details' },
  contribution: {
    fr: 'Freins, leviers et pistes d’amélioration',
    en: 'Barriers, levers and improvements',
  },
  instances: { fr: 'Instances tenues sur la période', en: 'Meetings held in the period' },
};

/** Columns of the bilan sheet (characters), wide enough for the longest sections. */
const WIDTHS = [12, 40, 14, 14, 13, 13, 13, 36];

/** The months a period covers: quarter k is months 3(k-1) to 3k of the programme year. */
export function periodRange(period: BilanPeriod, start: Date): { from: Date; to: Date } {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const k = period === 'annuel' ? 0 : Number(period.slice(1)) - 1;
  const months = period === 'annuel' ? 12 : 3;
  return {
    from: new Date(Date.UTC(y, m + 3 * k, 1)),
    to: new Date(Date.UTC(y, m + 3 * k + months, 0)),
  };
}

/** The first day of the period a bilan's quarters count from: the programme's, else its year's. */
function programmeStart(t: TemplateDef, tables: Record<string, Row[]>, now: Date): Date {
  const p = t.period;
  const v = p ? tables[p.table]?.find((r) => r['field'] === p.start)?.['value'] : undefined;
  if (v instanceof Date) return v;
  const y = t.year;
  const year = y ? tables[y.table]?.find((r) => r['field'] === y.field)?.['value'] : undefined;
  const n = typeof year === 'string' ? Number(year.trim()) : year;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1900 && n <= 9999)
    return new Date(Date.UTC(n, 0, 1));
  return new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
}

const norm = (v: CellValue | undefined) =>
  typeof v === 'string' ? v.trim().toLowerCase() : v instanceof Date ? v.toISOString() : v;

/** The table of the actions (ca) or projects (cpts): the one whose evidence is triangulated. */
function mainTable(t: TemplateDef): TableDef {
  const main = t.tables.find((d) => d.columns.some((c) => c.computed?.kind === 'triangulation'));
  if (!main) throw new Error(`Modèle ${t.id} sans table de triangulation`);
  return main;
}

/** The rows of one porteur: its actions, then every row referring to one of them. */
function forPorteur(
  t: TemplateDef,
  tables: Record<string, Row[]>,
  porteur: string,
): Record<string, Row[]> {
  const main = mainTable(t);
  const owner = main.columns.find((c) => c.kind === 'reference' && c.list === 'ListePartenaires');
  const key = main.key;
  if (!owner || !key) return tables;
  const mine = (tables[main.name] ?? []).filter((r) => norm(r[owner.id]) === norm(porteur));
  const ids = new Set(mine.map((r) => norm(r[key])));
  const refList = t.lists.find((l) => 'from' in l && l.from.table === main.name)?.name;
  const out: Record<string, Row[]> = { ...tables, [main.name]: mine };
  for (const d of t.tables) {
    if (d.name === main.name) continue;
    const ref =
      d.name === t.evidence?.table
        ? t.evidence.key
        : d.columns.find((c) => c.kind === 'reference' && c.list === refList)?.id;
    if (ref) out[d.name] = (tables[d.name] ?? []).filter((r) => ids.has(norm(r[ref])));
  }
  return out;
}

/** Indicator rows as at the end of the period: quarters after it left out of the realised. */
function toDate(
  t: TemplateDef,
  tables: Record<string, Row[]>,
  period: BilanPeriod,
): Record<string, Row[]> {
  if (period === 'annuel') return tables;
  const k = Number(period.slice(1));
  const out = { ...tables };
  for (const d of t.tables) {
    for (const c of d.columns) {
      if (c.computed?.kind !== 'realised') continue;
      const later = c.computed.quarters.slice(k);
      out[d.name] = (tables[d.name] ?? []).map((r) => {
        const copy = { ...r };
        for (const q of later) copy[q] = null;
        return copy;
      });
    }
  }
  return out;
}

/** WIDTHS, column B widened until every key figure's label fits in A and B on one line. */
function widthsFor(t: TemplateDef, lang: Lang): number[] {
  const label = Math.max(...t.summaries.map((s) => oneLineWidth(pick(lang, s.label))));
  return WIDTHS.map((w, c) => (c === 1 ? Math.max(w, label - WIDTHS[0]!) : w));
}

/**
 * The bilan of a workbook's tables (entered values by column id, as the checker reads them).
 * @example buildBilan(ca, tables, { period: 'T2' }).sheets[0].name // "Bilan"
 */
export function buildBilan(
  t: TemplateDef,
  input: Record<string, Row[]>,
  options: BilanOptions,
): WorkbookPlan {
  const lang = options.lang ?? 'fr';
  const now = options.now ?? new Date();
  const scoped = options.porteur ? forPorteur(t, input, options.porteur) : input;
  const computed = compute(t, toDate(t, scoped, options.period));
  const tables = computed.tables;
  const name = programmeName(t, input) ?? pick(lang, t.title);
  const start = programmeStart(t, input, now);
  const range = periodRange(options.period, start);
  const s = new Sheet(widthsFor(t, lang));

  const kind =
    options.period === 'annuel'
      ? pick(lang, T.annual)
      : `${pick(lang, T.quarter)} ${options.period}`;
  s.put(
    0,
    `${pick(lang, T.title)} ${options.period === 'annuel' ? '' : `${options.period} `}— ${name}`.replace(
      '  ',
      ' ',
    ),
    {
      bold: true,
      size: 14,
    },
  );
  s.row++;
  s.put(0, `${pick(lang, T.porteur)} : ${options.porteur ?? pick(lang, T.whole)} · ${kind}`, {
    italic: true,
  });
  s.row++;
  s.put(0, pick(lang, T.period), { bold: true });
  s.put(1, `${fmtDate(range.from)} – ${fmtDate(range.to)}`);
  s.madeOn(now, lang);
  s.row++;
  s.put(0, pick(lang, T.toDate), { italic: true, color: 'FF595959' });
  s.row++;

  // Key figures: every summary cell, as the workbook's Synthèse computes it.
  s.section(pick(lang, T.figures));
  let heading = '';
  for (const sum of t.summaries) {
    const h = pick(lang, sum.section);
    if (h !== heading) {
      s.put(0, h, { bold: true, italic: true });
      s.row++;
      heading = h;
    }
    s.figure(pick(lang, sum.label), computed.figures[sum.name], sum.format);
  }

  if (options.compared) addEvolution(s, options.compared.evolution, options.compared.file, lang);

  // Indicators, planned and realised to date.
  const indDef = t.tables.find((d) => d.columns.some((c) => c.computed?.kind === 'realised'));
  if (indDef) {
    s.section(pick(lang, T.indicators));
    const ids = ['action', 'name', 'type', 'unit', 'target', 'realised', 'rate', 'status'];
    rowsTable(
      s,
      indDef,
      (tables[indDef.name] ?? []).filter((r) => !isBlank(r['name'])),
      ids,
      lang,
      percentUnits(t, indDef.name),
    );
  }

  // Triangulation of each action's (project's) evidence.
  const main = mainTable(t);
  const keyId = main.key ?? main.columns[0]!.id;
  const mainRows = (tables[main.name] ?? []).filter((r) => !isBlank(r[keyId]));
  s.section(pick(lang, T.proofs));
  const title = main.columns.find((c) => c.id === 'title' || c.id === 'name')?.id;
  rowsTable(
    s,
    main,
    mainRows,
    [
      keyId,
      ...(title ? [title] : []),
      'proofsQuant',
      'proofsQual',
      'proofsObs',
      'triangulation',
      'missingProofs',
    ],
    lang,
  );

  // OUI / NON / En partie answers, each with the reason typed beside it.
  const pairs = main.columns.flatMap((c, j) => {
    const next = main.columns[j + 1];
    return c.kind === 'choice' && /^Oui/i.test(c.list ?? '') && next?.kind === 'longtext'
      ? [{ q: c, why: next }]
      : [];
  });
  if (pairs.length > 0) {
    s.section(pick(lang, T.answers));
    s.header([
      main.columns.find((c) => c.id === keyId)!.header,
      pick(lang, T.question),
      pick(lang, T.answer),
      '',
      '',
      '',
      '',
      pick(lang, T.reason),
    ]);
    for (const r of mainRows) {
      for (const { q, why } of pairs) {
        if (isBlank(r[q.id]) && isBlank(r[why.id])) continue;
        s.put(0, r[keyId] ?? null);
        s.put(1, q.header, { wrap: true });
        s.put(
          2,
          r[q.id] ?? null,
          /^(NON|Non)$/.test(String(r[q.id])) ? { bold: true, color: 'FF9C0006' } : {},
        );
        s.put(7, r[why.id] ?? null, { wrap: true });
        s.row++;
      }
    }
  }

  // Barriers, levers and improvements (the Contribution sheet).
  const contrib = t.tables.find((d) =>
    ['barriers', 'levers', 'improvements'].every((id) => d.columns.some((c) => c.id === id)),
  );
  if (contrib) {
    s.section(pick(lang, T.contribution));
    const rows = (tables[contrib.name] ?? []).filter((r) =>
      ['barriers', 'levers', 'improvements'].some((id) => !isBlank(r[id])),
    );
    rowsTable(
      s,
      contrib,
      rows,
      [contrib.columns[0]!.id, 'barriers', 'levers', 'improvements'],
      lang,
    );
  }

  // Meetings held in the period.
  const inst = t.tables.find((d) => d.name === 'Instances');
  if (inst) {
    s.section(pick(lang, T.instances));
    const rows = (input[inst.name] ?? []).filter(
      (r) => r['date'] instanceof Date && r['date'] >= range.from && r['date'] <= range.to,
    );
    rowsTable(
      s,
      inst,
      rows,
      inst.columns.map((c) => c.id),
      lang,
    );
  }

  const sheet = s.plan(BILAN_SHEET, { lang, title: name }, 'landscape');
  return printBook(t, lang, now, [sheet]);
}
