import type { WorkbookInput } from '../../../src/core/read/types';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
type Case = [string, (i: WorkbookInput) => void, object[]];
const a1 = (i: WorkbookInput) => rowWith(i, 'Actions', 'A1');

describe('date', () => {
  const cases: Case[] = [
    [
      'text that is not a date',
      (i) => setCell(i, 'Actions', a1(i), 'Date de fin', 'bientôt'),
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'P2',
          params: { problem: 'not-a-date', column: 'Date de fin', value: 'bientôt' },
        },
      ],
    ],
    [
      'Date de fin before Date de début',
      (i) => setCell(i, 'Actions', a1(i), 'Date de fin', d('2024-01-10')), // début 15/01/2024
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'P2',
          params: {
            problem: 'end-before-start',
            start: 'Date de début',
            end: 'Date de fin',
            startDate: '2024-01-15',
            endDate: '2024-01-10',
          },
        },
      ],
    ],
    ['same day', (i) => setCell(i, 'Actions', a1(i), 'Date de fin', d('2024-01-15')), []],
    [
      'Calendrier: fin before début',
      (i) => setCell(i, 'Calendrier', 0, 'Date de fin', d('2024-01-01')), // début 08/01/2024
      [
        {
          severity: 'error',
          sheet: 'Calendrier',
          cell: 'E3',
          params: { problem: 'end-before-start', startDate: '2024-01-08', endDate: '2024-01-01' },
        },
      ], // header on row 2
    ],
    [
      'before the programme period',
      (i) => setCell(i, 'Actions', a1(i), 'Date de début', d('2023-12-01')), // période 01/01/2024 – 31/12/2024
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'O2',
          params: {
            problem: 'outside-period',
            column: 'Date de début',
            value: '2023-12-01',
            periodStart: '2024-01-01',
            periodEnd: '2024-12-31',
          },
        },
      ],
    ],
    [
      'an instance after the period',
      (i) => setCell(i, 'Instances', 0, 'Date', d('2025-01-01')),
      [
        {
          severity: 'warning',
          sheet: 'Instances',
          cell: 'A2',
          params: { problem: 'outside-period', value: '2025-01-01' },
        },
      ],
    ],
    [
      'on the last day of the period',
      (i) => setCell(i, 'Instances', 0, 'Date', d('2024-12-31')),
      [],
    ],
    [
      'no period: nothing to compare',
      (i) => {
        setCell(i, 'Programme', rowWith(i, 'Programme', 'Début de période'), 'Valeur', null);
        setCell(i, 'Actions', a1(i), 'Date de début', d('2020-01-01'));
      },
      [],
    ],
    [
      'a period typed as French text',
      (i) => {
        setCell(
          i,
          'Programme',
          rowWith(i, 'Programme', 'Début de période'),
          'Valeur',
          '01/01/2024',
        );
        setCell(i, 'Instances', 0, 'Date', d('2023-12-31'));
      },
      [
        {
          severity: 'warning',
          sheet: 'Instances',
          cell: 'A2',
          params: { problem: 'outside-period', periodStart: '2024-01-01' },
        },
      ],
    ],
  ];

  it.each(cases)('%s', (_what, spoil, expected) => {
    const input = example('ca');
    spoil(input);
    const found = brief(issuesOf(input, 'date'));
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
