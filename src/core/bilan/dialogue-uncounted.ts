import { pick } from '../i18n/lang';
import { choiceDifference, type ChoiceDifference } from '../read/choice-difference';
import { looseText } from '../read/normalise';
import { ACI_SHEETS } from '../templates/cpts-aci';
import type { Lang } from '../templates/types';
import { criterionMatches, type CellValue, type Row } from '../values/cell';
import type { Sheet } from './print-sheet';

const T = {
  title: {
    fr: 'Lignes non comptées dans la mission (nom de mission mal saisi)',
    en: 'Rows not counted in the mission (mission name mistyped)',
  },
  why: {
    spaces: {
      fr: 'espaces en trop autour du nom : comptée dans aucune mission',
      en: 'extra spaces around the name: counted in no mission',
    },
    apostrophe: {
      fr: 'apostrophe autre que celle de la liste : comptée dans aucune mission',
      en: "apostrophe other than the list's: counted in no mission",
    },
    accents: {
      fr: 'accents autres que ceux de la liste : comptée dans aucune mission',
      en: 'accents other than the list: counted in no mission',
    },
  } satisfies Record<Exclude<ChoiceDifference, 'case'>, { fr: string; en: string }>,
};

/**
 * The rows of Indicateurs ACI and Dépenses ACI whose mission looks like this one but that the
 * workbook's formulas leave out (SUMIFS ignores case only): « Prévention » typed with a trailing
 * space is in neither the mission's rate nor its spending, so the page lists it apart, with why.
 */
export function uncountedRows(
  tables: Record<string, Row[]>,
  mission: CellValue | undefined,
): { sheet: string; label: CellValue; amount: CellValue; difference: ChoiceDifference }[] {
  if (typeof mission !== 'string') return [];
  const key = looseText(mission);
  const from = [
    { name: 'IndicateursACI', sheet: ACI_SHEETS.indicateurs, label: 'id', amount: null },
    { name: 'DepensesACI', sheet: ACI_SHEETS.depenses, label: 'label', amount: 'amount' },
  ];
  return from.flatMap((f) =>
    (tables[f.name] ?? []).flatMap((row) => {
      const m = row['mission'];
      if (typeof m !== 'string' || criterionMatches(m, mission) || looseText(m) !== key) return [];
      const label = row[f.label] ?? null;
      const amount = f.amount ? (row[f.amount] ?? null) : null;
      return [{ sheet: f.sheet, label, amount, difference: choiceDifference(m, mission) }];
    }),
  );
}

/** The section of the rows left out of the mission, after its spending; nothing when none. */
export function uncountedSection(
  s: Sheet,
  tables: Record<string, Row[]>,
  mission: CellValue | undefined,
  lang: Lang,
): void {
  const rows = uncountedRows(tables, mission);
  if (rows.length === 0) return;
  s.section(pick(lang, T.title));
  for (const r of rows) {
    s.put(0, r.sheet, { wrap: true });
    s.put(1, r.label, { wrap: true });
    s.put(2, typeof r.amount === 'number' ? r.amount : null, { numFmt: 'money' });
    const why = r.difference === 'case' ? undefined : T.why[r.difference];
    s.put(3, why ? pick(lang, why) : null, { wrap: false, italic: true });
    s.row++;
  }
}
