import { reportLayout } from '../../src/core/report/build-report';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import type { ReportPlan } from '../../src/core/plan/report-types';
import { getTemplate } from '../../src/core/templates';
import {
  MemoryWorkbook,
  SheetsExist,
  type MemoryEvent,
} from '../../src/workbook/memory/memory-workbook';
import { openWorkbook, UnreadableWorkbook } from '../../src/workbook/xlsx/open';
import { readPrintNames } from '../../src/workbook/xlsx/print-names';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { readWorkbookValues } from '../support/exceljs-values';

const NOW = new Date('2026-01-15T00:00:00Z');
const caPlan = (example = false) =>
  buildPlan(getTemplate('ca')!, {
    lang: 'fr',
    now: NOW,
    ...(example ? EXAMPLES.ca : {}),
  });

async function created(example = false): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.empty();
  await wb.render(caPlan(example));
  return wb;
}

const tableOf = async (wb: MemoryWorkbook, name: string) => {
  const table = (await wb.readValues()).tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
};

describe('MemoryWorkbook', () => {
  it('starts empty, as a demo workbook', async () => {
    const wb = MemoryWorkbook.empty();
    expect(wb.kind).toBe('demo');
    expect(wb.name).toBe('classeur-trepied.xlsx');
    expect(await wb.sheetNames()).toEqual([]);
    await wb.render(caPlan());
    expect(wb.name).toBe('suivi-ca.xlsx');
  });

  it('caches the formulas’ results as Excel would after a recalculation', async () => {
    const wb = await created(true);
    const actions = await tableOf(wb, 'Actions');
    const column = (header: string) => actions.headers.indexOf(header);
    const a4 = actions.values.find((r) => r[0] === 'A4') ?? [];
    expect(a4[column('Triangulation')]).toBe('NON');
    expect(a4[column('Preuves manquantes')]).toBe('livrable');
    expect((await wb.readValues()).names['CA_NbActionsTriangulees']).toBe(3);

    // A described, sourced deliverable for A4, typed on the first empty row of Preuves: the
    // figures follow.
    const proofs = await tableOf(wb, 'Preuves');
    const row = proofs.values.findIndex((r) => r.every((v) => v === null || v === '')) + 2;
    await wb.setValue('Preuves', `A${row}`, 'A4');
    await wb.setValue('Preuves', `B${row}`, 'Observable (documents, livrables)');
    await wb.setValue('Preuves', `C${row}`, 'Compte rendu du groupe de travail');
    await wb.setValue('Preuves', `D${row}`, 'Comptes rendus d’équipe'); // sourced, so it counts
    const names = (await wb.readValues()).names;
    expect(names['CA_NbActionsTriangulees']).toBe(4);
    expect(names['CA_TauxTriangulation']).toBe(1);
    const triangulation = column('Triangulation');
    expect(wb.grid('Actions', { maxRows: 5, maxColumns: 60 })?.rows[4]?.[triangulation]).toEqual({
      text: 'OUI',
      computed: true,
      header: false,
    });
  });

  it('issue 18: shows the COPIL dashboard worked out, and follows what is typed', async () => {
    const wb = await created(true);
    const sheet = getTemplate('ca')!.dashboard!.sheet;
    const line = (row: number) =>
      wb.grid(sheet, { maxRows: row, maxColumns: 10 })?.rows[row - 1]?.map((c) => c?.text ?? '');
    expect(line(4)?.slice(0, 3)).toEqual([
      'A1',
      'Campagne « Remplissage du formulaire de sollicitation par les orienteurs »',
      'Suivi mensuel des sollicitations en place (tableau de bord)',
    ]);
    // A new process indicator for A4, typed on the first empty row of Indicateurs: it appears
    // first among A4's lines, under « Indicateurs de processus ».
    const indicators = await tableOf(wb, 'Indicateurs');
    const row = indicators.values.findIndex((r) => r.every((v) => v === null || v === '')) + 2;
    await wb.setValue('Indicateurs', `A${row}`, 'A4');
    await wb.setValue('Indicateurs', `B${row}`, 'Processus');
    await wb.setValue('Indicateurs', `C${row}`, 'Comité de suivi réuni');
    const texts = Array.from({ length: 25 }, (_, i) => line(i + 1) ?? []);
    const a4 = texts.findIndex((l) => l[0] === 'A4');
    expect(texts[a4 + 1]?.[2]).toBe('Comité de suivi réuni');
  });

  it('renders a plan: every sheet, tables, defined names and _meta', async () => {
    const wb = await created(true);
    const plan = caPlan(true);
    expect(await wb.sheetNames()).toEqual(plan.sheets.map((s) => s.name));
    expect(wb.visibleSheets()).not.toContain('_meta');
    const values = await wb.readValues();
    expect(values.meta['template']).toBe('ca');
    expect(values.tables.map((t) => t.name)).toContain('Actions');
    expect(Object.keys(values.names)).toContain('CA_NbActions');
    const actions = await tableOf(wb, 'Actions');
    expect(actions.headers[0]).toBe('N° action');
    expect(actions.values.map((r) => r[0])).toEqual(expect.arrayContaining(['A1', 'A2', 'A3']));
    expect(actions.formulas[0]?.some((f) => f !== null)).toBe(true);
  });

  it('refuses, in French, to render over sheets that exist', async () => {
    const wb = await created();
    const attempt = wb.render(caPlan());
    await expect(attempt).rejects.toBeInstanceOf(SheetsExist);
    await expect(attempt).rejects.toThrow(/^Le classeur contient déjà les feuilles « Programme »/);
    expect(await wb.sheetNames()).toHaveLength(caPlan().sheets.length);
  });

  it('adds the sheets after those of an opened workbook', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Feuil1').getCell('A1').value = 'à garder';
    const bytes = new Uint8Array(await other.xlsx.writeBuffer());
    const wb = await MemoryWorkbook.fromBytes(bytes, 'autre.xlsx');
    await wb.render(caPlan());
    expect(wb.name).toBe('autre.xlsx');
    const values = await wb.readValues();
    expect(values.sheets[0]).toBe('Feuil1');
    expect(values.sheets).toContain('Actions');
    expect(values.meta['template']).toBe('ca');
    expect(Object.keys(values.names)).toContain('CA_NbActions');
    expect(wb.grid('Feuil1', { maxRows: 5, maxColumns: 5 })?.rows[0]?.[0]?.text).toBe('à garder');
  });

  it.each([
    ['a number', 12.5],
    ['a boolean', true],
    ['a date', new Date('2026-03-31T00:00:00Z')],
    ['text', 'OUI'],
    ['text that looks like a formula', '=SUM(A1:A3)'],
    ['text starting with +', '+33 6 12 34 56 78'],
    ['text starting with -', '- en cours'],
    ['text starting with @', '@partenaire'],
  ])('writes %s as a typed value, never a formula, and keeps it in the file', async (_, value) => {
    const wb = await created();
    await wb.setValue('Actions', 'C2', value);
    const actions = await tableOf(wb, 'Actions');
    expect(actions.values[0]?.[2]).toEqual(value);
    expect(actions.formulas[0]?.[2]).toBeNull();
    const reopened = readWorkbookValues(await openWorkbook(await wb.toBytes(), 'x.xlsx'));
    const table = reopened.tables.find((t) => t.name === 'Actions');
    expect(table?.values[0]?.[2]).toEqual(value);
    expect(table?.formulas[0]?.[2]).toBeNull();
  });

  it('refuses a fix on a sheet or cell that does not exist', async () => {
    const wb = await created();
    await expect(wb.setValue('Inconnue', 'A1', 1)).rejects.toThrow('« Inconnue » n’existe pas');
    await expect(wb.setValue('Actions', 'A0', 1)).rejects.toThrow('pas une adresse');
  });

  // Regression: « Tout corriger » wrote cell by cell, each write recalculating the whole
  // workbook (64 fixes of the 500-action demo took over 2 minutes).
  it('setValues writes many cells at once: typed values, one change, the figures follow', async () => {
    const wb = await created(true);
    const events: MemoryEvent[] = [];
    const stop = wb.subscribe((e) => events.push(e));
    const proofs = await tableOf(wb, 'Preuves');
    const row = proofs.values.findIndex((r) => r.every((v) => v === null || v === '')) + 2;
    const day = new Date('2025-12-31T00:00:00Z');
    await wb.setValues([
      { sheet: 'Preuves', cell: `A${row}`, value: 'A4' },
      { sheet: 'Preuves', cell: `B${row}`, value: 'Observable (documents, livrables)' },
      { sheet: 'Preuves', cell: `C${row}`, value: 'Compte rendu du groupe de travail' },
      { sheet: 'Preuves', cell: `D${row}`, value: 'Comptes rendus d’équipe' },
      { sheet: 'Actions', cell: 'C2', value: '=SUM(A1:A3)' },
      { sheet: 'Actions', cell: 'D2', value: '+33 6 12' },
      { sheet: 'Actions', cell: 'D2', value: '- en cours' },
      { sheet: 'Actions', cell: 'E2', value: day },
    ]);
    stop();
    expect(events).toEqual([{ type: 'change' }]);
    const values = await wb.readValues();
    expect(values.names['CA_NbActionsTriangulees']).toBe(4);
    const actions = values.tables.find((t) => t.name === 'Actions');
    // The last write of a cell wins; strings stay text, the date is a date.
    expect(actions?.values[0]?.slice(2, 5)).toEqual(['=SUM(A1:A3)', '- en cours', day]);
    expect(actions?.formulas[0]?.slice(2, 5)).toEqual([null, null, null]);
  });

  it('setValues checks every change before writing any', async () => {
    const wb = await created();
    const before = (await tableOf(wb, 'Actions')).values[0]?.[2];
    await expect(
      wb.setValues([
        { sheet: 'Actions', cell: 'C2', value: 'écrit ?' },
        { sheet: 'Inconnue', cell: 'A1', value: 1 },
      ]),
    ).rejects.toThrow('La feuille « Inconnue » n’existe pas dans le classeur.');
    await expect(
      wb.setValues([
        { sheet: 'Actions', cell: 'C2', value: 'écrit ?' },
        { sheet: 'Actions', cell: 'C2:C3', value: 1 },
      ]),
    ).rejects.toThrow('« C2:C3 » n’est pas une adresse de cellule.');
    expect((await tableOf(wb, 'Actions')).values[0]?.[2]).toEqual(before);
  });

  it('records the selection and tells its listeners', async () => {
    const wb = await created();
    const events: MemoryEvent[] = [];
    const stop = wb.subscribe((e) => events.push(e));
    await wb.select('Actions', 'D3');
    expect(wb.selection).toEqual({ sheet: 'Actions', cell: 'D3' });
    await wb.setValue('Actions', 'D3', 'x');
    stop();
    await wb.select('Preuves', 'A2');
    expect(events).toEqual([{ type: 'select', sheet: 'Actions', cell: 'D3' }, { type: 'change' }]);
    expect(wb.selection).toEqual({ sheet: 'Preuves', cell: 'A2' });
  });

  it('writes the report sheet and highlights the cells', async () => {
    const wb = await created();
    const rows: ReportPlan['rows'] = [
      {
        severity: 'error',
        severityLabel: 'Erreur',
        sheet: 'Actions',
        cell: 'A2',
        rule: 'required',
        message: 'N° action est vide.',
      },
    ];
    const report: ReportPlan = {
      sheet: 'Contrôles',
      headers: ['Gravité', 'Feuille', 'Cellule', 'Règle', 'Message'],
      rows,
      ...reportLayout(rows, 'fr'),
      highlights: [{ sheet: 'Actions', cell: 'A2', severity: 'error' }],
    };
    await wb.writeReport(report);
    await wb.writeReport(report);
    const values = await wb.readValues();
    expect(values.sheets.filter((s) => s === 'Contrôles')).toHaveLength(1);
    const table = values.tables.find((t) => t.sheet === 'Contrôles');
    expect(table?.headers).toEqual(report.headers);
    expect(table?.values[0]?.[4]).toBe('N° action est vide.');
  });

  it('downloads a file with its tables, names and calculated-column formulas', async () => {
    const wb = await created(true);
    const bytes = await wb.toBytes();
    const values = readWorkbookValues(await openWorkbook(bytes, 'suivi.xlsx'));
    expect(values.tables.map((t) => t.name)).toContain('Actions');
    expect(Object.keys(values.names)).toContain('CA_TauxTriangulation');
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async('string')),
    );
    expect(parts.some((xml) => xml.includes('<calculatedColumnFormula>'))).toBe(true);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/fullCalcOnLoad="1"/);
  });

  it('downloads the print areas and titles as rendered: absolute rows, every range', async () => {
    // ExcelJS's round trip wrote « 'Preuves'!$A1:$I13 » (LibreOffice then prints every empty
    // row below) and kept only the Synthèse's figures, not its charts.
    const wb = await created(true);
    await wb.setValue('Actions', 'B2', 'Ateliers santé');
    const rendered = await readPrintNames(await planToXlsx(caPlan(true)));
    const downloaded = await readPrintNames(await wb.toBytes());
    expect(rendered.get('Synthèse')!.find((n) => /Area/.test(n.name))!.text).toMatch(
      /^'Synthèse'!\$A\$1:\$B\$\d+,'Synthèse'!\$E\$1:\$L\$\d+$/,
    );
    expect([...downloaded.entries()]).toEqual([...rendered.entries()]);
    // A file opened in the demo keeps its own, and so does its copy after a report.
    const reopened = await MemoryWorkbook.fromBytes(await planToXlsx(caPlan(true)), 'suivi.xlsx');
    const again = await readPrintNames(await reopened.toBytes());
    expect(again.get('Preuves')).toEqual(rendered.get('Preuves'));
  });

  it('refuses a file that is not a workbook with the French message of openWorkbook', async () => {
    const bytes = new TextEncoder().encode('Nom;Valeur\nA1;12\n');
    const attempt = MemoryWorkbook.fromBytes(bytes, 'export.csv');
    await expect(attempt).rejects.toBeInstanceOf(UnreadableWorkbook);
    await expect(attempt).rejects.toThrow('« export.csv » est un fichier texte');
  });

  it('shows cells as Excel would, in French', async () => {
    const wb = await created(true);
    await wb.setValue('Actions', 'K2', 1234.5);
    await wb.setValue('Actions', 'L2', 12345);
    const grid = wb.grid('Actions', { maxRows: 3, maxColumns: 60 });
    expect(grid?.rows).toHaveLength(3);
    expect(grid?.rows[0]?.[0]).toEqual({ text: 'N° action', computed: false, header: true });
    // Four digits ungrouped, as the pane shows them (a year is « 2024 »); five and more grouped.
    expect(grid?.rows[1]?.[10]?.text).toBe('1234,5');
    expect(grid?.rows[1]?.[11]?.text).toBe('12\u202f345');
    expect(grid?.rows[1]?.some((c) => c.computed)).toBe(true);
    expect(wb.grid('Actions', { maxRows: 3, maxColumns: 2, includeRow: 10 })?.rows).toHaveLength(
      15,
    );
    expect(wb.grid('Absente', { maxRows: 3, maxColumns: 3 })).toBeUndefined();
  });
});

// Trial (issue 15): rows typed below a table in LibreOffice were ignored without a word. The CLI
// says so; the demo's pane, which opens such files, checks the same cells.
describe('MemoryWorkbook: values typed outside a table', () => {
  it('are read, so that the check says them', async () => {
    const { checkWorkbook } = await import('../../src/core/check');
    const wb = await created(true);
    const clean = checkWorkbook(await wb.readValues());
    const outside = (r: typeof clean) =>
      r.issues.filter((i) => i.rule === 'structure' && i.params['problem'] === 'outside-table');
    expect(outside(clean)).toEqual([]);
    const actions = await tableOf(wb, 'Actions');
    // origin A1: the header on row 1, data rows below it.
    const below = `A${Number(actions.origin.slice(1)) + actions.values.length + 1}`;
    await wb.setValue('Actions', below, 'A99');
    const found = outside(checkWorkbook(await wb.readValues()));
    expect(found.map((i) => [i.sheet, i.cell])).toEqual([['Actions', below]]);
  });
});
