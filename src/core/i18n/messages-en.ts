import { TEMPLATE_CATALOGUE, TEMPLATE_IDS } from '../templates/catalogue';
import { firstApostrophe } from '../read/normalise';
import { MISSING_LABELS } from '../templates/shared';
import type { Catalogue } from './render';

/** English. Column, sheet and list names stay those of the (French) workbook contract. */

function num(n: number): string {
  const rounded = Math.round(n * 1e4) / 1e4;
  const [int, dec] = String(Math.abs(rounded)).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${dec ? `.${dec}` : ''}`;
}
const pct = (n: number) => `${num(n * 100)}%`;
/** The ACI CPTS 2019 size classes, by population covered. */
const SIZE_RANGES_EN: Record<number, string> = {
  1: 'of under 40,000 inhabitants',
  2: 'of 40,000 to 80,000 inhabitants',
  3: 'of 80,000 to 175,000 inhabitants',
  4: 'of over 175,000 inhabitants',
};
/** An amount to the cent, as the key figures show it: “€24,991.19”. */
const eur = (n: number) => {
  const [int, dec] = Math.abs(n).toFixed(2).split('.') as [string, string];
  const sign = n < 0 && Math.round(Math.abs(n) * 100) > 0 ? '-' : '';
  return `${sign}€${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
};
const q = (s: string) => `“${s}”`;
const list = (xs: string[]) => xs.join(', ');
/** “A”, “B” and “C”. */
const and = (xs: string[]) =>
  xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? '');
/** The contract's proof kinds (MISSING_LABELS: chiffre, témoignage, livrable) in English. */
const EVIDENCE: Record<string, string> = Object.fromEntries(
  MISSING_LABELS.map((m, i) => [m, ['figure', 'testimony', 'deliverable'][i]]),
);
const evidence = (xs: string[]) => list(xs.map((x) => EVIDENCE[x] ?? x));
const PROOF_REASONS_EN = {
  undescribed: 'the proof is not described',
  unsourced: 'its source is not given',
  'output-only': 'it supports an output only (a deliverable does not show it is used)',
} as const;
const LEGAL =
  'loi n° 2000-321 of 12 April 2000, art. 10; décret n° 2001-495 of 6 June 2001, art. 1';

const CHOICE_DIFFERENCE_EN = {
  spaces: () => 'it has extra spaces (leading, trailing or doubled)',
  apostrophe: (value: string, expected: string) =>
    `its apostrophe is not the list's (${firstApostrophe(value)} instead of ${firstApostrophe(expected)})`,
  accents: (_: string, expected: string) => `its accents or punctuation differ from ${q(expected)}`,
} as const;

/** The templates Trépied knows, from the catalogue: « ca (…), cpts (…), evaluation (…) ». */
const TEMPLATE_LIST_EN = TEMPLATE_IDS.map(
  (id) => `${id} (${TEMPLATE_CATALOGUE[id].title.en})`,
).join(', ');

