import { checkWorkbook } from '../../../src/core/check';
import { renderIssue } from '../../../src/core/i18n/render';
import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

// The invented A4's « Délai moyen… » indicator: baseline 45 days, target 30, Baisse souhaitée.
const DELAY = 'Délai moyen d’obtention d’un premier rendez-vous (jours)';
const delayRow = (input: ReturnType<typeof example>) => rowWith(input, 'Indicateurs', DELAY, 2);

describe('indicator-definition', () => {
  it('says nothing on the example', () => {
    expect(issuesOf(example('ca'), 'indicator-definition')).toEqual([]);
  });

  it('a decrease whose target is above its baseline: the direction contradicts the figures', () => {
    const input = example('ca');
    setCell(input, 'Indicateurs', delayRow(input), 'Évolution souhaitée', 'Hausse souhaitée');
    expect(brief(issuesOf(input, 'indicator-definition'))).toEqual([
      {
        severity: 'warning',
        sheet: 'Indicateurs',
        cell: `E${delayRow(input) + 2}`,
        params: {
          problem: 'direction-contradicts',
          key: 'A4',
          indicator: DELAY,
          direction: 'Hausse souhaitée',
          baseline: 45,
          target: 30,
        },
      },
    ]);
  });

  it('quarterly rates summed (50 % + 60 % read as 110 %): a warning at Mode de calcul', () => {
    const input = example('ca');
    const row = rowWith(input, 'Indicateurs', 'Participation au webinaire', 2);
    setCell(input, 'Indicateurs', row, 'Mode de calcul', 'Somme');
    const [found] = issuesOf(input, 'indicator-definition');
    expect(found).toMatchObject({ cell: `G${row + 2}`, params: { problem: 'level-summed' } });
    expect(renderIssue(found!)).toContain('50 % + 60 % ne font pas 110 %');
  });

  it('a blank nature is an error (required), never a silent Somme', () => {
    const input = example('ca');
    setCell(input, 'Indicateurs', delayRow(input), "Nature de l'indicateur", null);
    const result = checkWorkbook(input);
    expect(
      result.issues.filter((i) => i.rule === 'required').map((i) => [i.sheet, i.cell]),
    ).toEqual([['Indicateurs', `F${delayRow(input) + 2}`]]);
  });
});
