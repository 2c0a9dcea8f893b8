import { buildBilan } from '../../../src/core/bilan/build';
import { checkWorkbook } from '../../../src/core/check';
import { compareYears, describeEvolution, formatChange } from '../../../src/core/compare';
import { EXAMPLES } from '../../../src/core/examples';
import { ca } from '../../../src/core/templates/ca';
import type { Row } from '../../../src/core/values/cell';
import { caV2, inputOf } from '../../merge/support/workbooks';

const data = EXAMPLES.ca.data;
const rows = (r: Row[] | undefined) => r ?? [];
const named = (name: string) => (r: Row) => r['name'] === name;

/** Year N: A4 dropped, a new indicator for A1, the video seen 80 times (60 + 20). */
const yearN: Record<string, Row[]> = {
  ...data,
  Actions: rows(data['Actions']).filter((r) => r['id'] !== 'A4'),
  Indicateurs: [
    ...rows(data['Indicateurs'])
      .filter((r) => r['action'] !== 'A4')
      .map((r) => (named('Vues de la vidéo tutorielle')(r) ? { ...r, t2: 20 } : r))
      // A Pourcentage indicator: 50 % last year, 62.5 % (its last value) this year.
      .map((r) => (named('Participation au webinaire')(r) ? { ...r, t2: 0.625 } : r)),
    {
      action: 'a1', // matched without letter case, as the workbook's = compares
      type: 'Activité',
      name: 'Relances envoyées',
      direction: 'Hausse souhaitée',
      nature: 'Cumul sur la période',
      target: 10,
      t1: 4,
    },
  ],
};

