import { ACI_FONCTIONNEMENT_ROW, ACI_MISSIONS } from '../../../src/core/templates/cpts-aci';
import { renderIssue } from '../../../src/core/i18n/render';
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
            difference: 'case',
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

  describe('issue 15 (trial): a mission spelled apart from the list counts in no mission', () => {
    const mission = (value: string) => {
      const input = example('cpts');
      setCell(
        input,
        'DepensesACI',
        rowWith(input, 'DepensesACI', 'Prévention', 1),
        'Mission',
        value,
      );
      return issuesOf(input, 'choice');
    };

    it.each([
      ['Prévention ', 'spaces', 'il a des espaces en trop (au début, à la fin ou doublés)'],
      [' Prévention', 'spaces', 'il a des espaces en trop (au début, à la fin ou doublés)'],
      ['Prevention', 'accents', 'ses accents ou sa ponctuation diffèrent de « Prévention »'],
    ])('%j: not counted, said, the list value offered', (value, difference, why) => {
      const found = mission(value);
      expect(found).toMatchObject([
        {
          severity: 'warning',
          params: { problem: 'normalised', value, expected: 'Prévention', difference },
          fix: { value: 'Prévention' },
        },
      ]);
      expect(renderIssue(found[0]!, 'fr')).toBe(
        `'Dépenses ACI'!${found[0]!.cell} : « ${value} » n'est pas dans la liste : ${why} ; les formules du classeur ne reconnaissent pas cette écriture : la ligne ne compte sous aucune « Mission » (ni dans les totaux, ni dans les taux) tant qu'elle n'est pas corrigée ; valeur proposée : « Prévention ».`,
      );
    });

    it('a typographic apostrophe: said, and the list spelling offered', () => {
      const input = example('cpts');
      input.lists = { MissionsACI: [...ACI_MISSIONS, ACI_FONCTIONNEMENT_ROW, "Santé de l'enfant"] };
      const row = rowWith(input, 'DepensesACI', 'Prévention', 1);
      setCell(input, 'DepensesACI', row, 'Mission', 'Santé de l’enfant');
      const found = issuesOf(input, 'choice');
      expect(found).toMatchObject([
        {
          severity: 'warning',
          params: { difference: 'apostrophe', expected: "Santé de l'enfant" },
          fix: { value: "Santé de l'enfant" },
        },
      ]);
      expect(renderIssue(found[0]!, 'fr')).toContain(
        "« Santé de l’enfant » n'est pas dans la liste : son apostrophe n'est pas celle de la liste (’ au lieu de ')",
      );
    });

    it('letter case only: still counted (SUMIFS ignores case), an information', () => {
      expect(mission('prévention')).toMatchObject([
        { severity: 'info', params: { difference: 'case' } },
      ]);
    });
  });

  it('finds nothing in the examples', () => {
    expect(issuesOf(example('ca'), 'choice')).toEqual([]);
    expect(issuesOf(example('cpts'), 'choice')).toEqual([]);
  });
});
