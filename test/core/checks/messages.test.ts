import { issue, RULE_ORDER, type Issue } from '../../../src/core/checks/issue';
import { renderIssue, severityLabel } from '../../../src/core/i18n/render';

const A = { sheet: 'Actions', cell: 'B7' };
const C = 'Colonne';

/** One issue of every rule and problem. */
const SAMPLES: Issue[] = [
  issue('structure', 'error', { sheet: '', cell: '' }, { problem: 'template-unknown' }),
  issue(
    'structure',
    'info',
    { sheet: '', cell: '' },
    { problem: 'template-guessed', template: 'ca', tables: ['Actions', 'Indicateurs'] },
  ),
  issue(
    'structure',
    'info',
    { sheet: '', cell: '' },
    { problem: 'template-guessed', template: 'ca', tables: ['Actions'], meta: 'xyz' },
  ),
  issue(
    'structure',
    'warning',
    { sheet: '', cell: '' },
    { problem: 'version', found: '3', expected: 2 },
  ),
  issue(
    'structure',
    'info',
    { sheet: '', cell: '' },
    { problem: 'upgrade-available', found: 1, expected: 2 },
  ),
  issue(
    'structure',
    'warning',
    { sheet: 'Listes', cell: '' },
    { problem: 'missing-sheet', sheet: 'Listes' },
  ),
  issue(
    'structure',
    'info',
    { sheet: 'Actions 2024', cell: 'A1' },
    { problem: 'sheet-renamed', table: 'Actions', expected: 'Actions', found: 'Actions 2024' },
  ),
  issue(
    'structure',
    'error',
    { sheet: 'Preuves', cell: '' },
    { problem: 'missing-table', table: 'Preuves', sheet: 'Preuves' },
  ),
  issue(
    'structure',
    'warning',
    { sheet: 'Partenaires', cell: 'A1' },
    { problem: 'table-renamed', table: 'Partenaires', found: 'Tableau3' },
  ),
  issue(
    'structure',
    'error',
    { sheet: 'Actions', cell: '' },
    { problem: 'missing-column', table: 'Actions', column: 'N° action' },
  ),
  issue(
    'structure',
    'error',
    { sheet: 'Actions', cell: 'A1' },
    { problem: 'missing-column', table: 'Actions', column: 'N° action', suggestion: "N° d'action" },
    { cell: 'A1', value: 'N° action' },
  ),
  issue(
    'structure',
    'info',
    { sheet: 'Actions', cell: 'C1' },
    { problem: 'header-tolerated', table: 'Actions', column: 'Porteur', found: 'porteur ' },
  ),
  issue(
    'structure',
    'info',
    { sheet: 'Preuves', cell: 'F1' },
    {
      problem: 'header-version',
      table: 'Preuves',
      column: 'Lien ou référence',
      found: 'Lien ou emplacement de la preuve',
      version: 2,
    },
  ),
  issue(
    'structure',
    'info',
    { sheet: 'Actions', cell: 'AK1' },
    { problem: 'extra-column', table: 'Actions', column: 'Remarques' },
  ),
  issue(
    'structure',
    'warning',
    { sheet: 'Dépenses ACI', cell: 'A42' },
    {
      problem: 'outside-table',
      table: 'DepensesACI',
      sheet: 'Dépenses ACI',
      side: 'below',
      cells: ['A42', 'B42', 'C42', 'D42', 'A43', 'B43'],
      count: 8,
      range: 'A42:D43',
      tableRange: 'A1:E41',
    },
  ),
  issue(
    'structure',
    'warning',
    { sheet: 'Projets', cell: 'AA2' },
    {
      problem: 'outside-table',
      table: 'Projets',
      sheet: 'Projets',
      side: 'beside',
      cells: ['AA2'],
      count: 1,
      range: 'AA2:AA2',
      tableRange: 'A1:Z31',
    },
  ),
  issue('formula-overwritten', 'error', A, { table: 'Actions', column: 'Triangulation' }),
  issue('formulas-absent', 'warning', A, {
    table: 'Actions',
    columns: ['Triangulation', 'Preuves manquantes'],
  }),
  issue('cell-error', 'error', A, { column: C, value: '#REF!' }),
  issue('spaces', 'warning', A, { column: C, value: 'A1 ' }, { cell: 'B7', value: 'A1' }),
  issue('required', 'error', A, { column: C }),
  issue('duplicate-id', 'error', A, { column: C, value: 'A1', first: 'A2' }),
  issue('unknown-reference', 'error', A, {
    problem: 'missing',
    column: C,
    value: 'A9',
    target: 'Actions',
  }),
  issue('unknown-reference', 'warning', A, {
    problem: 'wrong-level',
    column: C,
    value: 'S1',
    target: 'Objectifs',
    level: 'Opérationnel',
    found: 'Spécifique',
  }),
  issue(
    'choice',
    'info',
    A,
    { problem: 'normalised', column: C, value: 'oui', expected: 'OUI' },
    { cell: 'B7', value: 'OUI' },
  ),
  issue('choice', 'error', A, {
    problem: 'outside-list',
    column: C,
    value: 'Peut-être',
    values: ['OUI', 'NON'],
  }),
  issue('reason-required', 'warning', A, { column: C, answer: 'NON', reason: 'Pourquoi ?' }),
  issue('other-public', 'warning', A, {
    column: 'Public cible 2',
    detail: 'Si autre public cible, précisez',
  }),
  issue(
    'number',
    'warning',
    A,
    { problem: 'text', column: C, value: '1 234,5', parsed: 1234.5, percent: false },
    { cell: 'B7', value: 1234.5 },
  ),
  issue(
    'number',
    'warning',
    A,
    { problem: 'text', column: C, value: '85 %', parsed: 0.85, percent: true },
    { cell: 'B7', value: 0.85 },
  ),
  issue('number', 'error', A, { problem: 'not-a-number', column: C, value: 'environ 12' }),
  issue('number', 'error', A, { problem: 'negative', column: C, value: -3 }),
  issue('number', 'error', A, { problem: 'not-integer', column: C, value: 12.5 }),
  issue(
    'percent-scale',
    'warning',
    A,
    { column: C, value: 85, fixed: 0.85 },
    { cell: 'B7', value: 0.85 },
  ),
  issue(
    'percent-scale',
    'warning',
    A,
    {
      problem: 'achieved',
      column: C,
      indicator: 'Taux de dépistage',
      value: 85,
      target: 0.9,
      fixed: 0.85,
      safe: true,
    },
    { cell: 'B7', value: 0.85 },
  ),
  issue('ratio', 'error', A, { num: 'Satisfaits', den: 'Répondants', numValue: 45, denValue: 40 }),
  issue('partner-codes', 'warning', A, {
    key: 'Réseau addictologie',
    typed: 4,
    listed: 3,
    sheet: 'Usagers partenaires',
  }),
  issue('date', 'warning', A, {
    problem: 'text',
    column: C,
    value: '31/12/2025',
    parsed: '2025-12-31',
  }),
  issue('date', 'info', A, { problem: 'serial', column: C, value: 45657, parsed: '2024-12-31' }),
  issue('date', 'error', A, { problem: 'not-a-date', column: C, value: 'bientôt' }),
  issue('date', 'error', A, {
    problem: 'end-before-start',
    start: 'Date de début',
    end: 'Date de fin',
    startDate: '2024-03-15',
    endDate: '2024-01-01',
  }),
  issue('date', 'warning', A, {
    problem: 'outside-period',
    column: C,
    value: '2023-12-01',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
  }),
  issue('indicator-coverage', 'warning', A, { key: 'A3', missing: ['Processus', 'Résultat'] }),
  issue('indicator-definition', 'warning', A, {
    problem: 'direction-contradicts',
    key: 'A4',
    indicator: 'Délai',
    direction: 'Baisse souhaitée',
    baseline: 30,
    target: 45,
  }),
  issue('indicator-definition', 'warning', A, {
    problem: 'level-summed',
    key: 'A1',
    indicator: 'Participation',
    mode: 'Somme',
    nature: 'Niveau ou taux',
  }),
  issue('outlier', 'warning', A, {
    key: 'A1',
    indicator: 'Vues',
    realised: 301,
    target: 100,
    factor: 3,
  }),
  issue('proof', 'warning', A, {
    problem: 'not-counted',
    key: 'A4',
    kind: 'Observable (documents, livrables)',
    reasons: ['undescribed', 'unsourced', 'output-only'],
  }),
  issue('proof', 'warning', A, {
    problem: 'no-limits',
    key: 'A4',
    kind: 'Qualitatif (témoignages)',
  }),
  issue('triangulation', 'warning', A, { key: 'A3', missing: ['livrable'] }),
  issue(
    'unsupported-impact',
    'warning',
    { sheet: 'Chaîne de valeur', cell: 'G4' },
    { key: 'A3', missing: ['livrable'] },
  ),
  issue('objective-tree', 'error', A, {
    problem: 'no-parent',
    code: 'S1',
    level: 'Spécifique',
    expected: 'Général',
  }),
  issue('objective-tree', 'error', A, {
    problem: 'parent-level',
    code: 'O1',
    level: 'Opérationnel',
    parent: 'G1',
    found: 'Général',
    expected: 'Spécifique',
  }),
  issue('objective-tree', 'warning', A, {
    problem: 'general-with-parent',
    code: 'G1',
    parent: 'S1',
  }),
  issue('aci', 'warning', A, { problem: 'weights', mission: 'Prévention', total: 0.9 }),
  issue('aci', 'warning', A, { problem: 'achieved-without-target', indicator: 'RCP tenues' }),
  issue('aci', 'warning', A, {
    problem: 'paid-above-due',
    mission: 'Prévention',
    paid: 25000,
    due: 20000,
  }),
  issue('aci', 'warning', A, {
    problem: 'previous-paid-above-due',
    mission: 'Prévention',
    paid: 8000,
    due: 7500,
  }),
  issue('aci', 'warning', A, {
    problem: 'previous-paid-above-due',
    mission: 'Prévention',
    paid: 8000,
    due: null,
  }),
  issue('aci', 'warning', A, {
    problem: 'spending-above-envelope',
    mission: 'Prévention',
    spent: 25000,
    due: 20000,
  }),
  issue('aci', 'warning', A, { problem: 'contract-start', value: 'bientôt' }),
  issue('aci', 'warning', A, { problem: 'contract-year', start: '2024-07-01', year: 2030 }),
  issue('aci', 'warning', A, {
    problem: 'spending-outside-year',
    label: 'Salle',
    date: '2025-08-01',
    start: '2024-07-01',
    end: '2025-06-30',
  }),
  issue('subsidy', 'info', A, {
    key: 'CSAPA Albi',
    amount: 30000,
    threshold: 23000,
    year: 2024,
    actions: ['A1', 'A2'],
  }),
  issue(
    'ambiguous-id',
    'error',
    A,
    {
      problem: 'number-text',
      column: 'N° action',
      value: '1',
      target: 'Actions',
      found: 'A2',
      typed: 'text',
    },
    { cell: 'B7', value: 1 },
  ),
  issue(
    'ambiguous-id',
    'error',
    A,
    {
      problem: 'number-text',
      column: 'N° action',
      value: '1',
      target: 'Actions',
      found: 'A2',
      typed: 'number',
    },
    { cell: 'B7', value: '1' },
  ),
  issue('ambiguous-id', 'warning', A, {
    problem: 'type-twin',
    column: 'N° action',
    value: '1',
    first: 'A2',
  }),
  issue(
    'ambiguous-id',
    'info',
    A,
    { problem: 'case', column: 'N° action', value: 'a1', target: 'Actions', expected: 'A1' },
    { cell: 'B7', value: 'A1' },
  ),
  issue('ambiguous-id', 'warning', A, { problem: 'boolean', column: 'N° action', value: 'true' }),
  issue('ambiguous-id', 'warning', A, { problem: 'formula', column: 'N° action' }),
  issue('assessment-date', 'error', A, {
    problem: 'missing',
    assessment: 'Évaluation 2',
    column: 'Grille IMPACT › Réponse 2',
    answers: 46,
  }),
  issue('assessment-date', 'warning', A, {
    problem: 'order',
    first: 'Évaluation 1',
    second: 'Évaluation 2',
    firstDate: '2026-06-01',
    secondDate: '2026-03-20',
  }),
  issue('assessment-date', 'info', A, {
    problem: 'unanswered',
    assessment: 'Évaluation 1',
    column: 'Réponse 1',
    sheet: 'Impacts collectifs',
    count: 1,
  }),
];