export const en: Catalogue = {
  severity: { error: 'Error', warning: 'Warning', info: 'Information' },
  ruleName: {
    structure: 'Workbook structure',
    'formulas-absent': 'Formulas missing',
    'formula-overwritten': 'Formula overwritten',
    'cell-error': 'Cell error',
    required: 'Required value',
    'duplicate-id': 'Duplicate identifier',
    'unknown-reference': 'Unknown reference',
    'ambiguous-id': 'Ambiguous identifier',
    spaces: 'Extra spaces',
    choice: 'Value not in list',
    'reason-required': 'Reason missing',
    'other-public': 'Other public to specify',
    number: 'Number',
    'percent-scale': 'Percentage scale',
    ratio: 'Rate',
    'partner-codes': 'Partner users to list',
    date: 'Date',
    'indicator-coverage': 'Missing indicators',
    'indicator-definition': 'Indicator definition',
    outlier: 'Outlier',
    proof: 'Proof to complete',
    triangulation: 'Evidence triangulation',
    'unsupported-impact': 'Unsupported impact',
    'objective-tree': 'Objective tree',
    subsidy: 'Subsidy',
    aci: 'ACI',
    'assessment-date': 'Assessment date',
  },
  evidence: (m) => EVIDENCE[m] ?? m,
  where: (ref, sheet) => (ref ? `${ref}: ` : sheet ? `Sheet ${q(sheet)}: ` : ''),
  rules: {
    structure: (p) => {
      switch (p.problem) {
        case 'template-unknown':
          return `template not recognised: neither the hidden _meta sheet nor the table names match a Trépied template (${TEMPLATE_LIST_EN}); check the file or create it with “trepied new”.`;
        case 'template-guessed':
          return `template ${q(p.template)} recognised from the tables present (${list(p.tables)}): ${p.meta ? `the _meta sheet names an unknown template ${q(p.meta)}` : 'the hidden _meta sheet is missing'}.`;
        case 'version':
          return `template version ${q(p.found)} is unknown (the latest known is ${p.expected}): the workbook is read as version ${p.expected}; if it comes from a newer Trépied, update Trépied.`;
        case 'upgrade-available':
          return `the workbook is at template version ${p.found}; version ${p.expected} is available: “trepied upgrade” makes an up-to-date copy, losing nothing that was typed.`;
        case 'missing-sheet':
          return `sheet ${q(p.sheet)} is missing, with the dropdown lists or summary figures it holds; restore it with “trepied upgrade”.`;
        case 'sheet-renamed':
          return `table ${q(p.table)} is on sheet ${q(p.found)} instead of ${q(p.expected)}; rename the sheet ${q(p.expected)}.`;
        case 'missing-table':
          return `table ${q(p.table)} not found (sheet ${q(p.sheet)}); its checks and figures cannot be computed: restore it or recreate the workbook.`;
        case 'table-renamed':
          return `table ${q(p.found)} should be named ${q(p.table)}; rename it (Table Design > Table Name).`;
        case 'missing-column':
          return p.suggestion === undefined
            ? `column ${q(p.column)} of table ${q(p.table)} not found; restore it.`
            : `column ${q(p.column)} of table ${q(p.table)} not found; header ${q(p.suggestion)} looks like it renamed: suggested value ${q(p.column)}.`;
        case 'header-tolerated':
          return `header ${q(p.found)} read as ${q(p.column)} (spaces or letter case); suggested value ${q(p.column)}.`;
        case 'header-version':
          return `header ${q(p.found)} is that of template version ${p.version}: it is read as ${q(p.column)}; suggested value: ${q(p.column)}.`;
        case 'extra-column':
          return `column ${q(p.column)} is not part of table ${q(p.table)}'s template: it is kept but not checked.`;
        case 'table-recovered':
          return `table ${q(p.table)} is no longer an Excel table (the program that saved the file removed the tables): it was found again by its header row and read; new rows will get neither formulas nor lists: “trepied upgrade” restores the table.`;
        case 'column-formulas-lost': {
          const many = p.tables.length > 1;
          return `the workbook was saved by LibreOffice (or another spreadsheet program), which removed from ${many ? 'tables' : 'table'} ${and(p.tables.map(q))} the formulas a table copies by itself into each new row. The rows already there keep their formulas and their figures stay right; but a row added at the bottom of ${many ? 'these tables' : 'this table'} will stay empty in the grey (computed) columns. To restore them, run the workbook through “trepied upgrade”: it writes an up-to-date copy, losing nothing that was typed.`;
        }
        case 'meta-visible':
          return `the technical _meta sheet, which tells Trépied the workbook's template and version, ${p.state === 'hidden' ? 'can now be shown (right-click a sheet tab › Unhide)' : 'now shows among the sheet tabs'}, as after a save by LibreOffice or another spreadsheet program. No harm done: nothing is lost and the workbook is read as usual. Leave it as it is; “trepied upgrade” hides it again.`;
        case 'figures-not-computable':
          return `figures that cannot be computed without table ${q(p.table)}: ${list(p.figures)} (shown as “—”, not 0).`;
        case 'outside-table': {
          const one = p.count === 1;
          const cells = `${list(p.cells)}${p.count > p.cells.length ? '…' : ''}`;
          const lastRow = p.range.replace(/^.*:[A-Z]+/, '');
          const them = one ? 'this value' : 'these values';
          const what =
            `${p.count} filled ${one ? 'cell' : 'cells'} (${cells}) ${one ? 'is' : 'are'} ` +
            `${p.side === 'below' ? 'below' : 'to the right of'} the table of sheet ${q(p.sheet)} (${p.tableRange}) ` +
            `but not part of it: Trépied does not read ${one ? 'it' : 'them'} and ${one ? 'it counts' : 'they count'} in no figure`;
          return p.side === 'below'
            ? `${what} (LibreOffice and most spreadsheet programs do not extend a table when you type below its last row). Resize the table down to row ${lastRow} (Excel: Table Design › Resize Table), or insert a row in the table (right-click its last row › Insert) and move ${them} into it.`
            : `${what}. Move ${them} into the right column of the table, or extend the table to the right to keep ${one ? 'it' : 'them'} (the added column is kept but not checked).`;
        }
      }
    },
    'formula-overwritten': (p) =>
      `the formula of computed column ${q(p.column)} was replaced by a value; copy the formula from another row of table ${q(p.table)}.`,
    'formulas-absent': (p) =>
      `table ${q(p.table)} holds no formula: its computed columns (${list(p.columns)}) will not update; regenerate the workbook with Trépied.`,
    'cell-error': (p) =>
      `the cell in column ${q(p.column)} shows the error ${p.value}; fix the formula or the value it depends on.`,
    spaces: (p, fix) =>
      `${q(p.value)} has leading or trailing spaces (column ${q(p.column)}): formulas do not match it; suggested value ${q(String(fix?.value ?? p.value.trim()))}.`,
    required: (p) => `column ${q(p.column)} is required; fill it in.`,
    'duplicate-id': (p) =>
      `${q(p.value)} already appears in ${p.first} (column ${q(p.column)}); identifiers must be unique: renumber one of the rows.`,
    'ambiguous-id': (p, fix) => {
      switch (p.problem) {
        case 'number-text':
          return p.typed === 'text'
            ? `${q(p.value)} is typed as text (column ${q(p.column)}) while the identifier in ${p.found} of sheet ${q(p.target)} is a number: formulas do not match them, the row is not counted; suggested value: the number ${String(fix?.value ?? p.value)}.`
            : `${q(p.value)} is typed as a number (column ${q(p.column)}) while the identifier in ${p.found} of sheet ${q(p.target)} is text: formulas do not match them, the row is not counted; suggested value: the text ${q(String(fix?.value ?? p.value))}.`;
        case 'type-twin':
          return `${q(p.value)} is already in ${p.first} (column ${q(p.column)}), once as a number and once as text: formulas take them as two different identifiers; renumber one of the two rows.`;
        case 'case':
          return `${q(p.value)} (column ${q(p.column)}) is spelled ${q(p.expected)} on sheet ${q(p.target)}: it is counted (letter case is ignored), but spell it the same way; suggested value ${q(p.expected)}.`;
        case 'boolean':
          return `${q(p.value)} (column ${q(p.column)}) is a TRUE/FALSE value, not an identifier: LibreOffice counts it as the number 1 or 0, Excel does not; type an identifier.`;
        case 'formula':
          return `the identifier (column ${q(p.column)}) is computed by a formula whose value the file did not keep (it was saved by a program that does not calculate): open and save the workbook in Excel or LibreOffice, or type the identifier.`;
      }
    },
    'unknown-reference': (p) =>
      p.problem === 'missing'
        ? p.expected !== undefined && p.difference !== undefined && p.difference !== 'case'
          ? `${q(p.value)} (column ${q(p.column)}) does not exist on sheet ${q(p.target)}: ${CHOICE_DIFFERENCE_EN[p.difference](p.value, p.expected)}; suggested value ${q(p.expected)}.`
          : `${q(p.value)} (column ${q(p.column)}) does not exist on sheet ${q(p.target)}; pick a value from the dropdown or add it to ${q(p.target)} first.`
        : `${q(p.value)} (column ${q(p.column)}) is of level ${q(p.found)}; pick an objective of level ${q(p.level)}.`,
    choice: (p) =>
      p.problem === 'normalised'
        ? p.difference === undefined || p.difference === 'case'
          ? `${q(p.value)} is not in the list; suggested value ${q(p.expected)}`
          : `${q(p.value)} is not in the list: ${CHOICE_DIFFERENCE_EN[p.difference](p.value, p.expected)}; the workbook's formulas do not recognise this spelling: the row counts under no ${q(p.column)} (neither in totals nor in rates) until it is corrected; suggested value ${q(p.expected)}.`
        : `${q(p.value)} is not in the list of column ${q(p.column)} (${list(p.values)}); pick a value from the dropdown.`,
    'reason-required': (p) =>
      `answer ${q(p.answer)} to ${q(p.column)} needs an explanation: fill in ${q(p.reason)}.`,
    'other-public': (p) => `“Autre” is chosen in ${q(p.column)}: say which in ${q(p.detail)}.`,
    number: (p) => {
      switch (p.problem) {
        case 'text':
          return `${q(p.value)} is text in a number column (${q(p.column)}): formulas ignore it; suggested value ${p.percent ? pct(p.parsed) : num(p.parsed)}.`;
        case 'not-a-number':
          return `${q(p.value)} is not a number (column ${q(p.column)}); enter a number.`;
        case 'negative':
          return `${q(p.column)} cannot be negative (${num(p.value)}); correct the value.`;
        case 'not-integer':
          return `${q(p.column)} expects a whole number, not ${num(p.value)}; correct the value.`;
      }
    },
    'percent-scale': (p) =>
      'problem' in p
        ? `the achieved value ${num(p.value)} of indicator ${q(p.indicator)} is about 100 times its annual target (${num(p.target)}, a rate): most likely ${num(p.value)}% typed as a whole number, and the computed attainment is wrong (capped, it pays the whole variable part); ${p.safe ? `suggested value ${num(p.fixed)} (${pct(p.fixed)})` : `if it is a percentage, type ${num(p.fixed)} (${pct(p.fixed)})`}.`
        : `${num(p.value)} in percentage column ${q(p.column)} most likely means ${num(p.value)}%; suggested value ${pct(p.fixed)} (${num(p.fixed)}).`,
    ratio: (p) =>
      `${q(p.num)} (${num(p.numValue)}) exceeds ${q(p.den)} (${num(p.denValue)}); check the entry.`,
    'partner-codes': (p) =>
      `${q(p.key)} counts ${num(p.typed)} partner user(s), but sheet ${q(p.sheet)} lists ${num(p.listed)} distinct code(s) for this project; the CPTS's distinct people are counted from the codes: list one code per person (never a name) or correct the number.`,
    date: (p) => {
      switch (p.problem) {
        case 'text':
          return `${q(p.value)} is text, not a date (column ${q(p.column)}); suggested value ${p.parsed}.`;
        case 'serial':
          return `${num(p.value)} is a date serial number without a date format (column ${q(p.column)}); suggested value ${p.parsed}.`;
        case 'not-a-date':
          return `${q(p.value)} is not a date (column ${q(p.column)}); enter a date as dd/mm/yyyy.`;
        case 'end-before-start':
          return `${q(p.end)} (${p.endDate}) is before ${q(p.start)} (${p.startDate}); correct one of the dates.`;
        case 'outside-period':
          return `date ${p.value} (column ${q(p.column)}) is outside the programme period (${p.periodStart} to ${p.periodEnd}); check it, or the period on sheet Programme.`;
      }
    },
    'indicator-coverage': (p) =>
      `action ${q(p.key)} has no indicator of type ${list(p.missing)}; add some to the indicators table.`,
    'indicator-definition': (p) =>
      p.problem === 'direction-contradicts'
        ? `indicator ${q(p.indicator)} (${q(p.key)}) says ${q(p.direction)} but its target (${num(p.target)}) goes the other way from its baseline (${num(p.baseline)}); correct the wanted change or the target.`
        : `indicator ${q(p.indicator)} (${q(p.key)}) is a ${q(p.nature)} but is computed with ${q(p.mode)}: quarterly rates or levels do not add up (50 % + 60 % is not 110 %); choose “Dernière valeur” or “Moyenne”.`,
    outlier: (p) =>
      `the realised value of ${q(p.indicator)} (${q(p.key)}), ${num(p.realised)}, is above ${p.factor} times the target (${num(p.target)}); check the quarterly entries.`,
    proof: (p) =>
      p.problem === 'not-counted'
        ? `this proof (${q(p.kind)}) of ${q(p.key)} does not count in the triangulation: ${p.reasons.map((r) => PROOF_REASONS_EN[r]).join(', ')}; a proof counts when described, sourced and supporting more than an output.`
        : `this proof (${q(p.kind)}) of ${q(p.key)} has no “Limites et biais”: every proof has some (data quality, desirability bias, a deliverable not shown to be used…); write them down.`,
    triangulation: (p) =>
      `the evidence for ${q(p.key)} is not triangulated: missing ${evidence(p.missing)}; add one proof of each kind (figure, testimony, deliverable) to the evidence table.`,
    'unsupported-impact': (p) =>
      `an impact is claimed for ${q(p.key)} while its evidence is incomplete (missing ${evidence(p.missing)}); add the missing evidence or qualify the impact.`,
    'objective-tree': (p) => {
      switch (p.problem) {
        case 'no-parent':
          return `objective ${q(p.code)} (${p.level}) has no parent objective; give one of level ${q(p.expected)}.`;
        case 'parent-level':
          return `parent objective ${q(p.parent)} of ${q(p.code)} is of level ${q(p.found)}; it must be of level ${q(p.expected)}.`;
        case 'general-with-parent':
          return `general objective ${q(p.code)} must not have a parent (${q(p.parent)}); clear the cell.`;
      }
    },
    subsidy: (p) => {
      const when = p.year ? ` in ${p.year}` : '';
      const of = p.actions && p.actions.length > 1 ? `, actions ${list(p.actions)}` : '';
      return `the ARS funding of ${q(p.key)}${when} (${eur(p.amount)}${of}) is above €${num(p.threshold)} a year: a convention is compulsory rather than a grant decision (${LEGAL}).`;
    },
    aci: (p) => {
      switch (p.problem) {
        case 'weights': {
          const text = p.typed !== undefined ? ' (a weight typed as text does not count)' : '';
          const head = `the weights of the indicators of mission ${q(p.mission)} add up to ${pct(p.total)}`;
          if (p.total <= 0)
            return `${head}${text}: the mission's attainment cannot be computed; it stays blank, and so does the variable part due; type the contract's weights (as numbers).`;
          const e = p.example;
          const share = e
            ? `: ${q(e.indicator)}, weighted ${pct(e.weight)}, counts for ${pct(Math.round((e.weight / p.total) * 1000) / 1000)}`
            : '';
          return `${head}, not 100%${text}: the mission's attainment is computed over these ${pct(p.total)}, as if they added up to 100% (each divided by ${pct(p.total)}${share}); take the contract's weights.`;
        }
        case 'size': {
          const range = SIZE_RANGES_EN[p.sizes[0] as number] ?? '';
          const which =
            p.sizes.length > 1
              ? `a CPTS of ${num(p.population)} inhabitants is of size ${p.sizes.join(' or ')} (on the limit of both: choose the contract's)`
              : `a CPTS ${range} is of size ${p.sizes[0]}; suggested value: ${p.sizes[0]}`;
          return `size ${p.size} does not match the population covered (${num(p.population)} inhabitants, cell ${p.populationCell}): under the ACI CPTS of 2019, ${which}. The size sets the running funding (row “Fonctionnement de la CPTS” of sheet ACI): check the size, or the population.`;
        }
        case 'achieved-without-target':
          return `indicator ${q(p.indicator)} has an achieved value but no annual target: its attainment cannot be computed (it counts as 0); type the contract's target.`;
        case 'start-beyond-target':
          return p.down
            ? `indicator ${q(p.indicator)} should go down, but its initial value (${num(p.start)}) is already at or below the annual target (${num(p.target)}): its attainment, (initial − achieved) / (initial − target), makes no sense; check the initial value, the target or the wanted direction.`
            : `indicator ${q(p.indicator)} should go up, but its initial value (${num(p.start)}) already reaches the annual target (${num(p.target)}): its attainment, (achieved − initial) / (target − initial), makes no sense; check the initial value, the target or the wanted direction.`;
        case 'level-above-cap':
          return `level ${num(p.threshold)} of indicator ${q(p.indicator)} grants ${pct(p.granted)}, above its attainment cap (${pct(p.cap)}, sheet Indicateurs ACI): the attainment stops at ${pct(p.cap)}; take the contract's level or cap.`;
        case 'level-decreasing':
          return `level ${num(p.threshold)} of indicator ${q(p.indicator)} grants ${pct(p.granted)}, less than the easier level ${num(p.easier)} (${pct(p.easierGranted)}): it is never used, since the indicator takes the highest attainment granted among the levels reached; check the contract's thresholds and attainments.`;
        case 'declaration-only':
          return `indicator ${q(p.indicator)} rests on a declaration only: no quantitative proof and no deliverable in the Preuves sheet (column “Indicateur ACI”); “a mere mention in the activity report” does not attest it (French Senate report n° 32, 2025-2026): add a figure or a deliverable.`;
        case 'paid-above-due':
          return `mission ${q(p.mission)} received ${eur(p.paid)} for ${eur(p.due)} due: an overpayment of ${eur(p.paid - p.due)}, which does not reduce what remains due on other missions; check the payments.`;
        case 'previous-paid-above-due':
          return p.due === null
            ? `mission ${q(p.mission)} received ${eur(p.paid)} towards last year's balance, but no balance is typed in “Solde de l'année précédente dû (€)”; type it (the mission's “Reste à verser” in last year's workbook).`
            : `mission ${q(p.mission)} received ${eur(p.paid)} towards last year's balance for ${eur(p.due)} due: an overpayment of ${eur(p.paid - p.due)}, which reduces neither this year's advance nor what remains due on other missions; check the payments.`;
        case 'spending-above-envelope':
          return `the expenses committed for ${q(p.mission)} (${eur(p.spent)}) exceed the envelope due (${eur(p.due)}) by ${eur(p.spent - p.due)}; check the expenses' mission or prepare the explanation for the dialogue de gestion.`;
        case 'contract-start':
          return `${q(p.value)} is not a date (Année contractuelle (début)): the due dates of the advance and the balance stay blank on sheet ACI; type the contract's anniversary date in a date-formatted cell.`;
        case 'contract-year':
          return `year ${p.year} does not fall in the contract year starting on ${p.start}; correct the year or the start date.`;
        case 'spending-outside-year':
          return `expense ${q(p.label)} of ${p.date} is outside the contract year (${p.start} – ${p.end}) yet counts in the envelope's consumption: check its date.`;
      }
    },
    'assessment-date': (p) => {
      switch (p.problem) {
        case 'missing':
          return `${q(p.assessment)} has no date while ${p.answers} answer${p.answers > 1 ? 's are' : ' is'} typed (${p.column}): give the assessment's date on the Évaluations sheet, or the two assessments cannot be compared.`;
        case 'order':
          return `${q(p.second)} (${p.secondDate}) is dated before ${q(p.first)} (${p.firstDate}): column 2 takes the more recent assessment; check the dates.`;
        case 'unanswered':
          return `${p.count} item${p.count > 1 ? 's' : ''} of sheet ${q(p.sheet)} without an answer for ${q(p.assessment)} (column ${q(p.column)}): ${p.count > 1 ? 'they do' : 'it does'} not count in the scores; answer, or choose « Non concerné ».`;
      }
    },
  },
};
