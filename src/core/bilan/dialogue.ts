import type { Issue } from '../checks/issue';
import { pick } from '../i18n/lang';
import { renderIssue } from '../i18n/render';
import { compute } from '../indicators/compute';
import { programmeName } from '../plan/config';
import type { NumberFormat, SheetPlan, WorkbookPlan } from '../plan/types';
import { serialToDate } from '../read/parse-date';
import { ACI_ADVANCE_SHARE } from '../templates/cpts-aci';
import { DIRECTION } from '../templates/shared';
import type { Lang, TableDef, TemplateDef } from '../templates/types';
import {
  criterionMatches,
  isBlank,
  isNumber,
  matchKey,
  type CellValue,
  type Row,
} from '../values/cell';
import { contractYear } from '../values/anniversary';
import { uncountedSection } from './dialogue-uncounted';
import { fmtDate, printBook, rowsTable, Sheet } from './print-sheet';

/*
 * The « Dialogue de gestion » of a CPTS (issue 15; docs/aci.md): one print-ready page per ACI
 * mission with its funding, the payments expected by date, the contract indicators and their
 * proofs, and the expenses committed. Every figure is the TypeScript twin's (compute) on the
 * rows as the checker reads them: the same figures as the workbook and `trepied check`.
 */

export interface DialogueOptions {
  /** Only this mission (case ignored); every mission with figures otherwise. */
  mission?: string;
  lang?: Lang;
  now?: Date;
  /** The workbook's issues (`trepied check`): a mission's `aci` warnings close its page. */
  issues?: Issue[];
}

const T = {
  title: { fr: 'Dialogue de gestion', en: 'Management dialogue' },
  year: { fr: 'Année contractuelle', en: 'Contract year' },
  undated: {
    fr: 'non datée (« Année contractuelle (début) », feuille CPTS)',
    en: 'undated (“Année contractuelle (début)”, sheet CPTS)',
  },
  funding: { fr: 'Financement de la mission', en: 'Funding of the mission' },
  payments: { fr: 'Versements', en: 'Payments' },
  due: { fr: 'Échéance', en: 'Due on' },
  expected: { fr: 'Attendu', en: 'Expected' },
  paid: { fr: 'Versé', en: 'Paid' },
  advance: {
    fr: `Avance (${ACI_ADVANCE_SHARE * 100} % de la part fixe), à la date anniversaire`,
    en: `Advance (${ACI_ADVANCE_SHARE * 100} % of the fixed part), on the anniversary`,
  },
  previous: {
    fr: "Solde de l'année précédente, à la date anniversaire",
    en: "Last year's balance, on the anniversary",
  },
  balance: {
    fr: 'Solde et part variable, après le dialogue de gestion',
    en: 'Balance and variable part, after the dialogue',
  },
  remaining: { fr: 'Reste à verser', en: 'Remaining' },
  onAnniversary: { fr: 'Total à la date anniversaire', en: 'Total on the anniversary' },
  indicators: { fr: 'Indicateurs du contrat', en: 'Contract indicators' },
  proofs: { fr: 'Preuves des indicateurs', en: 'Evidence of the indicators' },
  spending: { fr: 'Dépenses engagées', en: 'Expenses committed' },
  none: { fr: 'Aucun indicateur pour cette mission.', en: 'No indicator for this mission.' },
  rules: {
    fr: 'Paliers et baisses souhaitées du contrat',
    en: 'Contract levels and decreases',
  },
  warnings: {
    fr: 'Points à vérifier (trepied check, règle aci)',
    en: 'To check (trepied check, rule aci)',
  },
};

/** The ACI columns read on the page, in order, with the figure's format. */
const FUNDING = ['fixed', 'variableMax', 'missionRate', 'variableDue', 'totalDue'];
const AFTER = ['remaining', 'excess', 'prevExcess'];
const CONSUMPTION = ['spent', 'consumption', 'unspent'];

