import { formatFigure, formatIndicatorValue } from '../i18n/format';
import type { Lang, SummaryDef } from '../templates/types';
import type { Change, Evolution } from './compare';

const T = {
  fr: {
    title: (f: string) => `Évolution depuis l'an dernier (« ${f} »)`,
    head: ['Chiffres clés', 'An dernier', 'Cette année', 'Évolution'],
    indicators: 'Indicateurs (réalisé, puis taux d’atteinte ; par N° action et intitulé)',
    gone: 'plus suivi cette année',
    added: 'nouveau cette année',
    points: 'pt',
    sep: ' : ',
    none: 'Aucun indicateur à comparer.',
  },
  en: {
    title: (f: string) => `Change since last year (“${f}”)`,
    head: ['Key figures', 'Last year', 'This year', 'Change'],
    indicators: 'Indicators (realised, then attainment; by action and name)',
    gone: 'no longer followed',
    added: 'new this year',
    points: 'pt',
    sep: ': ',
    none: 'No indicator to compare.',
  },
};

/** A change signed as a person reads it: « +2 », « −1 250,00 € », rates in points « +5,0 pt ». */
export function formatChange(c: number | null, format: SummaryDef['format'], lang: Lang): string {
  if (c === null) return '—';
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const n = (x: number, digits: number) =>
    new Intl.NumberFormat(locale, {
      signDisplay: 'exceptZero',
      minimumFractionDigits: format === 'percent' ? 1 : 0,
      maximumFractionDigits: digits,
    }).format(x);
  if (format === 'percent') return `${n(c * 100, 1)} ${T[lang].points}`;
  if (format === 'money') return `${n(c, 2)} €`;
  return n(c, format === 'integer' ? 0 : 2);
}

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

/** N-1 → N (change), values shown by `show`, the change by `format` (points for rates). */
function pair(
  c: Change,
  format: SummaryDef['format'],
  lang: Lang,
  show = (v: number | null) => formatFigure(v ?? '', format, lang),
): string {
  return `${show(c.previous)} → ${show(c.current)}${c.change !== null ? ` (${formatChange(c.change, format, lang)})` : ''}`;
}

/** An indicator's realised N-1 → N: « 40 % → 50 % (+10,0 pt) » when its unit is Pourcentage. */
const realisedPair = (c: Change, percent: boolean, lang: Lang) =>
  percent
    ? pair(c, 'percent', lang, (v) => formatIndicatorValue(v, true, lang))
    : pair(c, 'number', lang);

/** The evolution as text lines (`trepied check --precedent`). */
export function describeEvolution(e: Evolution, previousFile: string, lang: Lang = 'fr'): string[] {
  const t = T[lang];
  const lines = [t.title(previousFile)];
  const w = Math.max(t.head[0]!.length, ...e.figures.map((f) => f.label[lang].length)) + 2;
  lines.push(`  ${pad(t.head[0]!, w)}${pad(t.head[1]!, 14)}${pad(t.head[2]!, 14)}${t.head[3]}`);
  for (const f of e.figures) {
    const v = (x: number | null) => formatFigure(x ?? '', f.format, lang);
    lines.push(
      `  ${pad(f.label[lang], w)}${pad(v(f.previous), 14)}${pad(v(f.current), 14)}${formatChange(f.change, f.format, lang)}`,
    );
  }
  lines.push('', t.indicators);
  if (e.indicators.length === 0) lines.push(`  ${t.none}`);
  for (const i of e.indicators) {
    const name = `${i.key} · ${i.indicator}`;
    if (i.in === 'both')
      lines.push(
        `  ${name}${t.sep}${realisedPair(i.realised, i.percent, lang)} ; ${pair(i.rate, 'percent', lang)}`,
      );
    else {
      const c = i.in === 'current' ? i.realised.current : i.realised.previous;
      lines.push(
        `  ${name}${t.sep}${i.in === 'current' ? t.added : t.gone} (${formatIndicatorValue(c, i.percent, lang)})`,
      );
    }
  }
  return lines;
}
