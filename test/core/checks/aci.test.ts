import { renderIssue } from '../../../src/core/i18n/render';
import type { CellValue } from '../../../src/core/values/cell';
import { example, issuesOf, rowWith } from '../support/examples';
import { setCell, tableOf } from '../support/plan-input';
import type { WorkbookInput } from '../../../src/core/read/types';

/** The `aci` issues, without the information on declaration-only indicators (tested apart). */
const aciIssues = (input: WorkbookInput) =>
  issuesOf(input, 'aci').filter(
    (i) => (i.params as { problem?: string }).problem !== 'declaration-only',
  );
const indicator = (input: WorkbookInput, name: string) => rowWith(input, 'IndicateursACI', name, 1);
const ACCESS = 'Patients sans médecin traitant orientés vers un médecin traitant';
const DELAY = 'Délai moyen de réponse à une demande de soins non programmés (heures)';
const PATHWAYS = 'Parcours pluriprofessionnels formalisés';

/** The example with one cell changed, and the `aci` issues found, as the CLI prints them. */
function aci(table: string, row: (input: WorkbookInput) => number, header: string, v: CellValue) {
  const input = example('cpts');
  setCell(input, table, row(input), header, v);
  return aciIssues(input).map((i) => ({ ...i, text: renderIssue(i, 'fr') }));
}

