import { readWorkbook, type Unrecognised } from '../../../src/core/read/read';
import type { ReadResult, WorkbookInput } from '../../../src/core/read/types';
import type { CellValue } from '../../../src/core/values/cell';
import { example, rowWith } from '../support/examples';
import { setCell, tableOf } from '../support/plan-input';

function read(input: WorkbookInput): ReadResult {
  const r = readWorkbook(input);
  if (!r.template) throw new Error('template not recognised');
  return r;
}

const brief = (r: ReadResult | Unrecognised) =>
  r.issues.map((i) => ({
    rule: i.rule,
    severity: i.severity,
    sheet: i.sheet,
    cell: i.cell,
    params: i.params,
    fix: i.fix,
  }));

describe('template recognition', () => {
  it('reads the template from _meta, silently', () => {
    const r = read(example('ca'));
    expect([r.template.id, r.version, r.issues]).toEqual(['ca', 3, []]);
  });

  it.each([
    [
      'ca',
      {},
      [
        'Actions',
        'Indicateurs',
        'Programme',
        'Objectifs',
        'Partenaires',
        'ChaineValeur',
        'Contribution',
        'Instances',
        'Calendrier',
      ],
    ],
    [
      'cpts',
      { template: 'inconnu' },
      [
        'CPTS',
        'GestionProjets',
        'Projets',
        'UsagersPartenaires',
        'Population',
        'ACI',
        'IndicateursACI',
        'PaliersACI',
        'DepensesACI',
      ],
    ],
  ] as const)(
    'guesses %s from the table names when _meta says nothing useful',
    (id, meta, tables) => {
      const input = { ...example(id), meta };
      const r = read(input);
      expect(r.template.id).toBe(id);
      const guessed = r.issues.filter((i) => i.rule === 'structure');
      expect(guessed).toHaveLength(1);
      expect(guessed[0]).toMatchObject({
        severity: 'info',
        sheet: '',
        cell: '',
        params: { problem: 'template-guessed', template: id },
      });
      expect([...(guessed[0]!.params as { tables: string[] }).tables].sort()).toEqual(
        [...tables].sort(),
      );
    },
  );

  it('reports an unknown template as a structure error', () => {
    const input: WorkbookInput = { sheets: ['Feuil1'], tables: [], meta: {} };
    expect(brief(readWorkbook(input))).toEqual([
      {
        rule: 'structure',
        severity: 'error',
        sheet: '',
        cell: '',
        params: { problem: 'template-unknown' },
        fix: undefined,
      },
    ]);
  });

  it.each([
    [4, 4, [{ problem: 'version', found: '4', expected: 3 }]], // a newer version: read as 3
    ['4', 4, [{ problem: 'version', found: '4', expected: 3 }]],
    ['trois', 3, [{ problem: 'version', found: 'trois', expected: 3 }]],
    ['3', 3, []], // a version written as text is still version 3
    [null, 3, []], // no version: the headers say 3
  ] as [CellValue, number, object[]][])('_meta version %j', (v, version, params) => {
    const input = example('ca');
    input.meta['version'] = v;
    const r = read(input);
    expect(r.version).toBe(version);
    expect(r.issues.map((i) => [i.rule, i.severity, i.params])).toEqual(
      params.map((p) => ['structure', 'warning', p]),
    );
  });
});

