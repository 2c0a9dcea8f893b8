import { EXAMPLES } from '../../../src/core/examples';
import { evidenceOf, evidenceSpec } from '../../../src/core/evidence/evidence';
import { compute } from '../../../src/core/indicators/compute';
import { ca } from '../../../src/core/templates/ca';
import { cpts } from '../../../src/core/templates/cpts';
import type { Row } from '../../../src/core/values/cell';

const Q = 'Quantitatif (chiffres)';
const T = 'Qualitatif (témoignages)';
const O = 'Observable (documents, livrables)';
const place = {
  sheet: 'Actions',
  positions: [2],
  impact: { table: 'ChaineValeur', key: 'action', column: 'impact' },
};

function one(proofs: [string, string][], impact: string | null, key = 'A1') {
  const data: Record<string, Row[]> = {
    Actions: [{ id: key }],
    // Described and sourced, so that each row counts (see the issue 18 tests below).
    Preuves: proofs.map(([k, type]) => ({ key: k, type, proof: 'Preuve', source: 'Source' })),
    ChaineValeur: [{ action: 'A1', impact }],
  };
  return evidenceOf(ca, compute(ca, data), place);
}

describe('evidenceOf', () => {
  it.each([
    [
      'all three kinds',
      [
        ['A1', Q],
        ['A1', T],
        ['A1', O],
      ],
      'Canal unique',
      [1, 1, 1],
      [],
      false,
      false,
    ],
    [
      'two figures, one testimony, an impact claimed',
      [
        ['A1', Q],
        ['A1', Q],
        ['A1', T],
      ],
      'Équipe fidélisée',
      [2, 1, 0],
      ['livrable'],
      true,
      true,
    ],
    ['nothing filed', [], null, [0, 0, 0], ['chiffre', 'témoignage', 'livrable'], true, false],
    [
      'impact cell holding only spaces',
      [
        ['A1', Q],
        ['A1', T],
      ],
      '   ',
      [1, 1, 0],
      ['livrable'],
      true,
      false,
    ],
    [
      'keys and kinds in another case (as COUNTIFS)',
      [
        ['a1', Q.toLowerCase()],
        ['A1', T],
        ['A1', O],
      ],
      null,
      [1, 1, 1],
      [],
      false,
      false,
    ],
    [
      'proofs of another action',
      [
        ['A2', Q],
        ['A2', T],
        ['A2', O],
      ],
      'x',
      [0, 0, 0],
      ['chiffre', 'témoignage', 'livrable'],
      true,
      true,
    ],
  ] as [string, [string, string][], string | null, number[], string[], boolean, boolean][])(
    '%s',
    (
      _what,
      proofs,
      impact,
      [quantitative, qualitative, observable],
      missing,
      flagged,
      unsupportedImpact,
    ) => {
      expect(one(proofs, impact)).toEqual([
        {
          id: 'A1',
          sheet: 'Actions',
          row: 2,
          counts: { quantitative, qualitative, observable },
          missing,
          flagged,
          unsupportedImpact,
        },
      ]);
    },
  );

  it('skips a record without a key', () => {
    expect(one([['A1', Q]], 'x', '  ')).toEqual([]);
  });

  it.each([
    ['ca', ca],
    ['cpts', cpts],
  ] as const)('equals the Triangulation and Preuves manquantes columns of %s', (id, t) => {
    const computation = compute(t, EXAMPLES[id].data);
    const spec = evidenceSpec(t)!;
    const rows = computation.tables[spec.table]!;
    const found = evidenceOf(t, computation, {
      sheet: spec.table,
      positions: rows.map((_, i) => i + 2),
    });
    expect(found.map((e) => [e.id, e.flagged ? 'NON' : 'OUI', e.missing.join(', ')])).toEqual(
      rows.map((r) => [r[spec.key], r['triangulation'], r['missingProofs']]),
    );
  });

  it('finds the evidence columns from the template definitions', () => {
    expect(evidenceSpec(ca)).toEqual({
      table: 'Actions',
      key: 'id',
      counts: ['proofsQuant', 'proofsQual', 'proofsObs'],
      triangulation: 'triangulation',
      missing: 'missingProofs',
    });
    expect(evidenceSpec(cpts)?.table).toBe('Projets');
  });
});

describe('issue 18: a proof counts only when it is described, sourced and supports more than an output', () => {
  const chair = (observable: Row) =>
    evidenceOf(
      ca,
      compute(ca, {
        Actions: [{ id: 'A1' }],
        Preuves: [
          { key: 'A1', type: Q, proof: '+30 %', source: 'Tableau de bord' },
          { key: 'A1', type: T, proof: '« Je gagne du temps »', source: 'Entretiens' },
          { key: 'A1', type: O, ...observable },
        ],
        ChaineValeur: [{ action: 'A1', impact: 'Canal unique' }],
      }),
      place,
    )[0]!;

  it.each([
    ['a type and no text', { source: 'Supports produits' }, 'preuve non décrite'],
    ['no source', { proof: 'Vidéo tutorielle diffusée' }, 'source non indiquée'],
    [
      'a deliverable that supports an output only',
      { proof: 'Vidéo tutorielle diffusée', source: 'Supports', supports: 'Réalisations' },
      'étaie une réalisation, pas l’impact',
    ],
  ] as [string, Row, string][])('%s does not complete the chair', (_what, observable, reason) => {
    const e = chair(observable);
    expect([e.flagged, e.missing, e.unsupportedImpact]).toEqual([true, ['livrable'], true]);
    const counted = compute(ca, { Preuves: [{ key: 'A1', type: O, ...observable }] }).tables[
      'Preuves'
    ]![0]!['counted'];
    expect(counted).toBe(`Non comptée : ${reason}`);
  });

  it('a described, sourced deliverable that supports the impact completes it', () => {
    const e = chair({
      proof: 'Tableau de bord centralisé',
      source: 'Supports',
      supports: 'Impact',
    });
    expect([e.flagged, e.missing]).toEqual([false, []]);
  });
});