const sameText = (a: CellValue | undefined, b: string) =>
  typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** A due date of the ACI sheet (its « Échéance » columns, EDATE of the contract's start). */
const dueDate = (v: CellValue | undefined): Date | undefined =>
  typeof v === 'number' ? serialToDate(v) : undefined;

/** The missions a dialogue can be held on: ACI rows with an amount, an indicator or a spending. */
export function dialogueMissions(tables: Record<string, Row[]>): string[] {
  const used = new Set<string>();
  for (const name of ['IndicateursACI', 'DepensesACI'])
    for (const r of tables[name] ?? [])
      if (typeof r['mission'] === 'string') used.add(r['mission'].trim().toLowerCase());
  return (tables['ACI'] ?? []).flatMap((r) => {
    const m = r['mission'];
    if (typeof m !== 'string' || m.trim() === '') return [];
    const amounts = ['fixed', 'variableMax'].some((id) => typeof r[id] === 'number');
    return amounts || used.has(m.trim().toLowerCase()) ? [m.trim()] : [];
  });
}

/** A sheet name Excel accepts: 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(mission: string, taken: Set<string>): string {
  const base =
    mission
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Mission';
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++)
    name = `${base.slice(0, 31 - String(k).length - 1)} ${k}`;
  taken.add(name.toLowerCase());
  return name;
}

function table(t: TemplateDef, name: string): TableDef {
  const d = t.tables.find((x) => x.name === name);
  if (!d) throw new Error(`Modèle ${t.id} sans table ${name}`);
  return d;
}

/**
 * The levels (Paliers ACI) of the mission's indicators and its decreases with their starting
 * value: what the attainment shown above is computed from. Nothing when there is neither.
 */
function contractRules(
  s: Sheet,
  t: TemplateDef,
  tables: Record<string, Row[]>,
  indicators: Row[],
  lang: Lang,
): void {
  const ind = table(t, 'IndicateursACI');
  const lv = table(t, 'PaliersACI');
  const head = (d: TableDef, id: string) => d.columns.find((c) => c.id === id)?.header ?? id;
  const keys = indicators.map((r) => matchKey(r['id']));
  const down = indicators.filter((r) => criterionMatches(r['direction'], DIRECTION.down));
  const downKeys = down.map((r) => matchKey(r['id']));
  // By indicator (the mission's order), then easiest first: the lowest threshold for an
  // increase, the highest for a decrease; a threshold that is no number last, as typed.
  const rank = (r: Row) => keys.indexOf(matchKey(r['indicator']));
  const levels = (tables['PaliersACI'] ?? [])
    .filter((r) => {
      const k = matchKey(r['indicator']);
      return k !== undefined && !isBlank(r['indicator'] ?? null) && keys.includes(k);
    })
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      if (rank(a.r) !== rank(b.r)) return rank(a.r) - rank(b.r);
      const [x, y] = [a.r['threshold'], b.r['threshold']];
      if (!isNumber(x) || !isNumber(y)) return isNumber(x) ? -1 : isNumber(y) ? 1 : a.i - b.i;
      const sign = downKeys.includes(matchKey(a.r['indicator'])) ? -1 : 1;
      return x === y ? a.i - b.i : sign * (x - y);
    })
    .map(({ r }) => r);
  if (levels.length === 0 && down.length === 0) return;
  s.section(pick(lang, T.rules));
  const line = (cells: CellValue[], formats: (NumberFormat | undefined)[]) => {
    cells.forEach((v, j) => {
      const numFmt = formats[j];
      s.put(j + 1, v === '' ? null : v, {
        ...(numFmt && isNumber(v) ? { numFmt } : {}),
        wrap: true,
      });
    });
    s.row++;
  };
  if (levels.length > 0) {
    s.header(['', head(lv, 'indicator'), head(lv, 'threshold'), head(lv, 'granted')]);
    for (const r of levels)
      line(
        [r['indicator'] ?? null, r['threshold'] ?? null, r['granted'] ?? null],
        [undefined, 'number', 'percent'],
      );
  }
  if (down.length > 0) {
    s.header([
      '',
      head(ind, 'id'),
      head(ind, 'direction'),
      head(ind, 'baseline'),
      head(ind, 'target'),
    ]);
    for (const r of down)
      line(
        [r['id'] ?? null, r['direction'] ?? null, r['baseline'] ?? null, r['target'] ?? null],
        [undefined, undefined, 'number', 'number'],
      );
  }
}