describe('headers', () => {
  it('tolerates surrounding spaces and case, with the header cell (origin C5 → header row 5)', () => {
    const input = example('ca');
    const actions = tableOf(input, 'Actions');
    actions.origin = 'C5';
    actions.headers[0] = ' n° ACTION ';
    const r = read(input);
    expect(brief(r)).toEqual([
      {
        rule: 'structure',
        severity: 'info',
        sheet: 'Actions',
        cell: 'C5',
        params: {
          problem: 'header-tolerated',
          table: 'Actions',
          column: 'N° action',
          found: ' n° ACTION ',
        },
        fix: { cell: 'C5', value: 'N° action' },
      },
    ]);
    expect(r.tables['Actions']!.rows[0]).toMatchObject({ row: 6, values: { id: 'A1' } }); // header row 5, first data row 6
  });

  it('reports a renamed header as a missing column, suggesting the closest header', () => {
    const input = example('ca');
    tableOf(input, 'Actions').headers[0] = "N° d'action";
    const r = read(input);
    expect(brief(r)).toEqual([
      {
        rule: 'structure',
        severity: 'error',
        sheet: 'Actions',
        cell: 'A1',
        params: {
          problem: 'missing-column',
          table: 'Actions',
          column: 'N° action',
          suggestion: "N° d'action",
        },
        fix: { cell: 'A1', value: 'N° action' },
      },
    ]);
    expect(r.tables['Actions']!.columns['id']).toBeUndefined();
    expect(r.tables['Actions']!.rows[0]!.extra).toEqual({ "N° d'action": 'A1' });
  });

  it('suggests nothing when no header is close', () => {
    const input = example('ca');
    tableOf(input, 'Actions').headers[0] = 'Zzzz';
    const missing = read(input).issues.filter(
      (i) => i.params && 'problem' in i.params && i.params.problem === 'missing-column',
    );
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ cell: '', params: { column: 'N° action' } });
    expect(missing[0]!.params).not.toHaveProperty('suggestion');
  });

  it('keeps a column the template does not know, reported as information', () => {
    const input = example('ca');
    const objectifs = tableOf(input, 'Objectifs');
    objectifs.headers.push('Remarques');
    objectifs.values.forEach((row, i) => row.push(i === 0 ? 'à revoir' : null));
    objectifs.formulas.forEach((row) => row.push(null));
    const r = read(input);
    expect(brief(r)).toEqual([
      {
        rule: 'structure',
        severity: 'info',
        sheet: 'Objectifs',
        cell: 'E1', // Code, Niveau, Intitulé, Objectif parent, then Remarques
        params: { problem: 'extra-column', table: 'Objectifs', column: 'Remarques' },
        fix: undefined,
      },
    ]);
    expect(r.tables['Objectifs']!.rows[0]!.extra).toEqual({ Remarques: 'à revoir' });
  });

  it('does not report the month columns of the Calendrier', () => {
    expect(tableOf(example('ca'), 'Calendrier').headers).toContain('janv. 2024');
    expect(read(example('ca')).issues).toEqual([]);
  });
});

describe('missing tables', () => {
  it('reports a missing table and reads the others', () => {
    const input = example('ca');
    input.tables = input.tables.filter((t) => t.name !== 'Indicateurs');
    const r = read(input);
    expect(brief(r)).toEqual([
      {
        rule: 'structure',
        severity: 'error',
        sheet: 'Indicateurs',
        cell: '',
        params: { problem: 'missing-table', table: 'Indicateurs', sheet: 'Indicateurs' },
        fix: undefined,
      },
    ]);
    expect(r.tables['Actions']!.rows).toHaveLength(4);
  });

  it('finds a renamed table on its sheet', () => {
    const input = example('ca');
    tableOf(input, 'Partenaires').name = 'Tableau3';
    const r = read(input);
    expect(brief(r)).toEqual([
      {
        rule: 'structure',
        severity: 'warning',
        sheet: 'Partenaires',
        cell: 'A1',
        params: { problem: 'table-renamed', table: 'Partenaires', found: 'Tableau3' },
        fix: undefined,
      },
    ]);
    expect(r.tables['Partenaires']!.rows).toHaveLength(4);
  });
});

type Case = [string, 'ca' | 'cpts', string, string, CellValue, CellValue, object | null];