describe('compareYears', () => {
  const previous = checkWorkbook(inputOf(ca, data));
  const current = checkWorkbook(inputOf(ca, yearN));
  const e = compareYears(current, previous);

  it('gives each summary figure of both years and the change', () => {
    // 4 actions last year, 3 this year.
    expect(e.figures.find((f) => f.name === 'CA_NbActions')).toMatchObject({
      previous: 4,
      current: 3,
      change: -1,
    });
    expect(e.figures).toHaveLength(ca.summaries.length);
  });

  it('matches indicators by action and name, and says which are new or no longer followed', () => {
    const video = e.indicators.find((i) => i.indicator === 'Vues de la vidéo tutorielle')!;
    // Somme: 60 + 40 = 100 last year, 60 + 20 = 80 this year; target 100.
    expect(video).toMatchObject({
      key: 'A1',
      in: 'both',
      realised: { previous: 100, current: 80, change: -20 },
      rate: { previous: 1, current: 0.8 },
    });
    expect(video.rate.change).toBeCloseTo(-0.2, 12);
    expect(e.indicators.find((i) => i.indicator === 'Relances envoyées')).toMatchObject({
      in: 'current',
      realised: { previous: null, current: 4, change: null },
    });
    const gone = e.indicators.filter((i) => i.in === 'previous').map((i) => i.key);
    expect(gone).toEqual(
      rows(data['Indicateurs'])
        .filter((r) => r['action'] === 'A4')
        .map(() => 'A4'),
    );
  });

  it('compares with a version 2 workbook: figures it lacked are blank, indicators matched', () => {
    const old = checkWorkbook(inputOf(caV2, data));
    const v = compareYears(current, old);
    expect(v.figures.find((f) => f.name === 'CA_NbIndicateursAtteints')).toMatchObject({
      previous: null,
      change: null,
    });
    expect(v.indicators.find((i) => i.indicator === 'Vues de la vidéo tutorielle')).toMatchObject({
      in: 'both',
      realised: { previous: 100, current: 80 },
    });
  });

  it('says it in French', () => {
    const lines = describeEvolution(e, 'suivi-2025.xlsx');
    expect(lines[0]).toBe("Évolution depuis l'an dernier (« suivi-2025.xlsx »)");
    expect(lines).toContain(
      '  A1 · Vues de la vidéo tutorielle : 100 → 80 (-20) ; 100,0\u00a0% → 80,0\u00a0% (-20,0 pt)',
    );
    expect(lines).toContain('  a1 · Relances envoyées : nouveau cette année (4)');
  });

  // Regression: a Pourcentage indicator's realised value was printed « 0,5 → 0,625 (0,125) ».
  it('prints a Pourcentage indicator as percentages, its change in points', () => {
    const webinar = e.indicators.find((i) => i.indicator === 'Participation au webinaire')!;
    expect(webinar).toMatchObject({ percent: true, realised: { previous: 0.5, current: 0.625 } });
    expect(e.indicators.find((i) => i.indicator === 'Vues de la vidéo tutorielle')!.percent).toBe(
      false,
    );
    expect(describeEvolution(e, 'suivi-2025.xlsx')).toContain(
      '  A1 · Participation au webinaire : 50\u00a0% → 62,5\u00a0% (+12,5 pt) ; 100,0\u00a0% → 125,0\u00a0% (+25,0 pt)',
    );
    expect(describeEvolution(e, 'suivi-2025.xlsx', 'en')).toContain(
      '  A1 · Participation au webinaire: 50% → 62.5% (+12.5 pt) ; 100.0% → 125.0% (+25.0 pt)',
    );
  });

  it.each([
    [0.05, 'percent', '+5,0 pt'],
    [-1, 'integer', '-1'],
    [0, 'integer', '0'],
    [1250.5, 'money', '+1\u202f250,5 €'],
    [null, 'number', '—'],
  ] as const)('formatChange(%p, %s) = %s', (c, f, s) => expect(formatChange(c, f, 'fr')).toBe(s));

  it('adds the comparison to the bilan annuel', () => {
    const tables: Record<string, Row[]> = {};
    for (const [k, v] of Object.entries(current.records)) tables[k] = v.map((r) => r.raw);
    const plan = buildBilan(ca, tables, {
      period: 'annuel',
      compared: { evolution: e, file: 'suivi-2025.xlsx' },
      now: new Date('2026-01-15T00:00:00Z'),
    });
    const texts = plan.sheets[0]!.cells.map((c) => c.value);
    expect(texts).toContain('Évolution depuis l’année précédente');
    expect(texts).toContain(
      'Comparé au classeur « suivi-2025.xlsx » (mêmes calculs, même modèle).',
    );
    expect(texts).toContain('plus suivi');
    expect(texts).toContain('-20');
  });

  it('writes a Pourcentage indicator as percentages in the bilan (its own table and the comparison)', () => {
    const tables: Record<string, Row[]> = {};
    for (const [k, v] of Object.entries(current.records)) tables[k] = v.map((r) => r.raw);
    const plan = buildBilan(ca, tables, {
      period: 'annuel',
      compared: { evolution: e, file: 'suivi-2025.xlsx' },
      now: new Date('2026-01-15T00:00:00Z'),
    });
    const cells = plan.sheets[0]!.cells;
    const rowOf = (text: string) =>
      cells.filter((c) => c.value === text).map((c) => c.ref.replace(/^[A-Z]+/, ''));
    const formatsOn = (row: string) =>
      cells
        .filter((c) => c.ref.replace(/^[A-Z]+/, '') === row && typeof c.value === 'number')
        .map((c) => [c.value, c.numFmt]);
    const [compared, listed] = rowOf('Participation au webinaire');
    // N-1 realised 50 %, N 62.5 %, then the attainment rates; the change in points.
    expect(formatsOn(compared!)).toEqual([
      [0.5, 'percentWhole'],
      [0.625, 'percent'],
      [1, 'percent'],
      [1.25, 'percent'],
    ]);
    expect(cells.find((c) => c.ref.endsWith(compared!) && c.value === '+12,5 pt')).toBeDefined();
    // Target 50 %, realised 62.5 %, attainment rate.
    expect(formatsOn(listed!)).toEqual([
      [0.5, 'percentWhole'],
      [0.625, 'percent'],
      [1.25, 'percent'],
    ]);
    const video = rowOf('Vues de la vidéo tutorielle');
    expect(formatsOn(video[1]!).map(([, f]) => f)).toEqual(['number', 'number', 'percent']);
  });
});
