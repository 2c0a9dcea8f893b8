import { EXAMPLES } from '../../../src/core/examples';
import { compute } from '../../../src/core/indicators/compute';
import { ca } from '../../../src/core/templates/ca';
import type { Row } from '../../../src/core/values/cell';

const figures = (data: Record<string, Row[]>) => compute(ca, data).figures;

/** Issue 18: headline figures that mean what their label says. */
describe('Synthèse figures of ca v3', () => {
  it('presence at the COPIL is its own figure (75 %), not pooled with every meeting (85 %)', () => {
    const f = figures(EXAMPLES.ca.data);
    expect(f['CA_TauxPresenceCopil']).toBe(12 / 16); // COPIL: (7 + 5) / (8 + 8)
    expect(f['CA_TauxPresenceCotech']).toBe(1); // 5 / 5
    expect(f['CA_TauxPresencePartenaires']).toBe(23 / 27); // (7 + 5 + 5 + 6) / (8 + 5 + 8 + 6)
  });

  it('« En partie » is counted as itself, not as non-conforme', () => {
    const f = figures(EXAMPLES.ca.data);
    // A1 OUI, A2 OUI, A3 En partie, A4 En partie
    expect([
      f['CA_NbActionsConformes'],
      f['CA_NbActionsConformesEnPartie'],
      f['CA_NbActionsNonConformes'],
    ]).toEqual([2, 2, 0]);
    expect(f['CA_TauxConformite']).toBe(0.5); // 2 OUI of 4 answers
  });

  it('the mean attainment is capped: 160 % and 80 % average to 90 %, not 120 %', () => {
    const ind = (t1: number): Row => ({
      action: 'A1',
      type: 'Résultat',
      name: `Indicateur ${t1}`,
      direction: 'Hausse souhaitée',
      nature: 'Cumul sur la période',
      target: 10,
      t1,
    });
    const f = figures({ Indicateurs: [ind(16), ind(8)] });
    expect(f['CA_TauxAtteinteResultats']).toBeCloseTo(0.9, 12); // (1 + 0.8) / 2
    expect([f['CA_NbIndicateursAtteints'], f['CA_NbIndicateursPartiels']]).toEqual([1, 1]);
    expect(f['CA_PartIndicateursAtteints']).toBe(0.5);
  });

  it('shares of indicators by status on the example (a decrease in progress is not judged)', () => {
    const f = figures(EXAMPLES.ca.data);
    // 17 indicators: the cumulative decrease of A4 is « En cours »; 4 are partly reached
    // (acteurs recensés 37/40, sollicitations 16/20, personnes reçues 41/60, délai 45 → 35
    // for 30); 12 reached.
    expect([
      f['CA_NbIndicateursAtteints'],
      f['CA_NbIndicateursPartiels'],
      f['CA_NbIndicateursNonAtteints'],
      f['CA_NbIndicateursEnCours'],
      f['CA_NbIndicateursNonRenseignes'],
    ]).toEqual([12, 4, 0, 1, 0]);
    expect(f['CA_PartIndicateursAtteints']).toBe(12 / 16);
  });

  it('sectors are sectors: Association and Collectivité territoriale (v2 answers) are not counted', () => {
    const f = figures({
      Partenaires: [
        { name: 'P1', sector: 'Santé' },
        { name: 'P2', sector: 'Association' },
        { name: 'P3', sector: 'collectivité territoriale' },
        { name: 'P4', sector: 'Social', orgType: 'Habitants / usagers' },
        { name: 'P5', sector: 'santé' },
      ],
    });
    expect(f['CA_NbSecteurs']).toBe(2); // Santé, Social
    expect(f['CA_NbPartenairesHabitants']).toBe(1);
  });

  it('the four contribution answers reach the Synthèse, « Partiellement » apart', () => {
    const f = figures(EXAMPLES.ca.data);
    // A1: coopération Oui, pratiques Oui, ISTS Non, parcours Partiellement;
    // A2: coopération Oui, pratiques Partiellement, ISTS Partiellement, parcours Oui.
    expect([
      f['CA_NbContributionCooperation'],
      f['CA_NbContributionPratiques'],
      f['CA_NbContributionPratiquesPartielle'],
      f['CA_NbContributionISTSPartielle'],
      f['CA_NbContributionParcours'],
      f['CA_NbContributionParcoursPartielle'],
    ]).toEqual([2, 1, 1, 1, 1, 1]);
  });

  it('participation of inhabitants: expected and observed levels, inhabitants at the COPIL', () => {
    const f = figures({
      Actions: [
        { id: 'A1', participationExpected: 'Concertation', participationObserved: 'Aucune' },
        { id: 'A2', participationExpected: 'partenariat', participationObserved: 'Information' },
      ],
      Instances: [
        { kind: 'COPIL', invited: 8, present: 6, inhabitants: 2 },
        { kind: 'COTECH', invited: 5, present: 5, inhabitants: 1 },
      ],
    });
    expect([
      f['CA_NbActionsParticipationAttendue'],
      f['CA_NbActionsParticipationObservee'],
    ]).toEqual([2, 1]);
    expect([f['CA_HabitantsPresentsInstances'], f['CA_HabitantsPresentsCopil']]).toEqual([3, 2]);
  });
});
