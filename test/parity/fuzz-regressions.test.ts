import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import { cpts } from '../../src/core/templates/cpts';
import type { TemplateDef } from '../../src/core/templates/types';
import type { Row } from '../../src/core/values/cell';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import type { WorkbookValues } from '../../src/workbook/types';
import { readWorkbookFile } from '../../src/workbook/xlsx/reader';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { err, realErrors } from '../support/adversarial';
import { recalculate } from '../support/libreoffice';
import { checkDiffs, computedDiffs, figureDiffs } from '../support/parity-compare';

/**
 * The counterexamples test/parity/fuzz.test.ts found, each named after what broke, recalculated
 * by LibreOffice in one batch and compared cell by cell with the TypeScript twins.
 */
interface Case {
  label: string;
  template: TemplateDef;
  data: Record<string, Row[]>;
  /** The figure that differed, and what LibreOffice shows. */
  figure: [string, number | string];
}

const actions = (column: string, values: Row[string][]): Row[] =>
  values.map((v, i) => ({ id: `A${i + 1}`, title: 'x', [column]: v }));

const CASES: Case[] = [
  {
    // Seed 99, ca-0-1: two errors apart in a summed column; LibreOffice shows the last one.
    label: 'sum-errors-apart-show-the-last',
    template: ca,
    data: { Actions: actions('beneficiariesReached', [100, err('#DIV/0!'), -4, err('#REF!'), 1]) },
    figure: ['CA_BeneficiairesAtteints', '#REF!'],
  },
  {
    // Seed 99, ca-0-1: two errors side by side (one run of formula cells): the first one.
    label: 'sum-errors-side-by-side-show-the-first',
    template: ca,
    data: { Actions: actions('budget', [0, 0, null, err('#DIV/0!'), err('#REF!'), 'abc']) },
    figure: ['CA_BudgetTotal', '#DIV/0!'],
  },
  {
    // Seed 99, cpts-1-2: an error reaching a computed column (Reste à verser) that is summed.
    label: 'sum-of-a-computed-column-with-an-error',
    template: cpts,
    data: {
      ACI: [
        { mission: 'Accès aux soins', fixed: 10, advance: 1 },
        { mission: 'Prévention', fixed: 1, advance: err('#DIV/0!') },
        { mission: 'Qualité et pertinence', fixed: 5, advance: err('#REF!') },
      ],
    },
    figure: ['CPTS_ACI_ResteAVerser', '#DIV/0!'],
  },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-fuzz-regressions-'));
const recalculated = new Map<string, WorkbookValues>();

beforeAll(async () => {
  const files: string[] = [];
  for (const c of CASES) {
    const plan = buildPlan(c.template, { data: c.data, now: new Date('2026-03-01T00:00:00Z') });
    const wb = await loadXlsx(await planToXlsx(plan));
    expect(realErrors(wb)).toBeGreaterThan(0);
    const file = path.join(dir, `${c.label}.xlsx`);
    fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    files.push(file);
  }
  const out = recalculate(files, path.join(dir, 'out'));
  for (let i = 0; i < CASES.length; i++)
    recalculated.set(
      CASES[i]!.label,
      await readWorkbookFile(fs.readFileSync(out[i]!), 'recalcule.xlsx'),
    );
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(CASES)('fuzz counterexample: $label', (c) => {
  it('LibreOffice shows the figure the regression is about', () => {
    const [name, shown] = c.figure;
    expect(recalculated.get(c.label)!.names[name]).toBe(shown);
  });

  it('every computed cell, figure and flag of the checker equals LibreOffice', () => {
    const wb = recalculated.get(c.label)!;
    expect(computedDiffs(c.template, wb).diffs).toEqual([]);
    expect(figureDiffs(c.template, wb)).toEqual([]);
    expect(checkDiffs(c.template, wb)).toEqual([]);
  });
});