describe('renderIssue', () => {
  it('has a sample of every rule code', () => {
    expect(new Set(SAMPLES.map((s) => s.rule))).toEqual(new Set(RULE_ORDER));
  });

  it.each(
    SAMPLES.flatMap((s) => (['fr', 'en'] as const).map((lang) => [lang, s.rule, s] as const)),
  )('%s %s: a whole sentence, with its place', (lang, _rule, sample) => {
    const text = renderIssue(sample, lang);
    expect(text).not.toMatch(/undefined|NaN|\[object|null/);
    expect(text.length).toBeGreaterThan(30);
    if (sample.cell)
      expect(
        text.startsWith(
          sample.sheet.includes(' ')
            ? `'${sample.sheet}'!${sample.cell}`
            : `${sample.sheet}!${sample.cell}`,
        ),
      ).toBe(true);
  });

  it.each([
    [
      SAMPLES.find((s) => s.rule === 'choice')!,
      "Actions!B7 : « oui » n'est pas dans la liste ; valeur proposée : « OUI »",
    ],
    [
      SAMPLES.find((s) => s.rule === 'number')!,
      "Actions!B7 : « 1 234,5 » est du texte dans une colonne de nombres (« Colonne ») : les formules l'ignorent ; valeur proposée : 1 234,5.",
    ],
    [
      SAMPLES.find((s) => s.rule === 'percent-scale')!,
      'Actions!B7 : 85 dans la colonne de pourcentages « Colonne » signifie sans doute 85 % ; valeur proposée : 85 % (0,85).',
    ],
    [
      SAMPLES.find((s) => s.rule === 'date')!,
      'Actions!B7 : « 31/12/2025 » est du texte et non une date (colonne « Colonne ») ; valeur proposée : 31/12/2025.',
    ],
    [
      SAMPLES.find((s) => s.rule === 'unsupported-impact')!,
      "'Chaîne de valeur'!G4 : un impact est affirmé pour « A3 » alors que ses preuves sont incomplètes (il manque livrable) ; ajoutez les preuves manquantes ou nuancez l'impact.",
    ],
    [
      SAMPLES[0]!,
      "Modèle non reconnu : ni la feuille cachée _meta ni les noms des tableaux ne correspondent à un modèle Trépied (ca (Coopérative d'acteurs : suivi des actions), cpts (Implication des usagers dans la CPTS), evaluation (Auto-évaluation de la démarche)) ; vérifiez le fichier ou recréez-le avec « trepied new ».",
    ],
    [
      SAMPLES.find((s) => 'problem' in s.params && s.params.problem === 'upgrade-available')!,
      'Le classeur est en version 1 du modèle ; la version 2 est disponible : « trepied upgrade » en crée une copie à jour sans rien perdre de ce qui a été saisi.',
    ],
    [
      SAMPLES.find((s) => 'problem' in s.params && s.params.problem === 'missing-sheet')!,
      "Feuille « Listes » : la feuille « Listes » est absente ; les listes déroulantes ou les chiffres de synthèse qu'elle porte manquent : recréez-la avec « trepied upgrade ».",
    ],
    [
      SAMPLES.find((s) => s.rule === 'subsidy')!,
      "Actions!B7 : le financement ARS de « CSAPA Albi » en 2024 (30 000,00 €, actions A1, A2) dépasse 23 000 € par an : une convention est obligatoire, et non une simple décision d'attribution (loi n° 2000-321 du 12 avril 2000, art. 10 ; décret n° 2001-495 du 6 juin 2001, art. 1).",
    ],
  ])('in French by default: %#', (sample, text) => {
    expect(renderIssue(sample)).toBe(text);
  });

  it('speaks English when asked', () => {
    expect(
      renderIssue(
        SAMPLES.find((s) => s.rule === 'choice')!,
        'en',
      ),
    ).toBe('Actions!B7: “oui” is not in the list; suggested value “OUI”');
    expect(
      renderIssue(
        SAMPLES.find((s) => s.rule === 'ratio')!,
        'en',
      ),
    ).toBe('Actions!B7: “Satisfaits” (45) exceeds “Répondants” (40); check the entry.');
  });

  it.each([
    ['error', 'Erreur', 'Error'],
    ['warning', 'Avertissement', 'Warning'],
    ['info', 'Information', 'Information'],
  ] as const)('labels severity %s', (severity, fr, en) => {
    expect([severityLabel(severity), severityLabel(severity, 'en')]).toEqual([fr, en]);
  });
});

describe('issue 15 (trial): amounts said to the cent, as the key figures', () => {
  it('24 991,192 € due is said 24 991,19 €', () => {
    const found = issue('aci', 'warning', A, {
      problem: 'paid-above-due',
      mission: 'Qualité et pertinence',
      paid: 31250,
      due: 24991.192,
    });
    expect(renderIssue(found, 'fr')).toContain(
      'a reçu 31 250,00 € pour 24 991,19 € dus : un trop-perçu de 6 258,81 €',
    );
    expect(renderIssue(found, 'en')).toContain('received €31,250.00 for €24,991.19 due');
  });
});

describe('cells outside a table', () => {
  const below = SAMPLES.find(
    (s) =>
      s.rule === 'structure' && s.params.problem === 'outside-table' && s.params.side === 'below',
  )!;
  const beside = SAMPLES.find(
    (s) =>
      s.rule === 'structure' && s.params.problem === 'outside-table' && s.params.side === 'beside',
  )!;

  it('below: the sheet, the cells (more than listed), the row to resize to, in French first', () => {
    expect(renderIssue(below, 'fr')).toBe(
      "'Dépenses ACI'!A42 : 8 cellules remplies (A42, B42, C42, D42, A43, B43…) sont sous le tableau de la feuille « Dépenses ACI » (A1:E41) mais n'en font pas partie : Trépied ne les lit pas et elles ne comptent dans aucun chiffre (LibreOffice et la plupart des tableurs n'agrandissent pas un tableau quand on écrit sous sa dernière ligne). Agrandissez le tableau jusqu'à la ligne 43 (Excel : Création de tableau › Redimensionner le tableau), ou insérez une ligne dans le tableau (clic droit sur sa dernière ligne › Insérer) et déplacez-y ces valeurs.",
    );
    expect(renderIssue(below, 'en')).toContain('Resize the table down to row 43');
  });

  it('beside: one cell, in the singular', () => {
    expect(renderIssue(beside, 'fr')).toBe(
      "Projets!AA2 : 1 cellule remplie (AA2) est à droite du tableau de la feuille « Projets » (A1:Z31) mais n'en fait pas partie : Trépied ne la lit pas et elle ne compte dans aucun chiffre. Déplacez cette valeur dans la bonne colonne du tableau, ou agrandissez le tableau vers la droite pour la garder (la colonne ajoutée est conservée mais pas contrôlée).",
    );
    expect(renderIssue(beside, 'en')).toContain('1 filled cell (AA2) is to the right of the table');
  });
});
