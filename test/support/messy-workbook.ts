import type ExcelJS from 'exceljs';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { ca } from '../../src/core/templates/ca';
import { loadXlsx } from '../../src/workbook/xlsx/load';
import { planFormulas, planToXlsx, restoreCalculatedColumns } from '../../src/workbook/xlsx/render';

/**
 * The example `ca` workbook after a partner filled it by hand with the usual mistakes. Each
 * mistake sits at a known cell (see MISTAKES) so tests can assert the checker finds it there.
 */
export const MISTAKES = {
  choiceCase: { sheet: 'Actions', cell: 'T2', typed: 'oui', rule: 'choice' }, // ressources mobilisées
  decimalComma: { sheet: 'Indicateurs', cell: 'L2', typed: '12,5', rule: 'number' }, // T3 of row 1
  percentScale: { sheet: 'Indicateurs', cell: 'I4', typed: 60, rule: 'percent-scale' }, // cible 60 for 60 % (Unité Pourcentage)
  outsideList: { sheet: 'Actions', cell: 'N2', typed: 'Paris', rule: 'choice' }, // not in the Territoires list of Listes
  textDate: { sheet: 'Instances', cell: 'A6', typed: '31/12/2024', rule: 'date' },
  duplicateId: { sheet: 'Actions', cell: 'A6', typed: 'A1', rule: 'duplicate-id' },
  unknownRef: { sheet: 'Preuves', cell: 'A14', typed: 'A9', rule: 'unknown-reference' },
  overwritten: { sheet: 'Actions', cell: 'AP3', typed: 'OUI', rule: 'formula-overwritten' }, // Triangulation of A2
  refError: { sheet: 'Actions', cell: 'M3', typed: '#REF!', rule: 'cell-error' },
  missingReason: { sheet: 'Actions', cell: 'W3', typed: 'NON', rule: 'reason-required' }, // answer NON typed in V3, its « pourquoi » W3 left empty
} as const;

const messyPlan = () =>
  buildPlan(ca, {
    data: EXAMPLES.ca.data,
    config: EXAMPLES.ca.config,
    now: new Date('2026-01-15T00:00:00Z'),
  });

/** The messy workbook as Excel saves it: its tables keep their calculated-column formulas. */
export async function messyCaBytes(): Promise<Uint8Array> {
  const wb = await messyCaWorkbook();
  return restoreCalculatedColumns(await wb.xlsx.writeBuffer(), planFormulas(messyPlan()));
}

export async function messyCaWorkbook(): Promise<ExcelJS.Workbook> {
  const plan = messyPlan();
  const wb = await loadXlsx(await planToXlsx(plan));
  const set = (m: { sheet: string; cell: string; typed: string | number }) => {
    const cell = wb.getWorksheet(m.sheet)!.getCell(m.cell);
    cell.value = m.typed === '#REF!' ? { error: '#REF!' } : m.typed;
  };
  for (const m of Object.values(MISTAKES))
    set(m.rule === 'reason-required' ? { ...m, cell: 'V3' } : m);
  // The duplicate row is a full action, so only its id is wrong.
  wb.getWorksheet('Actions')!.getCell('C6').value = 'Action copiée depuis un autre classeur';
  // Preuves row 14 (after the example's 12 proofs): a proof for an action that does not exist.
  wb.getWorksheet('Preuves')!.getCell('B14').value = 'Qualitatif (témoignages)';
  wb.getWorksheet('Preuves')!.getCell('C14').value = 'Témoignage orphelin';
  return wb;
}
