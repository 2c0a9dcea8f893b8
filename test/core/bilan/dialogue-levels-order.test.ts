import { buildDialogue } from '../../../src/core/bilan/dialogue';
import { checkWorkbook, enteredTables } from '../../../src/core/check';
import type { SheetPlan } from '../../../src/core/plan/types';
import type { WorkbookInput } from '../../../src/core/read/types';
import { cpts } from '../../../src/core/templates/cpts';
import type { CellValue } from '../../../src/core/values/cell';
import { example, rowWith } from '../support/examples';
import { setCell } from '../support/plan-input';

/**
 * Regression (issue 15, release candidate): the dialogue de gestion listed the contract's levels
 * in the order typed. They come by threshold, the easiest first (the lowest for an increase, the
 * highest for a decrease); the mission's `aci` warnings close its page.
 */
const ACCESS = 'Patients sans médecin traitant orientés vers un médecin traitant';
const DELAY = 'Délai moyen de réponse à une demande de soins non programmés (heures)';

/** The page's rows, by row number: the values of columns A… in order. */
function rows(s: SheetPlan): CellValue[][] {
  const out: CellValue[][] = [];
  for (const c of s.cells) {
    const m = /^([A-Z])(\d+)$/.exec(c.ref)!;
    const r = Number(m[2]);
    (out[r] ??= [])[m[1]!.charCodeAt(0) - 65] = c.value ?? null;
  }
  return out.filter(Boolean);
}

function page(input: WorkbookInput, mission: string): CellValue[][] {
  const result = checkWorkbook(input);
  const plan = buildDialogue(cpts, enteredTables(result.records), {
    mission,
    issues: result.issues,
  });
  return rows(plan.sheets[0]!);
}

/** The levels listed on the page: [indicator, threshold], in order. */
const levels = (p: CellValue[][]) =>
  p
    .filter((r) => (r[1] === ACCESS || r[1] === DELAY) && typeof r[2] === 'number' && r.length <= 4)
    .map((r) => [r[1], r[2]]);

describe('the dialogue de gestion lists the contract levels by threshold (regression: as typed)', () => {
  it('an increase from the lowest threshold, a decrease from the highest, whatever the typing order', () => {
    const input = example('cpts');
    const first = rowWith(input, 'PaliersACI', ACCESS, 0);
    // Typed: 150 (100 %) then 100 (50 %) for the increase; 24 h (100 %) then 30 h (50 %) for the
    // decrease, on two spare rows.
    for (const [k, indicator, threshold, granted] of [
      [0, ACCESS, 150, 1],
      [1, ACCESS, 100, 0.5],
      [2, DELAY, 24, 1],
      [3, DELAY, 30, 0.5],
    ] as const) {
      setCell(input, 'PaliersACI', first + k, 'Indicateur', indicator);
      setCell(input, 'PaliersACI', first + k, 'Seuil', threshold);
      setCell(input, 'PaliersACI', first + k, 'Atteinte accordée', granted);
    }
    expect(levels(page(input, 'Accès aux soins'))).toEqual([
      [ACCESS, 100],
      [ACCESS, 150],
      [DELAY, 30],
      [DELAY, 24],
    ]);
  });

  it("closes the mission's page with its aci warnings, and only its own", () => {
    const input = example('cpts');
    setCell(
      input,
      'IndicateursACI',
      rowWith(input, 'IndicateursACI', ACCESS, 1),
      'Pondération',
      0.5,
    );
    const access = page(input, 'Accès aux soins');
    const at = access.findIndex((r) => r[0] === 'Points à vérifier (trepied check, règle aci)');
    expect(at).toBeGreaterThan(0);
    // One warning, on lines spilling over the page's width (continuations indented).
    const told = access.slice(at + 1).map((r) => String(r[0]));
    expect(told[0]).toMatch(/^'Indicateurs ACI'!D2 : les pondérations/);
    expect(told.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(told.every((l) => l.length <= 140)).toBe(true);
    expect(told.join(' ').replace(/\s+/g, ' ')).toContain(
      "de la mission « Accès aux soins » font 90 % au lieu de 100 % : le taux d'atteinte de la mission est calculé sur ces 90 %",
    );
    const prevention = page(input, 'Prévention');
    expect(prevention.some((r) => r[0] === 'Points à vérifier (trepied check, règle aci)')).toBe(
      false,
    );
  });
});
