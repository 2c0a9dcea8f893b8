import { columnLetter } from '../formula/refs';
import { pick } from '../i18n/lang';
import type { CellPlan, SheetPlan, WorkbookPlan } from '../plan/types';
import type { Lang, Text } from '../templates/types';
import { OTHERS } from './names';
import type { OtherReason, OtherValue } from './types';

const REASONS: Record<Exclude<OtherReason, 'carried'>, Text> = {
  'unknown-column': { fr: 'colonne inconnue du modèle', en: 'column unknown to the template' },
  'removed-column': {
    fr: 'colonne retirée par une version plus récente du modèle',
    en: 'column removed by a newer template version',
  },
  'computed-typed': {
    fr: 'valeur tapée à la place de la formule d’une colonne calculée (la formule est rétablie)',
    en: 'value typed over the formula of a computed column (the formula is restored)',
  },
  'unknown-table': { fr: 'tableau inconnu du modèle', en: 'table unknown to the template' },
  'unknown-sheet': { fr: 'feuille inconnue du modèle', en: 'sheet unknown to the template' },
  'outside-table': {
    fr: 'cellule hors des tableaux du modèle',
    en: 'cell outside the template’s tables',
  },
  link: {
    fr: 'lien hypertexte d’une valeur qui n’est pas du texte (la valeur est restée dans sa cellule)',
    en: 'hyperlink of a value that is not text (the value stayed in its cell)',
  },
  conflict: {
    fr: 'autre valeur du même champ dans un autre classeur ; valeur retenue',
    en: 'another value of the same field in another workbook; value kept',
  },
};

const DETAIL: Text = { fr: 'dans la cellule', en: 'in the cell' };

/** The Remarque of a carried value, in the workbook's language. */
export function otherNote(o: OtherValue, lang: Lang): string {
  if (o.reason === 'carried') return o.detail ?? '';
  const reason = pick(lang, REASONS[o.reason]);
  if (o.detail === undefined || o.reason === 'link') return reason;
  if (o.reason === 'conflict') return `${reason} : ${o.detail}`;
  return `${reason} (${pick(lang, DETAIL)} : ${o.detail})`;
}

const WIDTHS = [26, 22, 18, 16, 9, 16, 26, 32, 70];

/**
 * The Autres données sheet: one row per value the template has no place for, with where it
 * came from (file, partner, sheet, table, cell, the row's first value, header) and why.
 */
export function othersSheet(others: OtherValue[], lang: Lang): SheetPlan {
  const h = OTHERS.headers;
  const headers = [h.file, h.partner, h.sheet, h.table, h.cell, h.row, h.header, h.value, h.note];
  const text = (x: string) => (x === '' ? null : x);
  const rows = others.map((o) => [
    text(o.file),
    text(o.partner),
    text(o.sheet),
    text(o.table),
    text(o.cell),
    o.row,
    text(o.header),
    o.value,
    text(otherNote(o, lang)),
  ]);
  const cells: CellPlan[] = [];
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v instanceof Date) cells.push({ ref: `${columnLetter(j)}${i + 2}`, numFmt: 'date' });
    }),
  );
  return {
    name: OTHERS.sheet,
    state: 'visible',
    protect: false,
    frozen: { rows: 1, columns: 0 },
    widths: WIDTHS,
    cells,
    table: {
      name: OTHERS.table,
      origin: 'A1',
      style: 'TableStyleLight9',
      columns: headers.map((header, j) => ({
        header,
        locked: false,
        ...(j === 8 ? { wrap: true } : {}),
      })),
      rows,
    },
    validations: [],
    conditionalFormats: [],
  };
}

/** The plan with an Autres données sheet before `_meta`, when there is anything to carry. */
export function withOthers(plan: WorkbookPlan, others: OtherValue[]): WorkbookPlan {
  if (others.length === 0) return plan;
  const sheets = [...plan.sheets];
  const meta = sheets.findIndex((s) => s.state === 'veryHidden');
  sheets.splice(meta < 0 ? sheets.length : meta, 0, othersSheet(others, plan.lang));
  return { ...plan, sheets };
}
