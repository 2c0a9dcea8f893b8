import { buildDialogue } from '../../../src/core/bilan/dialogue';
import { EXAMPLES } from '../../../src/core/examples';
import type { SheetPlan } from '../../../src/core/plan/types';
import { cpts } from '../../../src/core/templates/cpts';
import type { Row } from '../../../src/core/values/cell';

const NOW = new Date(Date.UTC(2025, 5, 30));
const texts = (s: SheetPlan) => s.cells.map((c) => c.value).filter((v) => typeof v === 'string');
/** The cell right of the one holding `text` (its amount), on the page. */
const rightOf = (s: SheetPlan, text: string, by = 1) => {
  const c = s.cells.find((x) => x.value === text)!;
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
  const next = `${String.fromCharCode(col!.charCodeAt(0) + by)}${row}`;
  return s.cells.find((x) => x.ref === next)?.value;
};

/** The example with Prévention's spending and indicators typed with spaces and an apostrophe. */
function page(extra: { DepensesACI?: Row[]; IndicateursACI?: Row[] }): SheetPlan {
  const data = EXAMPLES.cpts.data;
  const tables = {
    ...data,
    DepensesACI: [...(data['DepensesACI'] ?? []), ...(extra.DepensesACI ?? [])],
    IndicateursACI: [...(data['IndicateursACI'] ?? []), ...(extra.IndicateursACI ?? [])],
  };
  const plan = buildDialogue(cpts, tables, { mission: 'Prévention', now: NOW });
  return plan.sheets[0]!;
}

describe('issue 15 (trial): the dialogue page matches missions as the workbook does', () => {
  const spent = (label: string, mission: string, amount: number): Row => ({
    date: new Date(Date.UTC(2024, 9, 1)),
    mission,
    label,
    amount,
  });
  const s = page({
    DepensesACI: [
      spent('Espace final', 'Prévention ', 10),
      spent('Espace initial', ' Prévention', 1),
      spent('Minuscules', 'prévention', 100),
    ],
    IndicateursACI: [{ mission: 'Prévention ', id: 'Indicateur mal rangé', weight: 0.5 }],
  });

  it('rows the formulas leave out are not listed under the mission', () => {
    const spending = s.cells.findIndex((c) => c.value === 'Dépenses engagées');
    const apart = s.cells.findIndex(
      (c) => c.value === 'Lignes non comptées dans la mission (nom de mission mal saisi)',
    );
    expect(spending).toBeGreaterThan(0);
    expect(apart).toBeGreaterThan(spending);
    const listed = s.cells.slice(spending, apart).map((c) => c.value);
    expect(listed).toContain('Atelier « Bien vieillir » : salle et supports');
    expect(listed).toContain('Minuscules'); // SUMIFS ignores case: counted, listed
    expect(listed).not.toContain('Espace final');
    expect(listed).not.toContain('Espace initial');
    expect(listed).not.toContain('Indicateur mal rangé');
    // The expenses listed sum to « Dépenses engagées » (3 200 + 100), as the workbook's.
    expect(rightOf(s, 'Dépenses engagées (€)', 2)).toBe(3300);
  });

  it('they are listed apart, with why they do not count', () => {
    expect(texts(s)).toContain('Espace final');
    expect(rightOf(s, 'Espace final')).toBe(10);
    expect(rightOf(s, 'Espace initial', 2)).toBe(
      'espaces en trop autour du nom : comptée dans aucune mission',
    );
    expect(rightOf(s, 'Indicateur mal rangé', 2)).toBe(
      'espaces en trop autour du nom : comptée dans aucune mission',
    );
  });

  it('a typographic apostrophe is said as such', () => {
    const data = EXAMPLES.cpts.data;
    const tables = {
      ...data,
      ACI: [
        ...(data['ACI'] ?? []),
        { mission: "Santé de l'enfant", fixed: 8000, variableMax: 4000 },
      ],
      DepensesACI: [
        ...(data['DepensesACI'] ?? []),
        { mission: 'Santé de l’enfant', label: 'Supports', amount: 500 },
      ],
    };
    const p = buildDialogue(cpts, tables, { mission: "Santé de l'enfant", now: NOW }).sheets[0]!;
    expect(rightOf(p, 'Supports', 2)).toBe(
      'apostrophe autre que celle de la liste : comptée dans aucune mission',
    );
  });

  it('nothing apart when every row is spelled as the list', () => {
    expect(texts(page({}))).not.toContain(
      'Lignes non comptées dans la mission (nom de mission mal saisi)',
    );
  });
});