/**
 * The `aci` warnings of a mission: those naming it, or one of its indicators (a level, a target),
 * in the checker's order.
 */
/** Characters on a line of the page (its eight columns, 149 widths). */
const WARNING_LINE = 140;

/** A text cut at spaces into lines of at most `width` characters, continuations indented. */
function lines(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = `    ${word}`;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

function missionWarnings(issues: Issue[], mission: string, indicators: Row[]): Issue[] {
  const names = indicators.map((r) => String(r['id']).trim().toLowerCase());
  return issues.filter((i) => {
    if (i.rule !== 'aci' || i.severity !== 'warning') return false;
    const p = i.params as { mission?: string; indicator?: string };
    if (p.mission !== undefined) return sameText(p.mission, mission);
    return p.indicator !== undefined && names.includes(p.indicator.trim().toLowerCase());
  });
}

function missionPage(
  t: TemplateDef,
  tables: Record<string, Row[]>,
  aciRow: Row,
  ctx: { name: string; now: Date; lang: Lang; sheet: string; issues: Issue[] },
): SheetPlan {
  const { lang } = ctx;
  const start = dueDate(aciRow['advanceDate']);
  const next = dueDate(aciRow['balanceDate']);
  const mission = String(aciRow['mission']).trim();
  // The workbook's own matching (SUMIFS: case ignored, spaces not): a row it leaves out is
  // listed apart (uncountedSection), never under the mission.
  const mine = (name: string) =>
    (tables[name] ?? []).filter((r) => criterionMatches(r['mission'], aciRow['mission'] ?? null));
  const aci = table(t, 'ACI');
  const header = (id: string) => aci.columns.find((c) => c.id === id)?.header ?? id;
  const format = (id: string): NumberFormat =>
    aci.columns.find((c) => c.id === id)?.kind === 'percent' ? 'percent' : 'money';
  const s = new Sheet([12, 40, 14, 14, 13, 13, 13, 30]);
  const figure = (id: string) => {
    s.figure(header(id), aciRow[id], format(id));
  };

  s.put(0, `${pick(lang, T.title)} — ${mission}`, { bold: true, size: 14 });
  s.row++;
  s.put(0, ctx.name, { italic: true });
  s.row++;
  // The year ends the day before the next anniversary (29/02/2024 – 27/02/2025; docs/aci.md).
  const span = start
    ? `${fmtDate(start)} – ${fmtDate(contractYear(start).last)}`
    : pick(lang, T.undated);
  s.put(0, `${pick(lang, T.year)} : ${span}`, { bold: true });
  s.madeOn(ctx.now, lang);
  s.row++;

  s.section(pick(lang, T.funding));
  for (const id of FUNDING) figure(id);

  s.section(pick(lang, T.payments));
  s.header([
    '',
    '',
    pick(lang, T.due),
    pick(lang, T.expected),
    pick(lang, T.paid),
    pick(lang, T.remaining),
    '',
    '',
  ]);
  const amount = (v: CellValue | undefined) => (typeof v === 'number' ? v : null);
  /** A line of the schedule: its amounts by column (expected, paid, remaining). */
  const line = (label: string, due: Date | undefined, amounts: (number | null)[], bold = false) => {
    s.put(0, label, { wrap: false, ...(bold ? { bold } : {}) });
    s.put(2, due ?? null, due ? { numFmt: 'date' } : {});
    amounts.forEach((v, k) => s.put(3 + k, v, { numFmt: 'money', ...(bold ? { bold } : {}) }));
    s.row++;
  };
  const ids = (...xs: string[]) => xs.map((id) => amount(aciRow[id]));
  /** The column sums of some lines, blank where none has a number (as the workbook's SUM). */
  const total = (...lines: (number | null)[][]) =>
    [0, 1, 2].map((k) =>
      lines.some((l) => l[k] !== null) ? lines.reduce((a, l) => a + (l[k] ?? 0), 0) : null,
    );
  // At this year's anniversary the advance and last year's balance; at the next, the balance.
  const advance = ids('advanceDue', 'advance', 'advanceRemaining');
  const previous = ids('prevDue', 'prevPaid', 'prevRemaining');
  const balance = ids('balanceDue', 'paid', 'balanceRemaining');
  line(pick(lang, T.advance), start, advance);
  line(pick(lang, T.previous), start, previous);
  line(pick(lang, T.onAnniversary), start, total(advance, previous), true);
  line(pick(lang, T.balance), next, balance);
  for (const id of AFTER) figure(id);

  s.section(pick(lang, T.indicators));
  const indicators = mine('IndicateursACI').filter((r) => !isBlank(r['id'] ?? null));
  const ind = table(t, 'IndicateursACI');
  if (indicators.length === 0) {
    s.put(0, pick(lang, T.none), { italic: true, color: 'FF595959' });
    s.row++;
  } else {
    rowsTable(
      s,
      ind,
      indicators,
      ['kind', 'id', 'weight', 'target', 'achieved', 'rate', 'weighted', 'source'],
      lang,
    );
    contractRules(s, t, tables, indicators, lang);
    s.section(pick(lang, T.proofs));
    rowsTable(
      s,
      ind,
      indicators,
      ['kind', 'id', 'proofsQuant', 'proofsQual', 'proofsObs', 'declarative'],
      lang,
    );
  }

  s.section(pick(lang, T.spending));
  rowsTable(s, table(t, 'DepensesACI'), mine('DepensesACI'), ['date', 'label', 'amount'], lang);
  for (const id of CONSUMPTION) figure(id);
  uncountedSection(s, tables, aciRow['mission'], lang);

  const warnings = missionWarnings(ctx.issues, mission, indicators);
  if (warnings.length > 0) {
    s.section(pick(lang, T.warnings));
    // Unwrapped lines spilling over the empty cells to their right: the page's whole width.
    for (const w of warnings)
      for (const text of lines(renderIssue(w, lang), WARNING_LINE)) {
        s.put(0, text, { wrap: false });
        s.row++;
      }
  }

  const title = `${ctx.name} — ${mission}`;
  return s.plan(ctx.sheet, { lang, title, onePage: true }, 'portrait');
}

/**
 * The dialogue de gestion of a cpts workbook's tables (entered values by column id, as the
 * checker reads them): one sheet, one printed page, per mission.
 * @example buildDialogue(cpts, tables, { mission: 'Prévention' }).sheets[0].name // "Prévention"
 */
export function buildDialogue(
  t: TemplateDef,
  input: Record<string, Row[]>,
  options: DialogueOptions = {},
): WorkbookPlan {
  const lang = options.lang ?? 'fr';
  const now = options.now ?? new Date();
  const tables = compute(t, input).tables;
  const missions = dialogueMissions(input);
  const wanted = options.mission
    ? missions.filter((m) => sameText(m, options.mission as string))
    : missions;
  const name = programmeName(t, input) ?? pick(lang, t.title);
  const taken = new Set<string>();
  const sheets = wanted.map((m) => {
    const row = (tables['ACI'] ?? []).find((r) => sameText(r['mission'], m)) as Row;
    return missionPage(t, tables, row, {
      name,
      now,
      lang,
      sheet: sheetName(m, taken),
      issues: options.issues ?? [],
    });
  });
  return printBook(t, lang, now, sheets);
}
