import { renderIssue } from '../../../src/core/i18n/render';
import type { WorkbookInput } from '../../../src/core/read/types';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell, tableOf } from '../support/plan-input';

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

describe('issue 15 (trial): a reference told apart only by an apostrophe or accents', () => {
  const PREVENTION = 'Actions de prévention menées';
  /** The cpts example with the indicator renamed and its proof's reference typed. */
  function typed(name: string, reference: string) {
    const input = example('cpts');
    setCell(
      input,
      'IndicateursACI',
      rowWith(input, 'IndicateursACI', PREVENTION, 1),
      'Indicateur',
      name,
    );
    const proofs = tableOf(input, 'Preuves');
    const col = proofs.headers.indexOf('Indicateur ACI');
    setCell(
      input,
      'Preuves',
      rowWith(input, 'Preuves', PREVENTION, col),
      'Indicateur ACI',
      reference,
    );
    return issuesOf(input, 'unknown-reference');
  }

  it("’ for ': the apostrophe said, the sheet’s spelling offered", () => {
    const found = typed("Bilans d'orientation de l'enfant", 'Bilans d’orientation de l’enfant');
    expect(found).toMatchObject([
      {
        sheet: 'Preuves',
        params: { expected: "Bilans d'orientation de l'enfant", difference: 'apostrophe' },
        fix: { value: "Bilans d'orientation de l'enfant" },
      },
    ]);
    expect(renderIssue(found[0]!, 'fr')).toContain(
      "n'existe pas dans la feuille « Indicateurs ACI » : son apostrophe n'est pas celle de la liste (’ au lieu de ') ; valeur proposée : « Bilans d'orientation de l'enfant ».",
    );
  });

  it('accents: said, the sheet’s spelling offered', () => {
    const found = typed(PREVENTION, 'Actions de prevention menees');
    expect(found).toMatchObject([
      { params: { difference: 'accents' }, fix: { value: PREVENTION } },
    ]);
  });

  it('nothing near: no fix, as before', () => {
    const found = typed(PREVENTION, 'Ateliers');
    expect(found).toMatchObject([{ params: { problem: 'missing', value: 'Ateliers' } }]);
    expect(found[0]!.fix).toBeUndefined();
  });
});
