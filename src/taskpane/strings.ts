/** Task-pane labels. French is the default; English when the host, the URL or the switch asks. */
import type { RuleCode, Severity } from '../core/checks/issue';
import type { TemplateId } from '../core/templates/types';
import { en } from './strings-en';
import { fr } from './strings-fr';

export type Lang = 'fr' | 'en';

export interface Strings {
  appTitle: string;
  tagline: string;
  tabsLabel: string;
  tabs: { create: string; check: string; indicators: string; consolidate: string };
  english: string;
  englishLabel: string;
  modeExcel: string;
  modeDemo: string;
  demoNoOffice: string;
  demoNoHost: string;
  demoError: (message: string) => string;
  starting: string;
  /** While a panel's code loads. */
  loading: string;
  excelTooOld: string;
  unexpected: (message: string) => string;
  create: {
    step: string;
    intro: string;
    /** What the example holds, per template. */
    exampleHint: Record<TemplateId, string>;
    /** The optional settings' disclosure, per template that has some. */
    more: Partial<Record<TemplateId, string>>;
    /** Under the template's select (its title is cut in a narrow pane): what it follows. */
    templateHint: Record<TemplateId, string>;
    /** A template without settings: said instead of the fields. */
    noSettings: Partial<Record<TemplateId, string>>;
    next: string;
    goCheck: string;
    template: string;
    name: Partial<Record<TemplateId, string>>;
    nameHint: Partial<Record<TemplateId, string>>;
    start: string;
    end: string;
    periodHint: string;
    periodInvalid: string;
    territories: string;
    publics: string;
    listHint: string;
    example: string;
    submit: string;
    running: string;
    done: (sheets: number, title: string) => string;
    exists: (sheets: string[]) => string;
    existsExcel: string;
    existsDemo: string;
    newWorkbook: string;
    failed: string;
  };
  check: {
    intro: string;
    rerun: string;
    running: string;
    none: string;
    summaryLabel: string;
    count: (severity: Severity, n: number) => string;
    workbook: string;
    sheet: (sheet: string, n: number) => string;
    goTo: (ref: string) => string;
    fix: string;
    fixLabel: (ref: string, value: string) => string;
    fixed: (ref: string, value: string) => string;
    report: string;
    reportDone: (n: number) => string;
    /** The summary's badge, a button to the first issue of that severity. */
    goFirst: (severity: Severity, n: number) => string;
    failed: string;
    empty: string;
    goCreate: string;
    filters: string;
    severityFilter: string;
    ruleFilter: string;
    allSeverities: string;
    allRules: string;
    severityName: Record<Severity, string>;
    rules: Record<RuleCode, string>;
    group: (rule: string, n: number) => string;
    fixAll: (n: number) => string;
    fixedAll: (n: number) => string;
    undo: string;
    undone: (n: number) => string;
    byHand: string;
    filteredOut: string;
    next: string;
    goIndicators: string;
  };
  indicators: {
    intro: string;
    /** A workbook without actions (the self-assessment): its scores only. */
    introScores: string;
    running: string;
    refresh: string;
    notTrepied: string;
    keyFigures: string;
    notComputable: string;
    evidence: string;
    triangulated: (n: number, total: number) => string;
    noActions: string;
    legs: [string, string, string];
    present: (leg: string, n: number) => string;
    missing: (leg: string) => string;
    missingShort: string;
    flagged: string;
    unsupportedImpact: string;
    goTo: (id: string) => string;
    chart: string;
    chartNote: (scale: string) => string;
    attained: (rate: string) => string;
    planned: (header: string) => string;
    achieved: (header: string) => string;
    pair: (planned: string, achieved: string) => string;
    noChart: string;
    failed: string;
  };
  bilan: {
    title: string;
    intro: string;
    period: string;
    periods: Record<'T1' | 'T2' | 'T3' | 'T4' | 'annuel', string>;
    porteur: string;
    whole: string;
    write: string;
    download: string;
    running: string;
    written: (sheet: string) => string;
    downloaded: (file: string) => string;
    failed: string;
    thisWorkbook: string;
  };
  consolidate: {
    intro: string;
    mergeTitle: string;
    mergeFiles: string;
    mergeFilesHint: string;
    reading: (done: number, total: number) => string;
    dryRun: string;
    chooseFiles: string;
    chooseFile: string;
    chosen: string;
    mergeOf: (files: number, title: string, version: number) => string;
    rowsPerSheet: string;
    rows: (read: number, merged: number) => string;
    others: (n: number) => string;
    noConflict: string;
    /** Shown above the merge button when conflicts are listed below it. */
    conflictsBelow: (n: number) => string;
    conflictKind: Record<
      'duplicate-key' | 'duplicate-row' | 'same-event' | 'shared-differs' | 'single-differs',
      (n: number) => string
    >;
    /** Rows of a later file already in an earlier one: kept, and they would count twice. */
    duplicateRow: (sheet: string, rows: number, file: string, earlier: string) => string;
    /** The same meeting recorded in several files: counted once. */
    sameEvent: (sheet: string, key: string, files: string[]) => string;
    duplicate: (
      sheet: string,
      key: string,
      files: string[],
      renamed: { to: string; file: string }[],
    ) => string;
    sharedDiffers: (sheet: string, key: string, files: string[]) => string;
    singleDiffers: (
      sheet: string,
      field: string,
      kept: { value: string; file: string },
      other: { value: string; file: string },
    ) => string;
    andOthers: (n: number) => string;
    attention: (n: number) => string;
    mergeNext: string;
    renumber: string;
    merge: string;
    merging: string;
    merged: (files: number, sheets: number) => string;
    refused: (files: string) => string;
    upgradeTitle: string;
    upgradeFile: string;
    upgradeFileHint: string;
    upgradeOf: (file: string, title: string, from: number, to: number) => string;
    upgradeRows: string;
    renamedColumns: (n: number) => string;
    renamedColumn: (sheet: string, from: string, to: string) => string;
    addedColumns: (n: number) => string;
    removedColumns: (n: number) => string;
    column: (sheet: string, column: string) => string;
    summary: string;
    upgrade: string;
    upgrading: string;
    upgraded: (sheets: number) => string;
    unrecognised: (name: string, why: string) => string;
    readFailed: string;
    renderFailed: string;
  };
  demo: {
    toolbar: string;
    explain: string;
    confirmTitle: string;
    confirmText: string;
    confirm: string;
    cancel: string;
    open: string;
    openLabel: string;
    download: string;
    newWorkbook: string;
    openFailed: string;
    opened: (name: string) => string;
    view: string;
    sheets: string;
    empty: string;
    selected: (ref: string) => string;
    truncated: (shown: number, total: number) => string;
    computed: string;
  };
  /** The « Dialogue de gestion » of a CPTS (issue 15), under the Indicateurs tab. */
  dialogue: {
    title: string;
    intro: string;
    build: string;
    /** The button once the pages exist: a click replaces them with today's figures. */
    refresh: string;
    /** Asked before a refresh: the pages are replaced, what was typed on them is lost. */
    confirmTitle: string;
    confirmText: (pages: string[]) => string;
    confirm: string;
    cancel: string;
    running: string;
    none: string;
    /** The pages written, and those of them that replaced older pages. */
    done: (sheets: string[], replaced: string[]) => string;
    failed: string;
    /** The payments by due date (list's name), and one due date's line (date jj/mm/aaaa). */
    schedule: string;
    due: (
      when: string,
      date: string | undefined,
      what: string,
      expected: string,
      paid: string,
      remaining: string,
    ) => string;
  };
}

/** The language of a BCP 47 tag such as "en-US" or "fr-FR"; French unless it is English. */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : fr;
}
