import type { CheckContext } from './checks/context';
import { runChecks } from './checks/index';
import { issue, type Issue } from './checks/issue';
import { sortIssues } from './checks/order';
import { outsideTableIssues } from './checks/outside-table';
import { rulesOf } from './checks/rules-data';
import { evidenceOf, evidenceSpec, type ActionEvidence } from './evidence/evidence';
import { compute, type Computation } from './indicators/compute';
import { summaryTables, type Figure } from './indicators/summary';
import { readWorkbook } from './read/read';
import type { ReadResult, RecordRow, WorkbookInput } from './read/types';
import type { TemplateDef } from './templates/types';
import type { Row } from './values/cell';

export interface CheckResult {
  /** The template recognised, or null when none was (see the structure issue). */
  template: TemplateDef['id'] | null;
  /** Templates whose sheets were added to it (`--avec evaluation`), when there are some. */
  modules?: TemplateDef['id'][];
  version: number | null;
  /** Sorted: workbook first, then by the template's sheet order, row, column and rule. */
  issues: Issue[];
  /** Every named summary cell, as the workbook's own formulas compute it. */
  figures: Record<string, Figure>;
  /** Evidence per action (ca) or project (cpts). */
  actions: ActionEvidence[];
  /** Non-empty rows of each table found, by the contract's table name. */
  records: Record<string, RecordRow[]>;
  /**
   * The rows of each table with their computed columns worked out in TypeScript, on the values
   * as held (the twin of the workbook's formulas), so that a reader of the result (the pane's
   * chart) need not compute them again.
   */
  computed?: Record<string, Row[]>;
}

type View = 'raw' | 'values';

/** Rows of every table found, as the workbook's formulas see them ('raw') or as understood. */
function rowsByTable(read: ReadResult, view: View): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const [name, t] of Object.entries(read.tables)) out[name] = t.rows.map((r) => r[view]);
  return out;
}

/** True when no read tolerance changed a value: the understood rows are the rows as held. */
function valuesAsHeld(read: ReadResult): boolean {
  for (const t of Object.values(read.tables)) {
    for (const r of t.rows) if (r.values !== r.raw) return false;
  }
  return true;
}

function actionsOf(read: ReadResult, computation: Computation): ActionEvidence[] {
  const t = read.template;
  const spec = evidenceSpec(t);
  const table = spec ? read.tables[spec.table] : undefined;
  if (!spec || !table) return [];
  const impact = rulesOf(t).impact;
  return evidenceOf(t, computation, {
    sheet: table.sheet,
    positions: table.rows.map((r) => r.row),
    impact:
      impact && read.tables[impact.table]?.columns[impact.column] !== undefined
        ? impact
        : undefined,
  });
}

/** The template's sheet order, with the workbook's names for sheets whose table moved. */
function sheetOrder(read: ReadResult): string[] {
  return read.template.sheets.map((s) => {
    const moved = Object.values(read.tables).find((t) => t.def.sheet === s);
    return moved ? moved.sheet : s;
  });
}

/**
 * Figures that read a table the workbook does not have are not computable: blank (« — », null
 * in JSON), never 0, with one issue per missing table naming them.
 */
function notComputable(read: ReadResult, figures: Record<string, Figure>): Issue[] {
  const t = read.template;
  const issues: Issue[] = [];
  for (const def of t.tables) {
    if (read.tables[def.name]) continue;
    const names = t.summaries
      .filter((s) => summaryTables(s.expr, t).includes(def.name))
      .map((s) => s.name);
    if (names.length === 0) continue;
    for (const n of names) figures[n] = '';
    issues.push(
      issue(
        'structure',
        'warning',
        { sheet: def.sheet, cell: '' },
        {
          problem: 'figures-not-computable',
          table: def.name,
          figures: t.summaries.filter((s) => names.includes(s.name)).map((s) => s.label.fr),
        },
      ),
    );
  }
  return issues;
}

/** The entered values of each table's records, by column id (what compute and the bilans take). */
export function enteredTables(records: Record<string, RecordRow[]>): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(records)) out[name] = rows.map((r) => r.raw);
  return out;
}

/**
 * Check a workbook: read it tolerantly, run every rule, compute the figures and the evidence.
 * Figures and evidence are computed on the values as the workbook holds them, so they equal
 * its own formulas; rules judge the values as understood (with the read tolerances applied).
 * @example checkWorkbook(readWorkbookValues(wb)).issues.filter((i) => i.severity === 'error')
 */
export function checkWorkbook(input: WorkbookInput): CheckResult {
  const read = readWorkbook(input);
  if (!read.template) {
    return {
      template: null,
      version: null,
      issues: read.issues,
      figures: {},
      actions: [],
      records: {},
    };
  }
  const t = read.template;
  const asHeld = compute(t, rowsByTable(read, 'raw'));
  const actions = actionsOf(read, asHeld);
  const ctx: CheckContext = {
    template: t,
    read,
    rules: rulesOf(t),
    // Same input, same computation: computed again only when a tolerance changed a value.
    computed: valuesAsHeld(read) ? asHeld : compute(t, rowsByTable(read, 'values')),
    held: asHeld,
    evidence: actions,
  };
  const missing = notComputable(read, asHeld.figures);
  const issues = sortIssues(
    [...read.issues, ...outsideTableIssues(read, input), ...missing, ...runChecks(ctx)],
    sheetOrder(read),
  );
  const records: Record<string, RecordRow[]> = {};
  for (const [name, table] of Object.entries(read.tables)) records[name] = table.rows;
  return {
    template: t.id,
    ...(t.modules?.length ? { modules: t.modules } : {}),
    version: read.version,
    issues,
    figures: asHeld.figures,
    actions,
    records,
    computed: asHeld.tables,
  };
}