describe('entered cells, read tolerantly and never silently', () => {
  // [what, template, table, header, typed, read as, issue (rule, severity, params, fix) or null]
  const cases: Case[] = [
    [
      'decimal comma',
      'ca',
      'Actions',
      'ETP mobilisés',
      '0,25',
      0.25,
      {
        rule: 'number',
        severity: 'warning',
        params: { problem: 'text', parsed: 0.25, percent: false },
      },
    ],
    [
      'space thousands',
      'ca',
      'Actions',
      'Budget prévu (€)',
      '1 234',
      1234,
      { rule: 'number', severity: 'warning' },
    ],
    [
      'narrow no-break space',
      'ca',
      'Actions',
      'Budget prévu (€)',
      '1\u202f234',
      1234,
      { rule: 'number' },
    ],
    [
      'no-break space and euro',
      'ca',
      'Actions',
      'Budget prévu (€)',
      '1\u00a0234,5 €',
      1234.5,
      { rule: 'number' },
    ],
    ['a number stays', 'ca', 'Actions', 'Budget prévu (€)', 1234, 1234, null],
    [
      '"85 %"',
      'cpts',
      'IndicateursACI',
      'Pondération',
      '85 %',
      0.85,
      { rule: 'number', params: { parsed: 0.85, percent: true } },
    ],
    [
      '"85%"',
      'cpts',
      'IndicateursACI',
      'Pondération',
      '85%',
      0.85,
      { rule: 'number', params: { parsed: 0.85, percent: true } },
    ],
    [
      '"85" in a percentage column means 85 %',
      'cpts',
      'IndicateursACI',
      'Pondération',
      '85',
      0.85,
      { rule: 'number', params: { parsed: 0.85 } },
    ], // 85 / 100
    ['0.85 in a percentage column', 'cpts', 'IndicateursACI', 'Pondération', 0.85, 0.85, null],
    [
      'French date as text',
      'ca',
      'Actions',
      'Date de fin',
      '31/12/2024',
      new Date('2024-12-31T00:00:00Z'),
      { rule: 'date', severity: 'warning', params: { problem: 'text', parsed: '2024-12-31' } },
    ],
    [
      'serial number in a date column',
      'ca',
      'Actions',
      'Date de fin',
      45657,
      new Date('2024-12-31T00:00:00Z'),
      { rule: 'date', severity: 'info', params: { problem: 'serial', parsed: '2024-12-31' } },
    ], // 45292 (01/01/2024) + 365
    [
      '"oui": case only',
      'ca',
      'Actions',
      'Les ressources ont été mobilisées comme prévu',
      'oui',
      'OUI',
      { rule: 'choice', severity: 'info', params: { problem: 'normalised', expected: 'OUI' } },
    ],
    [
      '"Oui ": trailing space',
      'ca',
      'Actions',
      'Les ressources ont été mobilisées comme prévu',
      'Oui ',
      'OUI',
      { rule: 'choice', severity: 'warning' },
    ],
    [
      '"OUI" as listed',
      'ca',
      'Actions',
      'Les ressources ont été mobilisées comme prévu',
      'OUI',
      'OUI',
      null,
    ],
    [
      '"en partie"',
      'ca',
      'Actions',
      'Les ressources ont été mobilisées comme prévu',
      'en partie',
      'En partie',
      { rule: 'choice', severity: 'info' },
    ],
    [
      '"Activite" without accent',
      'ca',
      'Indicateurs',
      'Type',
      'Activite',
      'Activité',
      { rule: 'choice', severity: 'warning', params: { expected: 'Activité' } },
    ],
    [
      'trailing space in a reference',
      'ca',
      'Preuves',
      'N° action',
      'A1 ',
      'A1',
      { rule: 'spaces', severity: 'warning', params: { column: 'N° action', value: 'A1 ' } },
    ],
    [
      'error value',
      'ca',
      'Actions',
      'Budget prévu (€)',
      '#REF!',
      null,
      { rule: 'cell-error', severity: 'error', params: { value: '#REF!' } },
    ],
    [
      'text kept for the checks',
      'ca',
      'Actions',
      'Budget prévu (€)',
      'environ 300',
      'environ 300',
      null,
    ],
  ];

  it.each(cases)('%s', (_what, id, table, header, typed, expected, found) => {
    const input = example(id);
    const t = tableOf(input, table);
    const row = 0;
    const column = t.headers.indexOf(header);
    setCell(input, table, row, header, typed);
    const r = read(input);
    const def = r.tables[table]!.def.columns.find((c) => c.header === header)!;
    expect(r.tables[table]!.rows[row]!.values[def.id]).toEqual(expected);
    expect(r.tables[table]!.rows[row]!.raw[def.id]).toEqual(typed);
    const cell = `${String.fromCharCode(65 + column)}2`; // origin A1: first data row is row 2
    if (found === null) {
      expect(r.issues).toEqual([]);
      return;
    }
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ sheet: t.sheet, cell, ...found });
    if (found && 'rule' in found && found.rule !== 'cell-error')
      expect(r.issues[0]!.fix).toEqual({ cell, value: expected });
  });
});

