import { checkWorkbook } from '../../../src/core/check';
import { EXAMPLES } from '../../../src/core/examples';
import { readWorkbook } from '../../../src/core/read/read';
import type { ReadResult, WorkbookInput } from '../../../src/core/read/types';
import { compute } from '../../../src/core/indicators/compute';
import { caV1, inputOf } from '../../merge/support/workbooks';
import { example } from '../support/examples';
import { tableOf } from '../support/plan-input';

const v1 = (): WorkbookInput => inputOf(caV1, EXAMPLES.ca.data);
const read = (input: WorkbookInput) => readWorkbook(input) as ReadResult;
const said = (r: ReadResult) => r.issues.map((i) => [i.severity, i.params]);

describe('a version 1 workbook', () => {
  it('is read with its own headers and said to be upgradable, nothing missing', () => {
    const r = read(v1());
    expect([r.version, r.template.version, r.current.version]).toEqual([1, 1, 3]);
    expect(said(r)).toEqual([['info', { problem: 'upgrade-available', found: 1, expected: 3 }]]);
    const proofs = r.tables['Preuves']!;
    expect(proofs.def.columns.find((c) => c.id === 'link')?.header).toBe('Lien ou référence');
    expect(proofs.rows.some((row) => row.values.link !== null)).toBe(true);
    expect(r.tables['Actions']!.columns.associatedPartners).toBeUndefined();
  });

  it('is recognised without _meta, its version told by its headers', () => {
    const input = v1();
    input.meta = {};
    const r = read(input);
    expect(r.version).toBe(1);
    expect(said(r).map(([s, p]) => [s, (p as { problem: string }).problem])).toEqual([
      ['info', 'template-guessed'],
      ['info', 'upgrade-available'],
    ]);
  });

  it('reads a header of the other version as its column, said as information', () => {
    const input = v1();
    const proofs = tableOf(input, 'Preuves');
    proofs.headers[5] = 'Lien ou emplacement de la preuve';
    const r = read(input);
    expect(r.issues.find((i) => i.sheet === 'Preuves')).toMatchObject({
      severity: 'info',
      cell: 'F1',
      params: { problem: 'header-version', column: 'Lien ou référence', version: 3 },
      fix: { cell: 'F1', value: 'Lien ou référence' },
    });
    expect(r.tables['Preuves']!.columns.link).toBe(5);
  });

  it('takes a column of version 2 added by hand, silently', () => {
    const input = v1();
    const actions = tableOf(input, 'Actions');
    actions.headers.push('Partenaires associés');
    actions.values.forEach((row, i) => row.push(i === 0 ? 'CCAS, Mairie' : null));
    actions.formulas.forEach((row) => row.push(null));
    const r = read(input);
    expect(said(r)).toHaveLength(1);
    expect(r.tables['Actions']!.rows[0]!.values.associatedPartners).toBe('CCAS, Mairie');
  });

  it('is checked with its own formulas: its own figures, no error', () => {
    const old = checkWorkbook(v1());
    expect(old.figures).toEqual(compute(caV1, EXAMPLES.ca.data).figures);
    expect(old.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(old.version).toBe(1);
  });
});

describe('a current workbook', () => {
  it('with the old header of a renamed column reads it, said as information', () => {
    const input = example('ca');
    tableOf(input, 'Preuves').headers[5] = 'Lien ou référence';
    const r = read(input);
    expect(said(r)).toEqual([
      [
        'info',
        {
          problem: 'header-version',
          table: 'Preuves',
          column: 'Lien ou emplacement de la preuve',
          found: 'Lien ou référence',
          version: 1,
        },
      ],
    ]);
  });
});
