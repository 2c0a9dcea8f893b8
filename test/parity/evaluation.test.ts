import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import { withModules } from '../../src/core/templates/compose';
import { cpts } from '../../src/core/templates/cpts';
import { evaluation } from '../../src/core/templates/evaluation';
import type { TemplateDef } from '../../src/core/templates/types';
import {
  COLLECTIVE_ITEMS,
  IMPACT_ITEMS,
  IMPACT_SCORE_ROWS,
} from '../../src/core/templates/evaluation-items';
import type { Row } from '../../src/core/values/cell';
import type { WorkbookValues } from '../../src/workbook/types';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookValues } from '../support/exceljs-values';
import { recalculate } from '../support/libreoffice';
import { checkDiffs, computedDiffs, figureDiffs, rowsOf } from '../support/parity-compare';
import { evaluationFixture } from '../support/random-data';

/**
 * The self-assessment's scores (template `evaluation`): every score, count, rank and summary cell
 * recalculated by LibreOffice equals its TypeScript twin, on the example, an empty workbook and
 * awkward answers, from both writers.
 */
const NOW = new Date('2026-03-01T00:00:00Z');
const items = {
  impact: IMPACT_ITEMS.map((i) => i.code),
  collective: COLLECTIVE_ITEMS.map((i) => i.code),
  dimensions: IMPACT_SCORE_ROWS,
};

interface Case {
  label: string;
  data: Record<string, Row[]>;
  stream?: boolean;
  /** The evaluation alone unless said: a ca or cpts workbook with its sheets added. */
  template?: TemplateDef;
}
const cases: Case[] = [
  { label: 'evaluation-example', data: EXAMPLES.evaluation.data },
  { label: 'evaluation-empty', data: {} },
  { label: 'evaluation-random-1', data: evaluationFixture(1, items) },
  { label: 'evaluation-random-2', data: evaluationFixture(2, items) },
  { label: 'evaluation-example-streamed', data: EXAMPLES.evaluation.data, stream: true },
  {
    label: 'ca-avec-evaluation',
    template: withModules(ca, ['evaluation']),
    data: { ...EXAMPLES.ca.data, ...evaluationFixture(3, items) },
  },
  {
    label: 'cpts-avec-evaluation-streamed',
    template: withModules(cpts, ['evaluation']),
    data: { ...EXAMPLES.cpts.data, ...EXAMPLES.evaluation.data },
    stream: true,
  },
];
const templateOf = (c: Case) => c.template ?? evaluation;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-eval-parity-'));
const recalculated = new Map<string, WorkbookValues>();

beforeAll(async () => {
  const files: string[] = [];
  for (const c of cases) {
    const plan = buildPlan(templateOf(c), { data: c.data, now: NOW });
    const file = path.join(dir, `${c.label}.xlsx`);
    fs.writeFileSync(file, await planToXlsx(plan, c.stream ? { stream: true } : {}));
    files.push(file);
  }
  const outputs = recalculate(files, path.join(dir, 'out'));
  for (let i = 0; i < cases.length; i++) {
    const wb = await loadXlsx(fs.readFileSync(outputs[i] as string));
    recalculated.set(cases[i]!.label, readWorkbookValues(wb));
  }
}, 300000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(cases)('LibreOffice parity of the self-assessment: $label', (c) => {
  it('every computed cell (counts, scores, evolution, rank) equals the TypeScript twin', () => {
    const { diffs, compared } = computedDiffs(templateOf(c), recalculated.get(c.label)!);
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });

  it('every named summary cell equals the TypeScript figure', () => {
    expect(figureDiffs(templateOf(c), recalculated.get(c.label)!)).toEqual([]);
  });

  it('trepied check reports the workbook’s own figures', () => {
    expect(checkDiffs(templateOf(c), recalculated.get(c.label)!)).toEqual([]);
  });
});

describe('the example’s scores, as LibreOffice shows them', () => {
  const rows = () => rowsOf(evaluation, recalculated.get('evaluation-example')!);

  it('Les professionnels: 1A and 1B counted by hand, Non concerné left out', () => {
    // Évaluation 1: 1A OOOEO, 1B ENNENNN → OUI 4, En cours 3, NON 5 → (4 + 1.5) / 12.
    const pro = rows()['ScoresImpact']!.find((r) => r['dimension'] === 'Les professionnels')!;
    expect([pro['yes1'], pro['partial1'], pro['no1']]).toEqual([4, 3, 5]);
    expect(pro['score1']).toBeCloseTo(5.5 / 12, 12);
    // Évaluation 2: OOOOO OEEEOEE → OUI 7, En cours 5, NON 0.
    expect(pro['score2']).toBeCloseTo(9.5 / 12, 12);
    expect(pro['change']).toBeCloseTo(4 / 12, 12);
    // Le territoire: 2A OXO + 2B ENE at évaluation 1 → the X is not in the denominator (5 items).
    const ter = rows()['ScoresImpact']!.find((r) => r['dimension'] === 'Le territoire')!;
    expect(ter['score1']).toBeCloseTo((2 + 1) / 5, 12);
  });

  it('the level of cooperation moves from Communication (3) to Coordination (5)', () => {
    const wb = recalculated.get('evaluation-example')!;
    expect([wb.names['EVAL_NiveauCooperation1'], wb.names['EVAL_NiveauCooperation2']]).toEqual([
      3, 5,
    ]);
    expect(Number(wb.names['EVAL_ScoreImpact2'])).toBeGreaterThan(
      Number(wb.names['EVAL_ScoreImpact1']),
    );
  });

  it('an empty workbook shows blank scores, not 0 % nor an error', () => {
    const wb = recalculated.get('evaluation-empty')!;
    const scores = rowsOf(evaluation, wb)['ScoresImpact']!;
    expect(scores.map((r) => r['score1'] ?? '')).toEqual(scores.map(() => ''));
    expect(wb.names['EVAL_ScoreImpact1'] ?? '').toBe('');
    expect(wb.names['EVAL_NiveauCooperation1'] ?? '').toBe('');
  });
});
