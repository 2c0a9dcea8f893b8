import { brief, example, issuesOf, rowWith, spareRow } from '../support/examples';
import { setCell, tableOf } from '../support/plan-input';

const O = 'Observable (documents, livrables)';

describe('proof (seed 000: each proof with its source and its limits)', () => {
  it('the invented A4’s poster supports an output only: not counted, said at its Preuve cell', () => {
    expect(brief(issuesOf(example('ca'), 'proof'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Preuves',
        cell: 'C13',
        params: { problem: 'not-counted', key: 'A4', kind: O, reasons: ['output-only'] },
      },
    ]);
  });

  it('a row with a type and no text nor source is not counted, and its empty limits are asked for', () => {
    const input = example('ca');
    const row = spareRow(input, 'Preuves');
    setCell(input, 'Preuves', row, 'N° action', 'A3');
    setCell(input, 'Preuves', row, 'Type de preuve', O);
    const found = brief(
      issuesOf(input, 'proof').filter((i) => i.rule === 'proof' && i.params.key === 'A3'),
    );
    expect(found).toEqual([
      {
        severity: 'warning',
        sheet: 'Preuves',
        cell: `C${row + 2}`,
        params: {
          problem: 'not-counted',
          key: 'A3',
          kind: O,
          reasons: ['undescribed', 'unsourced'],
        },
      },
      {
        severity: 'warning',
        sheet: 'Preuves',
        cell: `G${row + 2}`,
        params: { problem: 'no-limits', key: 'A3', kind: O },
      },
    ]);
  });

  it('says nothing of a described, sourced proof with its limits', () => {
    const input = example('ca');
    const row = rowWith(input, 'Preuves', 'A4', 0);
    expect(issuesOf(input, 'proof').some((i) => i.cell === `C${row + 2}`)).toBe(false);
  });

  it('issue 18: cpts counts proofs as ca does: an unsourced testimony leaves the chair incomplete', () => {
    const input = example('cpts');
    expect(issuesOf(input, 'proof')).toEqual([]);
    const key = 'Campagne formulaire de sollicitation';
    const triangulated = () =>
      issuesOf(input, 'triangulation').some(
        (i) => i.rule === 'triangulation' && i.params.key === key,
      );
    expect(triangulated()).toBe(false);
    const T = 'Qualitatif (témoignages)';
    const row = tableOf(input, 'Preuves').values.findIndex((r) => r[0] === key && r[1] === T);
    setCell(input, 'Preuves', row, 'Source', null);
    setCell(input, 'Preuves', row, 'Limites et biais', null);
    expect(brief(issuesOf(input, 'proof'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Preuves',
        cell: `C${row + 2}`,
        params: { problem: 'not-counted', key, kind: T, reasons: ['unsourced'] },
      },
      {
        severity: 'warning',
        sheet: 'Preuves',
        cell: `G${row + 2}`,
        params: { problem: 'no-limits', key, kind: T },
      },
    ]);
    expect(triangulated()).toBe(true);
  });
});
