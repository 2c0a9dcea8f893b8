import { checkWorkbook } from '../../../src/core/check';
import type { WorkbookInput } from '../../../src/core/read/types';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell, tableOf } from '../support/plan-input';

/** Every row of a table whose N° action is A1, given another id. */
function renumber(input: WorkbookInput, table: string, header: string, to: string | number): void {
  const t = tableOf(input, table);
  const c = t.headers.indexOf(header);
  t.values.forEach((r, i) => {
    if (r[c] === 'A1') setCell(input, table, i, header, to);
  });
}

/** Action A1 and every reference to it, given another id. */
function renumberEverywhere(input: WorkbookInput, to: string | number): void {
  for (const t of ['Actions', 'Indicateurs', 'Preuves', 'ChaineValeur', 'Contribution'])
    renumber(input, t, 'N° action', to);
}

describe('ambiguous-id', () => {
  it('a proof typed "7" for the action 7 (a number): an error with the number as the fix', () => {
    const input = example('ca');
    renumber(input, 'Preuves', 'N° action', '7');
    renumberEverywhere(input, 7);
    const issues = issuesOf(input, 'ambiguous-id');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.sheet === 'Preuves')).toBe(true);
    expect(brief(issues.slice(0, 1))).toEqual([
      {
        severity: 'error',
        sheet: 'Preuves',
        cell: 'A2',
        params: {
          problem: 'number-text',
          column: 'N° action',
          value: '7',
          target: 'Actions',
          found: 'A2',
          typed: 'text',
        },
      },
    ]);
    expect(issues[0]!.fix).toEqual({ cell: 'A2', value: 7 });
    // Not also told that « 7 » does not exist in Actions.
    expect(issuesOf(input, 'unknown-reference')).toEqual([]);
  });

  it('the fix makes the proof count: the action is no longer flagged for it', () => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), 'N° action', 7);
    renumber(input, 'Preuves', 'N° action', '7');
    renumber(input, 'Indicateurs', 'N° action', 7);
    const before = checkWorkbook(input);
    expect(before.actions.find((a) => a.id === '7')!.flagged).toBe(true);
    for (const i of before.issues.filter((x) => x.rule === 'ambiguous-id')) {
      const t = tableOf(input, 'Preuves');
      const row = Number(i.fix!.cell.slice(1)) - 2;
      (t.values[row] as unknown[])[0] = i.fix!.value;
    }
    const after = checkWorkbook(input);
    expect(after.actions.find((a) => a.id === '7')!.flagged).toBe(false);
    expect(after.issues.filter((x) => x.rule === 'ambiguous-id')).toEqual([]);
  });

  it('a number typed where the action id is text "7": the text as the fix', () => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), 'N° action', '7');
    renumber(input, 'Indicateurs', 'N° action', 7);
    renumber(input, 'Preuves', 'N° action', '7');
    const issues = issuesOf(input, 'ambiguous-id');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.sheet === 'Indicateurs' && i.fix?.value === '7')).toBe(true);
    expect(issues[0]!.params).toMatchObject({ problem: 'number-text', typed: 'number' });
  });

  it('two actions 1 and "1": a warning on the second', () => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), 'N° action', 1);
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A2'), 'N° action', '1');
    const twins = issuesOf(input, 'ambiguous-id').filter((i) => i.sheet === 'Actions');
    expect(brief(twins)).toEqual([
      {
        severity: 'warning',
        sheet: 'Actions',
        cell: 'A3',
        params: { problem: 'type-twin', column: 'N° action', value: '1', first: 'A2' },
      },
    ]);
    // Not a duplicate: the workbook counts them as two actions.
    expect(issuesOf(input, 'duplicate-id')).toEqual([]);
  });

  it('a proof for "a1" when the action is A1: counted, the fix harmonises the spelling', () => {
    const input = example('ca');
    setCell(input, 'Preuves', 0, 'N° action', 'a1');
    const issues = issuesOf(input, 'ambiguous-id');
    expect(brief(issues)).toEqual([
      {
        severity: 'info',
        sheet: 'Preuves',
        cell: 'A2',
        params: {
          problem: 'case',
          column: 'N° action',
          value: 'a1',
          target: 'Actions',
          expected: 'A1',
        },
      },
    ]);
    expect(issues[0]!.fix).toEqual({ cell: 'A2', value: 'A1' });
  });

  it('VRAI typed as an id: a warning (LibreOffice holds it as 1, Excel does not)', () => {
    const input = example('ca');
    setCell(input, 'Preuves', 0, 'N° action', true);
    expect(brief(issuesOf(input, 'ambiguous-id'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Preuves',
        cell: 'A2',
        params: { problem: 'boolean', column: 'N° action', value: 'true' },
      },
    ]);
  });

  it('an id computed by a formula whose value the file did not keep', () => {
    const input = example('ca');
    const t = tableOf(input, 'Actions');
    const row = rowWith(input, 'Actions', 'A1');
    setCell(input, 'Actions', row, 'N° action', '');
    (t.formulas[row] as (string | null)[])[0] = '"A"&"1"';
    expect(brief(issuesOf(input, 'ambiguous-id'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Actions',
        cell: 'A2',
        params: { problem: 'formula', column: 'N° action' },
      },
    ]);
  });

  it('ids with * ? ~ < > = are ordinary ids: nothing to report', () => {
    const input = example('ca');
    renumberEverywhere(input, '<A*1?~');
    expect(issuesOf(input, 'ambiguous-id')).toEqual([]);
    expect(issuesOf(input, 'unknown-reference')).toEqual([]);
    expect(checkWorkbook(input).actions.find((a) => a.id === '<A*1?~')!.flagged).toBe(false);
  });
});
