import type { Strings } from './strings';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (xs: string[]) => xs.map((x) => `“${x}”`).join(', ');
const SEVERITY = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['notice', 'notices'],
} as const;

export const en: Strings = {
  appTitle: 'Trépied',
  tagline: 'Tracking workbooks for CPTS and care cooperatives',
  tabsLabel: 'Trépied sections',
  tabs: { create: 'Create', check: 'Check', indicators: 'Indicators', consolidate: 'Consolidate' },
  english: 'English',
  englishLabel: 'Show the pane in English',
  modeExcel: 'Excel mode',
  modeDemo: 'Demo mode (browser)',
  demoNoOffice: 'Office.js could not be loaded: the pane works outside Excel.',
  demoNoHost: 'No Excel workbook detected: the pane works on a workbook in memory.',
  demoError: (message) => `Office did not start (${message}): the pane works outside Excel.`,
  starting: 'Starting…',
  loading: 'Loading…',
  excelTooOld: 'This version of Excel is too old for Trépied.',
  unexpected: (message) => `Unexpected error: ${message}`,
  create: {
    step: 'Step 1: create the tracking sheets',
    intro: 'Choose the template, then “Create the sheets”. Everything else is optional.',
    exampleHint: {
      ca: 'Four fictitious actions, to see the checks and indicators at work.',
      cpts: 'A fictitious CPTS (projects, ACI missions, proofs), to see the checks and indicators at work.',
      evaluation: 'Two fictitious self-assessments a year apart, to see the scores at work.',
    },
    more: { ca: 'Period, territories and publics (optional)', cpts: 'Period (optional)' },
    templateHint: {
      ca: 'An actors’ cooperative’s actions: objectives, indicators, proofs, COPIL dashboard.',
      cpts: 'A CPTS: projects, ACI missions and payments, user involvement.',
      evaluation:
        'The IMPACT and collective-impact grids, filled in at two dates to measure progress.',
    },
    noSettings: { evaluation: 'This template has no settings: the grids are ready to fill in.' },
    next: 'Next step: check the workbook.',
    goCheck: 'Check the workbook',
    template: 'Template',
    name: { ca: 'Programme name', cpts: 'CPTS name' },
    nameHint: {
      ca: 'Optional: it goes into the Programme sheet.',
      cpts: 'Optional: it goes into the CPTS sheet.',
    },
    start: 'Period start',
    end: 'Period end',
    periodHint: 'Without dates, the period is the current year.',
    periodInvalid: 'Give both the start and the end, the end after the start.',
    territories: 'Territories',
    publics: 'Target publics',
    listHint: 'Separated by commas.',
    example: 'With the example data',
    submit: 'Create the sheets',
    running: 'Creating the sheets…',
    done: (sheets, title) => `${plural(sheets, 'sheet', 'sheets')} created: ${title}.`,
    exists: (sheets) =>
      `This workbook already has the ${sheets.length === 1 ? 'sheet' : 'sheets'} ${quoted(
        sheets.slice(0, 3),
      )}${sheets.length > 3 ? ` and ${sheets.length - 3} more` : ''}. Trépied does not replace existing sheets.`,
    existsExcel: 'Create a new workbook (File > New), then open Trépied again.',
    existsDemo: 'Start a new workbook in memory:',
    newWorkbook: 'New workbook',
    failed: 'The sheets were not created',
  },
  check: {
    intro: 'The workbook’s problems, by rule. Click one to go to its cell.',
    rerun: 'Check again',
    running: 'Checking the workbook…',
    none: 'No problem found.',
    summaryLabel: 'Summary of the problems',
    count: (severity, n) => plural(n, SEVERITY[severity][0], SEVERITY[severity][1]),
    workbook: 'Workbook',
    sheet: (sheet, n) => `${sheet} (${n})`,
    goTo: (ref) => `Go to ${ref}`,
    fix: 'Fix',
    fixLabel: (ref, value) => `Fix ${ref}: write ${value}`,
    fixed: (ref, value) => `${ref} fixed: ${value}.`,
    report: 'Write the report into the workbook',
    reportDone: (n) => `Report written to the “Contrôles” sheet (${plural(n, 'row', 'rows')}).`,
    goFirst: (severity, n) =>
      `${plural(n, SEVERITY[severity][0], SEVERITY[severity][1])}: go to the first one`,
    failed: 'The check failed',
    empty:
      'This workbook has no Trépied sheets yet: nothing to check. Create them in the Create tab, or open a Trépied workbook.',
    goCreate: 'Go to Create',
    filters: 'Filter the issues',
    severityFilter: 'Severity',
    ruleFilter: 'Rule',
    allSeverities: 'All',
    allRules: 'All rules',
    severityName: { error: 'Errors', warning: 'Warnings', info: 'Notices' },
    rules: {
      structure: 'Workbook structure',
      'formulas-absent': 'Missing formulas',
      'formula-overwritten': 'Formula replaced by a value',
      'cell-error': 'Cell in error',
      required: 'Required value missing',
      'duplicate-id': 'Duplicate identifier',
      'unknown-reference': 'Unknown reference',
      'ambiguous-id': 'Ambiguous identifier',
      spaces: 'Extra spaces',
      choice: 'Value outside the list',
      'reason-required': 'Reason to give',
      'other-public': '“Other” public to specify',
      number: 'Badly typed number',
      'percent-scale': 'Badly typed percentage',
      ratio: 'Inconsistent ratio',
      'partner-codes': 'Partner users to list',
      date: 'Badly typed or out-of-period date',
      'indicator-coverage': 'Indicators not filled in',
      'indicator-definition': 'Indicator definition',
      outlier: 'Unusual achieved value',
      proof: 'Proof to complete',
      triangulation: 'Evidence not triangulated',
      'unsupported-impact': 'Impact without complete evidence',
      'objective-tree': 'Objective tree',
      subsidy: 'Subsidy to check',
      aci: 'ACI funding to check',
      'assessment-date': 'Assessments to date',
    },
    group: (rule, n) => `${rule} (${n})`,
    fixAll: (n) => `Fix all (${n})`,
    fixedAll: (n) => `${plural(n, 'cell fixed', 'cells fixed')}.`,
    undo: 'Undo',
    undone: (n) => `Fix undone: ${plural(n, 'cell restored', 'cells restored')}.`,
    byHand: 'To fix by hand: the value read is still wrong (see this cell’s error).',
    filteredOut: 'No issue matches these filters.',
    next: 'Next step: read the indicators.',
    goIndicators: 'See the indicators',
  },
  indicators: {
    intro: 'Key figures and evidence triangulation, computed as in the workbook.',
    introScores: 'The grids’ scores, computed as in the workbook.',
    running: 'Computing the indicators…',
    refresh: 'Refresh',
    notTrepied: 'This is not a Trépied workbook: create the sheets first (Create tab).',
    keyFigures: 'Key figures',
    notComputable: 'not computable',
    evidence: 'Evidence triangulation',
    triangulated: (n, total) => `${n} of ${total} with all three kinds of proof.`,
    noActions: 'No action entered yet.',
    legs: ['figure', 'testimony', 'deliverable'],
    present: (leg, n) => `${leg}: ${n}`,
    missing: (leg) => `${leg}: missing`,
    missingShort: 'missing',
    flagged: 'Incomplete evidence',
    unsupportedImpact: 'Impact claimed without complete evidence',
    goTo: (id) => `Go to ${id}`,
    chart: 'Planned and achieved',
    chartNote: (scale) =>
      `The percentage is the attainment rate (achieved ÷ planned). Every bar has the same scale: planned is 100%, the full bar ${scale}.`,
    attained: (rate) => `${rate} attained`,
    planned: (header) => `Planned (${header})`,
    achieved: (header) => `Achieved (${header})`,
    pair: (planned, achieved) => `planned ${planned}, achieved ${achieved}`,
    noChart: 'Nothing to compare yet.',
    failed: 'The indicators could not be computed',
  },
  bilan: {
    title: 'Report for the steering committee and the ARS',
    intro:
      'The report of a period, ready to print: key figures, indicators planned and realised to date, missing proofs, answers and reasons, barriers and levers, meetings held.',
    period: 'Period',
    periods: {
      T1: '1st quarter (T1)',
      T2: '2nd quarter (T2)',
      T3: '3rd quarter (T3)',
      T4: '4th quarter (T4)',
      annuel: 'Annual report',
    },
    porteur: 'Lead partner',
    whole: 'Whole programme',
    write: 'Write the report',
    download: 'Download the report',
    running: 'Preparing the report…',
    written: (sheet) =>
      `Report written in the new sheet “${sheet}”. Print it or save it as PDF (File > Print): it fits on a few landscape pages.`,
    downloaded: (file) =>
      `Report downloaded: ${file}. Open it in Excel or LibreOffice to print it or save it as PDF.`,
    failed: 'The report could not be made',
    thisWorkbook: 'this workbook',
  },
  consolidate: {
    intro:
      'Bring partners’ workbooks together into one, or bring an older workbook up to the current template. Files are read in the pane, never sent.',
    mergeTitle: 'Consolidate partner workbooks',
    mergeFiles: 'Partner workbooks (.xlsx)',
    mergeFilesHint: 'Choose several workbooks of the same template.',
    reading: (done, total) => `Reading workbooks: ${done} of ${total}`,
    dryRun: 'What the merge will do',
    chooseFiles: 'Choose the workbooks…',
    chooseFile: 'Choose the workbook…',
    chosen: 'Chosen files',
    mergeOf: (files, title, version) =>
      `${plural(files, 'workbook', 'workbooks')} of the “${title}” template (version ${version}).`,
    rowsPerSheet: 'Rows per sheet (read → after the merge)',
    rows: (read, merged) => `${read} → ${merged}`,
    others: (n) =>
      n === 0
        ? 'Everything fits the template: no “Autres données” sheet.'
        : `${plural(n, 'value outside the template or in conflict is kept', 'values outside the template or in conflict are kept')} in the “Autres données” sheet.`,
    noConflict: 'No conflict: the workbooks complement each other.',
    conflictsBelow: (n) =>
      `${plural(n, 'point', 'points')} to check, listed below the “Merge” button.`,
    conflictKind: {
      'duplicate-key': (n) => `Duplicate numbers (${n})`,
      'duplicate-row': (n) => `Rows copied from one workbook to another (${n})`,
      'same-event': (n) => `Same meeting in several workbooks (${n})`,
      'shared-differs': (n) => `Shared rows that differ (${n})`,
      'single-differs': (n) => `Different programme details (${n})`,
    },
    duplicate: (sheet, key, files, renamed) =>
      renamed.length
        ? `${sheet}: ${key} is in ${files.join(' and ')}; it becomes ${renamed.map((r) => `${r.to} in ${r.file}`).join(', ')}.`
        : `${sheet}: ${key} is in ${files.join(' and ')}; all rows are kept (the check will report the duplicate).`,
    duplicateRow: (sheet, rows, file, earlier) =>
      `${sheet}: ${plural(rows, 'row', 'rows')} of ${file} ${rows > 1 ? 'are' : 'is'} already in ${earlier}; kept, ${rows > 1 ? 'they' : 'it'} would count twice: check before merging.`,
    sameEvent: (sheet, key, files) =>
      `${sheet}: ${key} is in ${files.join(' and ')}; the meeting is counted once.`,
    sharedDiffers: (sheet, key, files) =>
      `${sheet}: ${key} differs between ${files.join(' and ')}; every version is kept, to be harmonised.`,
    singleDiffers: (sheet, field, kept, other) =>
      `${sheet}, ${field}: ${kept.value} (${kept.file}) is kept; ${other.value} (${other.file}) goes to “Autres données”.`,
    andOthers: (n) => `… and ${n} more.`,
    attention: (n) => `To check (${n})`,
    mergeNext: 'Next step: check the consolidated workbook.',
    renumber: 'Renumber duplicate action numbers',
    merge: 'Merge',
    merging: 'Merging the workbooks…',
    merged: (files, sheets) =>
      `${plural(files, 'workbook merged', 'workbooks merged')}: ${plural(sheets, 'sheet created', 'sheets created')}.`,
    refused: (files) =>
      `The workbooks are not of the same template: ${files}. Only workbooks of one template can be merged.`,
    upgradeTitle: 'Upgrade the template',
    upgradeFile: 'Older workbook (.xlsx)',
    upgradeFileHint: 'Its typed values are carried into a workbook of the current template.',
    upgradeOf: (file, title, from, to) =>
      from === to
        ? `“${file}”: ${title}, already at version ${to}. The workbook is made again (formulas, lists, formats) with every typed value.`
        : `“${file}”: ${title}, version ${from} → ${to}. Every typed value is carried.`,
    upgradeRows: 'Rows carried, by sheet (read → after the upgrade)',
    renamedColumns: (n) => `Column${n > 1 ? 's' : ''} renamed (${n})`,
    renamedColumn: (sheet, from, to) => `${sheet}: “${from}” becomes “${to}”`,
    addedColumns: (n) => `New column${n > 1 ? 's' : ''}, blank to fill in (${n})`,
    removedColumns: (n) =>
      `Column${n > 1 ? 's' : ''} removed from the template, values kept in “Autres données” (${n})`,
    column: (sheet, column) => `${sheet}: “${column}”`,
    summary: 'What the upgrade will do',
    upgrade: 'Create the upgraded version',
    upgrading: 'Creating the upgraded version…',
    upgraded: (sheets) => `Upgraded version created: ${plural(sheets, 'sheet', 'sheets')}.`,
    unrecognised: (name, why) => `“${name}” is not a recognised Trépied workbook: ${why}`,
    readFailed: 'These files could not be read',
    renderFailed: 'The workbook was not created',
  },
  demo: {
    toolbar: 'Demo mode:',
    explain:
      'You are trying Trépied without Excel: the workbook lives in this browser, nothing is sent. Download it to keep it.',
    confirmTitle: 'Start a new workbook?',
    confirmText: 'The workbook in memory will be erased. Download it first to keep it.',
    confirm: 'Erase and start again',
    cancel: 'Cancel',
    open: 'Open a workbook…',
    openLabel: 'Choose an .xlsx workbook to open',
    download: 'Download the workbook',
    newWorkbook: 'New workbook',
    openFailed: 'This file cannot be opened',
    opened: (name) => `“${name}” is open.`,
    view: 'Workbook preview (read-only)',
    sheets: 'Workbook sheets',
    empty: 'The workbook is empty: create the sheets or open a workbook.',
    selected: (ref) => `Selected cell: ${ref}`,
    truncated: (shown, total) => `First ${shown} rows of ${total}.`,
    computed: 'Formula: computed when Excel or LibreOffice opens the file',
  },
  dialogue: {
    title: 'ACI management dialogue',
    intro:
      'One printable page per mission: funding, dated payments, contract indicators and their evidence, expenses committed.',
    build: 'Prepare the management dialogue',
    refresh: 'Refresh the management dialogue',
    confirmTitle: 'Refresh the management dialogue?',
    confirmText: (pages) =>
      `${pages.length > 1 ? 'The sheets' : 'The sheet'} ${pages.map((s) => `“${s}”`).join(', ')} will be replaced with the workbook's current figures. Anything typed on ${pages.length > 1 ? 'them' : 'it'} by hand will be lost: copy it elsewhere first, or rename the sheet to keep it as it is.`,
    confirm: 'Replace the sheets',
    cancel: 'Cancel',
    running: 'Preparing the management dialogue…',
    none: 'No ACI mission with figures (sheet ACI): nothing to prepare.',
    done: (sheets, replaced) => {
      const again = new Set(replaced.map((s) => s.toLowerCase()));
      const added = sheets.filter((s) => !again.has(s.toLowerCase()));
      const list = (xs: string[]) => xs.map((s) => `“${s}”`).join(', ');
      return [
        replaced.length > 0
          ? `${replaced.length > 1 ? 'Sheets replaced' : 'Sheet replaced'} with the workbook's current figures: ${list(replaced)}.`
          : '',
        added.length > 0
          ? `${added.length > 1 ? 'Sheets added' : 'Sheet added'}, ready to print: ${list(added)}.`
          : '',
      ]
        .filter((x) => x !== '')
        .join(' ');
    },
    failed: 'The management dialogue could not be prepared',
    schedule: 'Payments by due date',
    due: (when, date, what, expected, paid, remaining) =>
      `${when}${date ? `, ${date}` : ''}: expected ${expected} (${what}), paid ${paid}, remaining ${remaining}.`,
  },
};