describe('issue 15: the ACI checks', () => {
  it('the example is clean', () => {
    expect(aciIssues(example('cpts'))).toEqual([]);
  });

  it('says which indicators rest on a declaration only, as the sheet marks them (OUI)', () => {
    const found = issuesOf(example('cpts'), 'aci').filter(
      (i) => (i.params as { problem?: string }).problem === 'declaration-only',
    );
    expect(
      found.map((i) => [i.severity, i.sheet, (i.params as { indicator: string }).indicator]),
    ).toEqual(
      // « Actions de prévention menées » has only « Mention des ateliers dans le rapport
      // d'activité » (the Senate's very example); the other three have no proof at all.
      [
        DELAY,
        PATHWAYS,
        'Actions de prévention menées',
        'Participants aux actions de prévention',
      ].map((name) => ['info', 'Indicateurs ACI', name]),
    );
    expect(renderIssue(found[0]!, 'fr')).toContain("ne s'appuie que sur une déclaration");
  });

  it('weights of a mission not summing to 100 %', () => {
    const found = aci('IndicateursACI', (i) => indicator(i, ACCESS), 'Pondération', 0.5);
    expect(found).toMatchObject([
      {
        sheet: 'Indicateurs ACI',
        cell: 'D2',
        params: { problem: 'weights', mission: 'Accès aux soins' },
      },
    ]);
    expect(found[0]!.text).toContain('font 90 % au lieu de 100 %');
  });

  // Regression (release candidate): the message said the rate was « faussé », not how. The
  // formula divides Σ pondération × atteinte by Σ pondérations: the rate is computed over 90 %.
  it.each([
    // 0,5 + 0,4 = 90 %: 0,5 / 0,9 = 55,6 %.
    [
      0.5,
      "les pondérations des indicateurs de la mission « Accès aux soins » font 90 % au lieu de 100 % : le taux d'atteinte de la mission est calculé sur ces 90 %, comme si elles faisaient 100 % (chacune divisée par 90 % : « Patients sans médecin traitant orientés vers un médecin traitant », pondéré 50 %, y compte pour 55,6 %) ; reprenez les pondérations du contrat.",
    ],
    // 0,8 + 0,4 = 120 %: 0,8 / 1,2 = 66,7 %.
    [
      0.8,
      "font 120 % au lieu de 100 % : le taux d'atteinte de la mission est calculé sur ces 120 %",
    ],
    // « 60 % » typed as text counts for nothing in the formula: 40 % only.
    [
      '60 %',
      "font 40 % au lieu de 100 % (une pondération tapée en texte ne compte pas) : le taux d'atteinte de la mission est calculé sur ces 40 %",
    ],
  ])(
    'weights not summing to 100 %%: the message says the rate is computed over them (%p)',
    (w, text) => {
      const found = aci('IndicateursACI', (i) => indicator(i, ACCESS), 'Pondération', w);
      expect(found.filter((i) => i.rule === 'aci').map((i) => i.text)).toEqual([
        expect.stringContaining(text),
      ]);
    },
  );

  it('no weight counted: the rate stays blank, and the message says so', () => {
    const input = example('cpts');
    setCell(input, 'IndicateursACI', indicator(input, ACCESS), 'Pondération', null);
    setCell(input, 'IndicateursACI', indicator(input, DELAY), 'Pondération', null);
    const found = aciIssues(input).map((i) => renderIssue(i, 'fr'));
    expect(found).toEqual([
      expect.stringContaining(
        "les pondérations des indicateurs de la mission « Accès aux soins » font 0 % : le taux d'atteinte de la mission ne peut pas être calculé ; il reste vide, et la part variable due aussi",
      ),
    ]);
    expect(renderIssue(aciIssues(input)[0]!, 'en')).toContain(
      "add up to 0%: the mission's attainment cannot be computed",
    );
  });

  it('an achieved value without target', () => {
    const found = aci('IndicateursACI', (i) => indicator(i, PATHWAYS), 'Objectif annuel', null);
    expect(found).toMatchObject([{ cell: 'G4', params: { problem: 'achieved-without-target' } }]);
    expect(found[0]!.text).toContain("pas d'objectif annuel");
  });

  it('an indicator paid by levels needs no target: its levels give the attainment', () => {
    expect(aci('IndicateursACI', (i) => indicator(i, ACCESS), 'Objectif annuel', null)).toEqual([]);
  });

  it.each([
    // A decrease from 20 to 24 h: the starting value is already under the target.
    [
      DELAY,
      20,
      true,
      "doit baisser, mais sa valeur initiale (20) est déjà au plus l'objectif annuel (24)",
    ],
    // Typed as an increase, 36 → 24 is a fall: the direction or the values are wrong.
    [
      DELAY,
      null,
      false,
      "doit augmenter, mais sa valeur initiale (36) atteint déjà l'objectif annuel (24)",
    ],
  ])('a starting value beyond the target (case %#)', (name, start, down, text) => {
    const input = example('cpts');
    const row = indicator(input, name);
    if (start !== null) setCell(input, 'IndicateursACI', row, 'Valeur initiale', start);
    else setCell(input, 'IndicateursACI', row, 'Évolution souhaitée', null);
    const found = aciIssues(input).map((i) => ({ ...i, text: renderIssue(i, 'fr') }));
    expect(found).toMatchObject([
      { sheet: 'Indicateurs ACI', cell: 'F3', params: { problem: 'start-beyond-target', down } },
    ]);
    expect(found[0]!.text).toContain(text);
  });

  it('a level granting more than the indicator’s cap', () => {
    const found = aci(
      'PaliersACI',
      (i) => rowWith(i, 'PaliersACI', ACCESS, 0) + 1,
      'Atteinte accordée',
      1.2,
    );
    expect(found).toMatchObject([
      {
        sheet: 'Paliers ACI',
        cell: 'C3',
        params: { problem: 'level-above-cap', threshold: 150, granted: 1.2, cap: 1 },
      },
    ]);
    expect(found[0]!.text).toContain("accorde 120 %, au-delà de son plafond d'atteinte (100 %");
    // With the contract's cap of 120 %, nothing to say.
    const input = example('cpts');
    setCell(
      input,
      'PaliersACI',
      rowWith(input, 'PaliersACI', ACCESS, 0) + 1,
      'Atteinte accordée',
      1.2,
    );
    setCell(input, 'IndicateursACI', indicator(input, ACCESS), "Plafond d'atteinte", 1.2);
    expect(aciIssues(input)).toEqual([]);
  });

  it('a harder level granting less than an easier one, levels typed in any order', () => {
    const input = example('cpts');
    const first = rowWith(input, 'PaliersACI', ACCESS, 0);
    // The example's 100 → 50 %, 150 → 100 % becomes 150 → 40 % typed first, then 100 → 100 %.
    setCell(input, 'PaliersACI', first, 'Seuil', 150);
    setCell(input, 'PaliersACI', first, 'Atteinte accordée', 0.4);
    setCell(input, 'PaliersACI', first + 1, 'Seuil', 100);
    setCell(input, 'PaliersACI', first + 1, 'Atteinte accordée', 1);
    const found = aciIssues(input).map((i) => ({ ...i, text: renderIssue(i, 'fr') }));
    expect(found).toMatchObject([
      {
        sheet: 'Paliers ACI',
        cell: 'C2',
        params: {
          problem: 'level-decreasing',
          threshold: 150,
          granted: 0.4,
          easier: 100,
          easierGranted: 1,
        },
      },
    ]);
    expect(found[0]!.text).toContain(
      'moins que le palier plus facile 100 (100 %) : il ne sera jamais retenu',
    );
  });

  it('for a decrease, the easier level is the higher threshold', () => {
    const input = example('cpts');
    const first = rowWith(input, 'PaliersACI', ACCESS, 0);
    // Délai: 30 h grants 50 %, 24 h grants 100 %: in order for a decrease; then 24 h → 30 %.
    for (const [k, threshold, granted] of [
      [0, 30, 0.5],
      [1, 24, 1],
    ] as const) {
      setCell(input, 'PaliersACI', first + k, 'Indicateur', DELAY);
      setCell(input, 'PaliersACI', first + k, 'Seuil', threshold);
      setCell(input, 'PaliersACI', first + k, 'Atteinte accordée', granted);
    }
    expect(aciIssues(input)).toEqual([]);
    setCell(input, 'PaliersACI', first + 1, 'Atteinte accordée', 0.3);
    expect(aciIssues(input)).toMatchObject([
      { cell: 'C3', params: { problem: 'level-decreasing', threshold: 24, easier: 30 } },
    ]);
  });

  it('a level for an unknown indicator is reported where it is typed', () => {
    const input = example('cpts');
    setCell(
      input,
      'PaliersACI',
      rowWith(input, 'PaliersACI', ACCESS, 0),
      'Indicateur',
      'Patients orientés',
    );
    expect(issuesOf(input, 'unknown-reference')).toMatchObject([
      {
        sheet: 'Paliers ACI',
        cell: 'A2',
        params: { value: 'Patients orientés', target: 'Indicateurs ACI' },
      },
    ]);
  });

  it('paid above due, per mission', () => {
    // Prévention: 19 000 € due (10 000 + 10 000 × 90 %), 7 500 + 12 000 paid.
    const found = aci('ACI', (i) => rowWith(i, 'ACI', 'Prévention'), 'Versé (€)', 12000);
    expect(found).toMatchObject([
      { sheet: 'ACI', params: { problem: 'paid-above-due', paid: 19500, due: 19000 } },
    ]);
    expect(found[0]!.text).toContain('un trop-perçu de 500,00 €');
  });

  it("last year's balance paid above its due: an overpayment of its own, never netted", () => {
    // Prévention: 7 500 € of last year's balance due, 5 000 € paid in the example.
    const found = aci(
      'ACI',
      (i) => rowWith(i, 'ACI', 'Prévention'),
      "Solde de l'année précédente versé (€)",
      8000,
    );
    expect(found).toMatchObject([
      {
        sheet: 'ACI',
        params: { problem: 'previous-paid-above-due', paid: 8000, due: 7500 },
      },
    ]);
    expect(found[0]!.text).toContain('un trop-perçu de 500,00 €');
    expect(found[0]!.text).toContain("ni l'avance de l'année");
  });

  it("last year's balance paid while none is typed due", () => {
    const found = aci(
      'ACI',
      (i) => rowWith(i, 'ACI', 'Prévention'),
      "Solde de l'année précédente dû (€)",
      null,
    );
    expect(found).toMatchObject([
      { sheet: 'ACI', params: { problem: 'previous-paid-above-due', paid: 5000, due: null } },
    ]);
    expect(found[0]!.text).toContain("aucun solde n'est saisi");
  });

  it('spending above the envelope', () => {
    const found = aci(
      'DepensesACI',
      (i) => rowWith(i, 'DepensesACI', 'Prévention', 1),
      'Montant engagé (€)',
      25000,
    );
    expect(found).toMatchObject([
      {
        sheet: 'ACI',
        params: {
          problem: 'spending-above-envelope',
          mission: 'Prévention',
          spent: 25000,
          due: 19000,
        },
      },
    ]);
    expect(found[0]!.text).toContain("dépassent l'enveloppe due (19 000,00 €) de 6 000,00 €");
  });

  it('quotes the amounts the workbook shows: an amount typed as text counts for nothing', () => {
    // A finance officer's trial: « 25 000 € » typed as text is no expense for the sheet's
    // formulas (the `number` rule says so); the message said the envelope was overspent anyway.
    const typed = aci(
      'DepensesACI',
      (i) => rowWith(i, 'DepensesACI', 'Prévention', 1),
      'Montant engagé (€)',
      '25 000 €',
    );
    expect(
      typed.filter((i) => (i.params as { problem?: string }).problem === 'spending-above-envelope'),
    ).toEqual([]);
    // Paid above due: the due is the sheet's Total dû, with a weight typed as text left out.
    const input = example('cpts');
    setCell(input, 'ACI', rowWith(input, 'ACI', 'Prévention'), 'Versé (€)', 12000);
    const rows = tableOf(input, 'IndicateursACI').values;
    const prevention = rows.flatMap((r, i) => (r[0] === 'Prévention' ? [i] : []));
    expect(prevention.length).toBeGreaterThan(0);
    for (const i of prevention) setCell(input, 'IndicateursACI', i, 'Pondération', '50 %');
    const found = aciIssues(input).filter(
      (x) => (x.params as { problem?: string }).problem === 'paid-above-due',
    );
    // No weight counts: no rate, no variable part; 10 000 € due, 19 500 € paid.
    expect(found).toMatchObject([{ params: { paid: 19500, due: 10000 } }]);
  });

  it.each([
    [
      'Année',
      2030,
      'contract-year',
      "l'année 2030 ne tombe pas dans l'année contractuelle qui commence le 01/07/2024",
    ],
    ['Année contractuelle (début)', 'bientôt', 'contract-start', "« bientôt » n'est pas une date"],
    // Text that reads as a date is still no date for the workbook's EDATE.
    [
      'Année contractuelle (début)',
      '01/07/2024',
      'contract-start',
      'restent vides dans la feuille ACI',
    ],
  ])('contract year: %s = %j', (field, value, problem, text) => {
    const found = aci('CPTS', (i) => rowWith(i, 'CPTS', field), 'Valeur', value);
    expect(found).toMatchObject([{ sheet: 'CPTS', params: { problem } }]);
    expect(found[0]!.text).toContain(text);
  });

  // Regression (release candidate): « Taille » 3 with 62 000 habitants was not checked. ACI CPTS
  // 2019: taille 1 < 40 000, 2 from 40 000 to 80 000, 3 from 80 000 to 175 000, 4 > 175 000.
  it.each([
    // [taille, population, fix offered (none when the population is on a limit), words]
    [
      3,
      62000,
      2,
      'la taille 3 ne correspond pas à la population couverte (62 000 habitants, cellule B4)',
    ],
    [1, '62 000', 2, 'une CPTS de 40 000 à 80 000 habitants est de taille 2'],
    [4, 175000, 3, 'de 80 000 à 175 000 habitants est de taille 3'],
    [1, 40000, 2, 'de 40 000 à 80 000 habitants est de taille 2'],
    // 80 000 is in « entre 40 000 et 80 000 » and in « entre 80 000 et 175 000 »: no fix.
    [4, 80000, undefined, 'une CPTS de 80 000 habitants est de taille 2 ou 3'],
    ['3', 200000, 4, 'de plus de 175 000 habitants est de taille 4'],
  ])('taille %p for a population of %p', (size, population, fix, text) => {
    const input = example('cpts');
    setCell(input, 'CPTS', rowWith(input, 'CPTS', 'Taille'), 'Valeur', size);
    setCell(input, 'CPTS', rowWith(input, 'CPTS', 'Population couverte'), 'Valeur', population);
    const found = aciIssues(input);
    const cell = `B${rowWith(input, 'CPTS', 'Taille') + 2}`;
    expect(found).toMatchObject([
      { severity: 'warning', sheet: 'CPTS', cell, params: { problem: 'size' } },
    ]);
    expect(found[0]!.fix).toEqual(fix === undefined ? undefined : { cell, value: fix });
    expect(renderIssue(found[0]!, 'fr')).toContain(text);
    expect(renderIssue(found[0]!, 'en')).toContain('does not match the population covered');
  });

  it.each([
    [2, 62000],
    [2, 80000],
    [3, 80000],
    [3, 175000],
    [null, 62000],
    [2, null],
    ['deux', 62000],
  ])('taille %p and population %p: nothing to say', (size, population) => {
    const input = example('cpts');
    setCell(input, 'CPTS', rowWith(input, 'CPTS', 'Taille'), 'Valeur', size);
    setCell(input, 'CPTS', rowWith(input, 'CPTS', 'Population couverte'), 'Valeur', population);
    expect(
      aciIssues(input).filter((i) => (i.params as { problem: string }).problem === 'size'),
    ).toEqual([]);
  });

  it('an expense dated outside the contract year', () => {
    const first = (i: WorkbookInput) =>
      tableOf(i, 'DepensesACI').values.findIndex((r) => r[1] === 'Prévention');
    const found = aci('DepensesACI', first, 'Date', new Date(Date.UTC(2025, 7, 1)));
    expect(found).toMatchObject([
      { sheet: 'Dépenses ACI', cell: 'A5', params: { problem: 'spending-outside-year' } },
    ]);
    expect(found[0]!.text).toContain("hors de l'année contractuelle (01/07/2024 – 30/06/2025)");
  });
});
