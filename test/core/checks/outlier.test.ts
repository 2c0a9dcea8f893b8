import { example, issuesOf, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

describe('outlier', () => {
  // "Vues de la vidéo tutorielle": cible 100, Somme of T1 + T2 (T2 = 40).
  it.each([
    [260, []], // 260 + 40 = 300 = 3 × 100
    [
      261,
      [
        {
          severity: 'warning',
          sheet: 'Indicateurs',
          cell: 'P3',
          params: {
            key: 'A1',
            indicator: 'Vues de la vidéo tutorielle',
            realised: 301,
            target: 100,
            factor: 3,
          },
        },
      ],
    ], // 301 > 300
    ['261', [{ cell: 'P3', params: { realised: 301 } }]], // text read as 261
  ])('T1 = %j', (t1, expected) => {
    const input = example('ca');
    setCell(
      input,
      'Indicateurs',
      rowWith(input, 'Indicateurs', 'Vues de la vidéo tutorielle', 2),
      'T1',
      t1,
    );
    expect(issuesOf(input, 'outlier')).toMatchObject(expected);
    expect(issuesOf(input, 'outlier')).toHaveLength(expected.length);
  });
});
