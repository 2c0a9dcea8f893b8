import type { Evolution } from '../compare/compare';
import { formatChange } from '../compare/describe';
import { pick } from '../i18n/lang';
import { percentFormatOf } from '../plan/percent-formats';
import type { CellPlan } from '../plan/types';
import type { Lang } from '../templates/types';
import type { CellValue } from '../values/cell';

/** What the bilan's sheet builder offers (build.ts's Sheet). */
export interface BilanSheet {
  row: number;
  put(col: number, value: CellValue, style?: Partial<CellPlan>): void;
  section(title: string): void;
  header(labels: string[]): void;
}

const T = {
  title: { fr: 'Évolution depuis l’année précédente', en: 'Change since the previous year' },
  from: {
    fr: (f: string) => `Comparé au classeur « ${f} » (mêmes calculs, même modèle).`,
    en: (f: string) => `Compared with the workbook “${f}” (same calculations, same template).`,
  },
  figure: { fr: 'Chiffre clé', en: 'Key figure' },
  previous: { fr: 'Année précédente', en: 'Previous year' },
  current: { fr: 'Cette année', en: 'This year' },
  change: { fr: 'Évolution', en: 'Change' },
  action: { fr: 'N° action', en: 'Action' },
  indicator: { fr: 'Indicateur', en: 'Indicator' },
  realised: { fr: 'Réalisé', en: 'Realised' },
  rate: { fr: 'Taux d’atteinte', en: 'Attainment' },
  added: { fr: 'nouveau', en: 'new' },
  gone: { fr: 'plus suivi', en: 'no longer followed' },
};
const GREY = 'FF595959';

/**
 * The bilan annuel's comparison with last year (`trepied bilan --periode annuel --precedent`):
 * each key figure, then each indicator's realised value and attainment, N-1 beside N.
 */
export function addEvolution(s: BilanSheet, e: Evolution, previousFile: string, lang: Lang): void {
  s.section(pick(lang, T.title));
  s.put(0, T.from[lang](previousFile), { italic: true, color: GREY });
  s.row++;
  // Labels in A (overflowing into the wide B), figures in C, D and E.
  s.header([
    pick(lang, T.figure),
    '',
    pick(lang, T.previous),
    pick(lang, T.current),
    pick(lang, T.change),
  ]);
  for (const f of e.figures) {
    s.put(0, pick(lang, f.label));
    s.put(2, f.previous, { numFmt: f.format });
    s.put(3, f.current, { numFmt: f.format, bold: true });
    s.put(4, formatChange(f.change, f.format, lang));
    s.row++;
  }
  if (e.indicators.length === 0) return;
  s.row++;
  s.header([
    pick(lang, T.action),
    pick(lang, T.indicator),
    `${pick(lang, T.realised)} N-1`,
    `${pick(lang, T.realised)} N`,
    pick(lang, T.change),
    `${pick(lang, T.rate)} N-1`,
    `${pick(lang, T.rate)} N`,
  ]);
  for (const i of e.indicators) {
    s.put(0, i.key);
    s.put(1, i.indicator, { wrap: true });
    // A Pourcentage indicator's values as percentages, its change in points.
    const format = (v: number | null) => (i.percent && v !== null ? percentFormatOf(v) : 'number');
    s.put(2, i.realised.previous, { numFmt: format(i.realised.previous) });
    s.put(3, i.realised.current, { numFmt: format(i.realised.current), bold: true });
    s.put(
      4,
      i.in === 'both'
        ? formatChange(i.realised.change, i.percent ? 'percent' : 'number', lang)
        : pick(lang, i.in === 'current' ? T.added : T.gone),
      i.in === 'both' ? {} : { italic: true, color: GREY },
    );
    s.put(5, i.rate.previous, { numFmt: 'percent' });
    s.put(6, i.rate.current, { numFmt: 'percent', bold: true });
    s.row++;
  }
}
