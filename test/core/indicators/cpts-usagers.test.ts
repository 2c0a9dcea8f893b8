import { EXAMPLES } from '../../../src/core/examples';
import { compute } from '../../../src/core/indicators/compute';
import { cpts } from '../../../src/core/templates/cpts';

describe('issue 18: cpts users as seed 003 counts them', () => {
  it('users engaged are counted per phase, summed over the projects', () => {
    const c = compute(cpts, {
      Projets: [
        { id: 'A', engagedInformation: 100, engagedConcertation: 40, engagedPartnership: 0 },
        { id: 'B', engagedInformation: 18, engagedCollaboration: 6, engagedPartnership: 2 },
        { id: 'C', engagedConcertation: '12' }, // a text is not a count
      ],
    });
    expect(
      ['Information', 'Concertation', 'Collaboration', 'Partenariat'].map(
        (p) => c.figures[`CPTS_Usagers${p}`],
      ),
    ).toEqual([118, 40, 6, 2]);
    // The contract's CPTS_Nb… still count projects: those engaging users in the phase.
    expect(
      [
        'CPTS_NbInformation',
        'CPTS_NbConcertation',
        'CPTS_NbCollaboration',
        'CPTS_NbPartenariat',
      ].map((n) => c.figures[n]),
    ).toEqual([2, 1, 1, 1]);
  });

  it('an usager partenaire on two projects is one person; the sum over projects says two', () => {
    const c = compute(cpts, {
      Projets: [
        { id: 'A', partners: 1 },
        { id: 'B', partners: 1 },
      ],
      UsagersPartenaires: [
        { code: 'UP-01', project: 'A', phase: 'Collaboration' },
        { code: 'up-01', project: 'B', phase: 'Partenariat' }, // = compares texts without case
        { code: 'UP-01', body: 'Comité des usagers' },
      ],
    });
    expect(c.figures['CPTS_UsagersPartenaires']).toBe(1);
    expect(c.figures['CPTS_UsagersPartenairesParProjet']).toBe(2);
  });

  it('the number 7 and the text "7" are two codes, as = tells them apart (docs/identifiants.md)', () => {
    const c = compute(cpts, { UsagersPartenaires: [{ code: 7 }, { code: '7' }, { code: 7 }] });
    expect(c.figures['CPTS_UsagersPartenaires']).toBe(2);
  });

  it('the example: 7 people, 8 when added project by project', () => {
    const c = compute(cpts, EXAMPLES.cpts.data);
    expect(c.figures['CPTS_UsagersPartenaires']).toBe(7);
    expect(c.figures['CPTS_UsagersPartenairesParProjet']).toBe(8);
  });

  it('recourse is over the people the service was presented to: 12 of 18, though 10 were referred', () => {
    const c = compute(cpts, {
      Population: [{ project: 'P', referred: 10, presented: 18, used: 12 }],
    });
    expect(c.tables['Population']![0]!['uptakeRate']).toBe(12 / 18);
    expect(c.figures['CPTS_TauxRecours']).toBe(12 / 18);
    expect(c.figures['CPTS_NbOrientes']).toBe(10);
  });

  it('the determinants are the three families, each counted', () => {
    const c = compute(cpts, {
      Population: [
        { project: 'A', determinantsSocial: 'OUI', determinantsOrganisational: 'OUI' },
        { project: 'B', determinantsSocial: 'OUI', determinantsEnvironmental: 'NON' },
      ],
    });
    expect(
      [
        'CPTS_NbDeterminantsSociaux',
        'CPTS_NbDeterminantsEnvironnementaux',
        'CPTS_NbDeterminantsOrganisationnels',
      ].map((n) => c.figures[n]),
    ).toEqual([2, 0, 1]);
  });

  it('the gap of reported difficulties adds up, 0 → 3 included', () => {
    const c = compute(cpts, {
      Population: [
        { project: 'A', difficultiesBefore: 20, difficultiesAfter: 12 },
        { project: 'B', difficultiesBefore: 0, difficultiesAfter: 3 },
        { project: 'C', difficultiesAfter: 9 }, // no « avant »: no gap
      ],
    });
    expect(c.figures['CPTS_EcartDifficultes']).toBe(-5);
  });
});
