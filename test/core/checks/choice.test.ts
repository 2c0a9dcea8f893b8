import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('choice', () => {
  it.each([
    [
      'Les ressources ont été mobilisées comme prévu',
      'Peut-être',
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'T2',
          params: {
            problem: 'outside-list',
            column: 'Les ressources ont été mobilisées comme prévu',
            value: 'Peut-être',
            values: ['OUI', 'NON', 'En partie'],
          },
        },
      ],
    ],
    [
      'Les ressources ont été mobilisées comme prévu',
      'oui',
      [
        {
          severity: 'info',
          sheet: 'Actions',
          cell: 'T2',
          params: {
            problem: 'normalised',
            column: 'Les ressources ont été mobilisées comme prévu',
            value: 'oui',
            expected: 'OUI',
          },
        },
      ],
    ],
    ['Les ressources ont été mobilisées comme prévu', 'NON', []],
    ["Territoire d'intervention", 'Tarn', []], // an extensible list whose workbook values are unknown
  ])('%s = %j', (header, value, expected) => {
    const input = example('ca');
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), header, value);
    expect(brief(issuesOf(input, 'choice'))).toEqual(expected);
  });

  it('checks an extensible list against the workbook list when the adapter gives it', () => {
    const input = example('ca');
    input.lists = { Territoires: ['Albigeois', 'Carmausin', 'Ségala'] };
    setCell(input, 'Actions', rowWith(input, 'Actions', 'A1'), "Territoire d'intervention", 'Tarn');
    expect(brief(issuesOf(input, 'choice'))).toEqual([
      {
        severity: 'error',
        sheet: 'Actions',
        cell: 'N2',
        params: {
          problem: 'outside-list',
          column: "Territoire d'intervention",
          value: 'Tarn',
          values: ['Albigeois', 'Carmausin', 'Ségala'],
        },
      },
    ]);
  });

  it('finds nothing in the examples', () => {
    expect(issuesOf(example('ca'), 'choice')).toEqual([]);
    expect(issuesOf(example('cpts'), 'choice')).toEqual([]);
  });
});
