import { brief, example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('ratio', () => {
  it.each([
    [
      9,
      [
        {
          severity: 'warning',
          sheet: 'Instances',
          cell: 'D2',
          params: {
            num: 'Partenaires présents',
            den: 'Partenaires invités',
            numValue: 9,
            denValue: 8,
          },
        },
      ],
    ], // 9 > 8
    [8, []], // 8 = 8
  ])('Instances: %d présents for 8 invités', (present, expected) => {
    const input = example('ca');
    setCell(input, 'Instances', 0, 'Partenaires présents', present);
    expect(brief(issuesOf(input, 'ratio'))).toEqual(expected);
  });

  it.each([
    ['Satisfaits', 41, 'L2', 'error'], // 41 > 40 Répondants
    ["Recommandent l'action", 41, 'M2', 'error'],
    ['Se sentent écoutés et pris en compte', 41, 'N2', 'error'],
    ['Ont compris les informations', 41, 'O2', 'error'],
    ['Participants', 201, 'J2', 'warning'], // 201 > 200 invitées
  ])('Projets: %s = %d', (header, value, cell, severity) => {
    const input = example('cpts');
    setCell(
      input,
      'Projets',
      rowWith(input, 'Projets', 'Campagne formulaire de sollicitation'),
      header,
      value,
    );
    expect(issuesOf(input, 'ratio')).toMatchObject([
      { severity, sheet: 'Projets', cell, params: { num: header, numValue: value } },
    ]);
  });

  it.each([
    ['Déclarent mieux comprendre leur santé', 53, 'C2', 'error'], // 53 > 52 interrogés
    ['Personnes ayant eu recours au dispositif présenté', 65, 'I2', 'warning'], // 65 > 64 présentées
  ])('Population: %s = %d', (header, value, cell, severity) => {
    const input = example('cpts');
    setCell(input, 'Population', 0, header, value);
    expect(issuesOf(input, 'ratio')).toMatchObject([{ severity, sheet: 'Population', cell }]);
  });

  it('issue 18: more recourse than people referred is no error (the rate is over those presented)', () => {
    const input = example('cpts');
    setCell(input, 'Population', 0, 'Personnes orientées vers une ressource adaptée', 5);
    setCell(input, 'Population', 0, 'Personnes ayant eu recours au dispositif présenté', 17);
    expect(issuesOf(input, 'ratio')).toEqual([]);
  });

  it('does not treat more beneficiaries reached than targeted as an error', () => {
    const input = example('ca');
    setCell(
      input,
      'Actions',
      rowWith(input, 'Actions', 'A1'),
      'Nombre de bénéficiaires atteints',
      500,
    ); // 500 > 120 ciblés
    expect(issuesOf(input, 'ratio')).toEqual([]);
  });

  it('finds nothing in the examples', () => {
    expect(issuesOf(example('ca'), 'ratio')).toEqual([]);
    expect(issuesOf(example('cpts'), 'ratio')).toEqual([]);
  });
});