describe('rows', () => {
  it('skips empty rows, also in the middle, keeping sheet rows', () => {
    const input = example('ca');
    const t = tableOf(input, 'Objectifs');
    t.values.splice(1, 0, [null, null, '  ', null]); // a blank row after G1 (spaces count as blank)
    t.formulas.splice(1, 0, [null, null, null, null]);
    const r = read(input);
    expect(r.tables['Objectifs']!.rows.map((x) => [x.row, x.values['code']])).toEqual([
      [2, 'G1'],
      [4, 'S1'], // row 3 is the blank one
      [5, 'S2'],
      [6, 'O1'],
      [7, 'O2'],
      [8, 'O3'],
    ]);
    expect(r.issues).toEqual([]);
  });
});

describe('computed columns', () => {
  it('reports a formula replaced by a value, at its cell', () => {
    const input = example('ca');
    const t = tableOf(input, 'Actions');
    const c = t.headers.indexOf('Triangulation');
    t.formulas[rowWith(input, 'Actions', 'A3')]![c] = null;
    t.values[rowWith(input, 'Actions', 'A3')]![c] = 'OUI';
    const r = read(input);
    expect(brief(r)).toEqual([
      {
        rule: 'formula-overwritten',
        severity: 'error',
        sheet: 'Actions',
        cell: 'AP4', // A3 is the third data row; Triangulation is the 42nd column
        params: { table: 'Actions', column: 'Triangulation' },
        fix: undefined,
      },
    ]);
    expect(r.tables['Actions']!.rows[2]!.values['triangulation']).toBe('OUI');
  });

  it('does not ask for formulas in empty rows', () => {
    const input = example('ca');
    const t = tableOf(input, 'Actions');
    t.formulas[10] = t.formulas[10]!.map(() => null); // a spare row
    expect(read(input).issues).toEqual([]);
  });

  it('reports a workbook without any formula once per table', () => {
    const input = example('ca');
    for (const t of input.tables) t.formulas = t.formulas.map((row) => row.map(() => null));
    const r = read(input);
    expect(r.issues.map((i) => [i.rule, i.severity, i.sheet, i.cell, i.params])).toEqual([
      [
        'formulas-absent',
        'warning',
        'Actions',
        'AH1',
        { table: 'Actions', columns: expect.arrayContaining(['Triangulation']) },
      ],
      [
        'formulas-absent',
        'warning',
        'Indicateurs',
        'P1',
        {
          table: 'Indicateurs',
          columns: [
            'Valeur réalisée',
            "Taux d'atteinte",
            'Statut',
            "Taux d'atteinte retenu (0 à 100 %)",
          ],
        },
      ],
      [
        'formulas-absent',
        'warning',
        'Preuves',
        'I1',
        { table: 'Preuves', columns: ['Preuve comptée'] },
      ],
    ]);
  });

  it('reports error values in computed cells', () => {
    const input = example('ca');
    const t = tableOf(input, 'Indicateurs');
    t.values[0]![t.headers.indexOf("Taux d'atteinte")] = '#DIV/0!';
    expect(brief(read(input))).toEqual([
      {
        rule: 'cell-error',
        severity: 'error',
        sheet: 'Indicateurs',
        cell: 'Q2',
        params: { column: "Taux d'atteinte", value: '#DIV/0!' },
        fix: undefined,
      },
    ]);
  });
});
