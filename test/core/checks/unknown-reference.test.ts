import type { WorkbookInput } from '../../../src/core/read/types';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

type Case = [string, (i: WorkbookInput) => void, object[]];

describe('unknown-reference', () => {
  const cases: Case[] = [
    [
      'N° action of an indicator not in Actions',
      (i) => setCell(i, 'Indicateurs', 0, 'N° action', 'A9'),
      [
        {
          severity: 'error',
          sheet: 'Indicateurs',
          cell: 'A2',
          params: { problem: 'missing', column: 'N° action', value: 'A9', target: 'Actions' },
        },
      ],
    ],
    [
      'N° action of a proof in another case (as COUNTIFS)',
      (i) => setCell(i, 'Preuves', 0, 'N° action', 'a1'),
      [],
    ],
    [
      'Porteur not in Partenaires (a warning)',
      (i) => setCell(i, 'Actions', rowWith(i, 'Actions', 'A1'), 'Porteur', 'Mairie'),
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'D2',
          params: { problem: 'missing', column: 'Porteur', value: 'Mairie', target: 'Partenaires' },
        },
      ],
    ],
    [
      'Objectif opérationnel not in Objectifs',
      (i) => setCell(i, 'Actions', rowWith(i, 'Actions', 'A1'), 'Objectif opérationnel', 'O9'),
      [
        {
          severity: 'error',
          sheet: 'Actions',
          cell: 'B2',
          params: {
            problem: 'missing',
            column: 'Objectif opérationnel',
            value: 'O9',
            target: 'Objectifs',
          },
        },
      ],
    ],
    [
      'Objectif opérationnel of level Spécifique',
      (i) => setCell(i, 'Actions', rowWith(i, 'Actions', 'A1'), 'Objectif opérationnel', 'S1'),
      [
        {
          severity: 'warning',
          sheet: 'Actions',
          cell: 'B2',
          params: {
            problem: 'wrong-level',
            column: 'Objectif opérationnel',
            value: 'S1',
            target: 'Objectifs',
            level: 'Opérationnel',
            found: 'Spécifique',
          },
        },
      ],
    ],
    [
      'Objectif parent not in Objectifs',
      (i) => setCell(i, 'Objectifs', rowWith(i, 'Objectifs', 'S1'), 'Objectif parent', 'G9'),
      [
        {
          severity: 'error',
          sheet: 'Objectifs',
          cell: 'D3',
          params: {
            problem: 'missing',
            column: 'Objectif parent',
            value: 'G9',
            target: 'Objectifs',
          },
        },
      ],
    ],
    ['nothing changed', () => undefined, []],
  ];

  it.each(cases)('%s', (_what, spoil, expected) => {
    const input = example('ca');
    spoil(input);
    expect(brief(issuesOf(input, 'unknown-reference'))).toEqual(expected);
  });

  it('checks the projects of cpts', () => {
    const input = example('cpts');
    setCell(input, 'Population', 0, 'Projet ou action', 'Projet fantôme');
    expect(brief(issuesOf(input, 'unknown-reference'))).toEqual([
      {
        severity: 'error',
        sheet: 'Population',
        cell: 'A2',
        params: {
          problem: 'missing',
          column: 'Projet ou action',
          value: 'Projet fantôme',
          target: 'Projets',
        },
      },
    ]);
  });
});
