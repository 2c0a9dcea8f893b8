import { columnLetter, fileFormula } from '../../src/core/formula/refs';
import { buildPlan } from '../../src/core/plan/build';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { dateToSerial } from '../../src/core/read/parse-date';
import { TEMPLATES } from '../../src/core/templates';
import { ca } from '../../src/core/templates/ca';
import { OfficeWorkbook } from '../../src/workbook/office';
import { PROTECTION } from '../../src/workbook/office/render';
import { FakeExcel, type Command } from './fake-excel';
import { excelApiUpTo, noOffice } from './requirements-mock';

const NOW = new Date('2026-01-15T00:00:00Z');
const small = () => buildPlan(ca, { now: NOW });
const large = () =>
  buildPlan(ca, {
    now: NOW,
    data: { Actions: Array.from({ length: 300 }, (_, i) => ({ id: 'A' + i, title: 'x' })) },
  });

async function render(plan: WorkbookPlan, budget?: number): Promise<FakeExcel> {
  const fake = new FakeExcel({ sheets: [{ name: 'Feuil1' }] }).install();
  await new OfficeWorkbook(budget ? { requestBudget: budget } : {}).render(plan);
  return fake;
}

const lastIndex = (fake: FakeExcel, test: (c: Command) => boolean) =>
  fake.log.map(test).lastIndexOf(true);

const table = (plan: WorkbookPlan, name: string) => {
  const t = plan.sheets.find((s) => s.table?.name === name)?.table;
  if (!t) throw new Error(name);
  return t;
};

describe('OfficeWorkbook.render', () => {
  afterEach(noOffice);

  it('makes the same number of syncs for 30 and 300 action rows', async () => {
    // Where copyFrom exists: without it every formula is sent, and since the COPIL dashboard
    // (issue 18) 300 actions pass the 4 MB budget (one more sync per 4 MB, tested below).
    excelApiUpTo(9);
    const a = small();
    const b = large();
    // 30 rows: 1 spare-row table; 300 rows: 300 + spares, 10× more.
    expect(table(b, 'Actions').rows.length).toBeGreaterThanOrEqual(
      10 * table(a, 'Actions').rows.length,
    );
    const fa = await render(a);
    const fb = await render(b);
    // 1 sync to look for clashes, 1 for everything else.
    expect(fa.syncs).toBe(2);
    expect(fb.syncs).toBe(fa.syncs);
  });

  it.each(Object.keys(TEMPLATES).flatMap((id) => [[id, 'fr'] as const, [id, 'en'] as const]))(
    'renders the %s template (%s) in 2 syncs: every sheet, table and name',
    async (id, lang) => {
      const plan = buildPlan(TEMPLATES[id]!, { now: NOW, lang });
      const fake = await render(plan);
      expect(fake.syncs).toBe(2);
      expect(
        fake
          .calls('add')
          .filter((c) => c.target === 'worksheets')
          .map((c) => c.args[0]),
      ).toEqual(plan.sheets.map((s) => s.name));
      const tableNames = fake.sets('name').filter((c) => c.target.startsWith('table:'));
      expect(tableNames.map((c) => c.value)).toEqual(
        plan.sheets.flatMap((s) => (s.table ? [s.table.name] : [])),
      );
      expect(fake.calls('add').filter((c) => c.target === 'names')).toHaveLength(plan.names.length);
    },
  );

  it('writes each table as 2-D arrays: header, then the entered values (computed cells null)', async () => {
    const plan = large();
    const fake = await render(plan);
    const t = table(plan, 'Actions');
    const last = t.rows.length + 1;
    const end = columnLetter(t.columns.length - 1);
    const header = fake.valueAt(`Actions!A1:${end}1`, 'values');
    expect(header).toEqual([t.columns.map((c) => c.header)]);
    const body = fake.valueAt(`Actions!A2:${end}${last}`, 'values') as unknown[][];
    expect(body).toHaveLength(t.rows.length);
    expect(body[7]?.slice(0, 3)).toEqual(['A7', null, 'x']);
    t.columns.forEach((c, j) => {
      if (c.formula) expect(body.every((row) => row[j] === null)).toBe(true);
    });
    // Strings go into Text cells; typed columns get their number format.
    const formats = fake.valueAt(`Actions!A2:${end}${last}`, 'numberFormat') as unknown[][];
    expect(formats[0]?.[0]).toBe('@');
    const start = t.columns.findIndex((c) => c.header === 'Date de début');
    expect(formats[0]?.[start]).toBe('dd/mm/yyyy');
    // The number format is queued before the values, so "=…" text never becomes a formula.
    const i = fake.log.findIndex(
      (c) => c.kind === 'set' && c.target === `Actions!A2:${end}${last}` && c.path === 'values',
    );
    const j = fake.log.findIndex(
      (c) =>
        c.kind === 'set' && c.target === `Actions!A2:${end}${last}` && c.path === 'numberFormat',
    );
    expect(j).toBeLessThan(i);
    const add = fake.calls('tables.add').find((c) => c.target === 'sheet:Actions');
    expect(fake.targetOf(add?.args[0])).toBe(`Actions!A1:${end}${last}`);
    expect(add?.args[1]).toBe(true);
    expect(fake.sets('name').filter((c) => c.target === 'table:Actions')).toEqual([
      { target: 'table:Actions', path: 'name', value: 'Actions' },
    ]);
  });

  it('writes computed columns as "=" + the plan formula, one array per column, after every table exists', async () => {
    const plan = small();
    const fake = await render(plan);
    const lastTable = lastIndex(fake, (c) => c.kind === 'call' && c.path === 'tables.add');
    let checked = 0;
    for (const sp of plan.sheets) {
      const t = sp.table;
      if (!t) continue;
      t.columns.forEach((c, j) => {
        if (!c.formula) return;
        const letter = columnLetter(j);
        const target = `${sp.name}!${letter}2:${letter}${t.rows.length + 1}`;
        const formulas = fake.valueAt(target, 'formulas') as string[][];
        expect(formulas).toHaveLength(t.rows.length);
        expect(formulas.every(([f]) => f === `=${c.formula}`)).toBe(true);
        const at = fake.log.findIndex(
          (x) => x.kind === 'set' && x.target === target && x.path === 'formulas',
        );
        expect(at).toBeGreaterThan(lastTable);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(5);
    // Summary cells too.
    const summary = plan.sheets.find((s) => s.name === 'Synthèse')!;
    for (const cp of summary.cells.filter((c) => c.formula)) {
      expect(fake.valueAt(`Synthèse!${cp.ref}`, 'formulas')).toEqual([[`=${cp.formula}`]]);
    }
  });

  it('types AGGREGATE as Excel shows it: the file prefix _xlfn. is dropped, and read back', async () => {
    const plan = buildPlan(TEMPLATES['cpts']!, { now: NOW });
    const sp = plan.sheets.find((s) => s.table?.name === 'IndicateursACI')!;
    const j = sp.table!.columns.findIndex((c) => c.header === 'Atteinte');
    const file = sp.table!.columns[j]!.formula!;
    expect(file).toContain('_xlfn.AGGREGATE(14,6,');
    const fake = await render(plan);
    const letter = columnLetter(j);
    const target = `${sp.name}!${letter}2:${letter}${sp.table!.rows.length + 1}`;
    const [[typed]] = fake.valueAt(target, 'formulas') as string[][];
    expect(typed).toBe(`=${file.replace(/_xlfn\./g, '')}`);
    expect(typed).not.toContain('_xlfn');
    expect(fileFormula(typed!.slice(1))).toBe(file);
  });

  it('adds every defined name with "=" + its reference, before the formulas that use them', async () => {
    const plan = small();
    const fake = await render(plan);
    const added = fake.calls('add').filter((c) => c.target === 'names');
    expect(added.map((c) => c.args)).toEqual(plan.names.map((n) => [n.name, `=${n.ref}`]));
    const lastName = lastIndex(fake, (c) => c.kind === 'call' && c.target === 'names');
    const firstFormula = fake.log.findIndex((c) => c.kind === 'set' && c.path === 'formulas');
    expect(lastName).toBeLessThan(firstFormula);
  });

  it('binds list validations to their names and maps number and date rules', async () => {
    const plan = small();
    const fake = await render(plan);
    const rules = fake.sets('dataValidation.rule');
    expect(rules).toHaveLength(plan.sheets.reduce((n, s) => n + s.validations.length, 0));
    const actions = plan.sheets.find((s) => s.name === 'Actions')!;
    const list = actions.validations.find((v) => v.type === 'list')!;
    expect(fake.valueAt(`Actions!${list.range}`, 'dataValidation.rule')).toEqual({
      list: { inCellDropDown: true, source: list.formulae[0] },
    });
    expect(String(list.formulae[0])).toMatch(/^=[A-Za-z]+$/);
    const date = actions.validations.find((v) => v.type === 'date')!;
    expect(fake.valueAt(`Actions!${date.range}`, 'dataValidation.rule')).toEqual({
      date: { formula1: '2000-01-01', formula2: '2100-12-31', operator: 'Between' },
    });
    const money = actions.validations.find((v) => v.type === 'decimal')!;
    expect(fake.valueAt(`Actions!${money.range}`, 'dataValidation.rule')).toEqual({
      decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' },
    });
    expect(fake.valueAt(`Actions!${list.range}`, 'dataValidation.errorAlert')).toEqual({
      showAlert: true,
      style: list.style === 'stop' ? 'Stop' : 'Warning',
      title: list.error.title,
      message: list.error.text,
    });
  });

  it('adds conditional formats as custom formulas with #RRGGBB colours, last priority first', async () => {
    const plan = small();
    const fake = await render(plan);
    const sheet = plan.sheets.find((s) => s.conditionalFormats.length > 1)!;
    const cfs = [...sheet.conditionalFormats].sort((a, b) => b.priority - a.priority);
    const added = fake
      .calls('conditionalFormats.add')
      .filter((c) => c.target.startsWith(`${sheet.name}!`) && c.args[0] === 'Custom');
    expect(added.map((c) => [c.target, c.args[0]])).toEqual(
      cfs.map((cf) => [`${sheet.name}!${cf.range}`, 'Custom']),
    );
    const first = cfs.find((cf) => cf.fill)!;
    expect(fake.valueAt(`cf:${sheet.name}!${first.range}`, 'custom.rule.formula')).toBe(
      `=${first.formula}`,
    );
    expect(fake.valueAt(`cf:${sheet.name}!${first.range}`, 'custom.format.fill.color')).toBe(
      `#${first.fill!.slice(2)}`,
    );
  });

  it('greys and locks computed columns, unlocks entered columns, then protects without password', async () => {
    const plan = small();
    const fake = await render(plan);
    const t = table(plan, 'Actions');
    const n = t.rows.length + 1;
    const j = t.columns.findIndex((c) => c.formula);
    const letter = columnLetter(j);
    expect(fake.valueAt(`Actions!${letter}2:${letter}${n}`, 'format.fill.color')).toBe('#E7E6E6');
    expect(fake.valueAt(`Actions!${letter}2:${letter}${n}`, 'format.protection.locked')).toBe(true);
    expect(fake.valueAt('Actions!A:A', 'format.protection.locked')).toBe(false);
    expect(fake.valueAt('Actions!A2:A' + n, 'format.protection.locked')).toBe(false);
    const protects = fake.calls('protection.protect');
    expect(protects.map((c) => c.target).sort()).toEqual(
      plan.sheets
        .filter((s) => s.protect)
        .map((s) => `sheet:${s.name}`)
        .sort(),
    );
    expect(protects[0]?.args).toEqual([PROTECTION]);
    const lastLock = lastIndex(
      fake,
      (c) => c.kind === 'set' && c.path === 'format.protection.locked',
    );
    const firstProtect = fake.log.findIndex(
      (c) => c.kind === 'call' && c.path === 'protection.protect',
    );
    expect(lastLock).toBeLessThan(firstProtect);
  });

  it('freezes panes, hides _meta (very hidden) and repeats _meta as custom properties', async () => {
    const plan = small();
    const fake = await render(plan);
    const actions = plan.sheets.find((s) => s.name === 'Actions')!;
    expect(actions.frozen).toEqual({ rows: 1, columns: 1 });
    const freeze = fake.calls('freezePanes.freezeAt').find((c) => c.target === 'sheet:Actions');
    expect(fake.targetOf(freeze?.args[0])).toBe('Actions!A1');
    expect(
      fake.calls('freezePanes.freezeRows').find((c) => c.target === 'sheet:Listes')?.args,
    ).toEqual([1]);
    expect(fake.sets('visibility')).toEqual([
      { target: 'sheet:_meta', path: 'visibility', value: 'VeryHidden' },
    ]);
    expect(
      fake
        .calls('add')
        .filter((c) => c.target === 'custom')
        .map((c) => c.args),
    ).toEqual([
      ['trepied.template', 'ca'],
      ['trepied.version', plan.version],
      ['trepied.productVersion', plan.productVersion],
      ['trepied.created', '2026-01-15'],
      ['trepied.lang', 'fr'],
    ]);
    // _meta cells are text, as in the file: "2026-01-15" must not become a date.
    expect(fake.valueAt('_meta!B4', 'numberFormat')).toEqual([['@']]);
    expect(fake.valueAt('_meta!B4', 'values')).toEqual([['2026-01-15']]);
  });

  it('writes dates as serial numbers with their format', async () => {
    const plan = small();
    const fake = await render(plan);
    const cal = plan.sheets.find((s) => s.cells.some((c) => c.value instanceof Date))!;
    const cp = cal.cells.find((c) => c.value instanceof Date)!;
    expect(fake.valueAt(`${cal.name}!${cp.ref}`, 'values')).toEqual([
      [dateToSerial(cp.value as Date)],
    ]);
    // The month row feeds the Gantt's shading; the header below it shows the month.
    expect(fake.valueAt(`${cal.name}!${cp.ref}`, 'numberFormat')).toEqual([[';;;']]);
  });

  it('refuses, in French and writing nothing, when a plan sheet already exists', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Feuil1' }, { name: 'actions' }] }).install();
    await expect(new OfficeWorkbook().render(small())).rejects.toThrow(
      /^La feuille « Actions » existe déjà dans ce classeur…/,
    );
    expect(fake.syncs).toBe(1);
    expect(fake.calls('add')).toEqual([]);
  });

  it('refuses when a defined name of the plan already exists', async () => {
    const plan = small();
    const clash = plan.names[0]!.name;
    const fake = new FakeExcel({
      names: [{ name: clash, type: 'Range', value: 'X!$A$1:$A$3' }],
    }).install();
    await expect(new OfficeWorkbook().render(plan)).rejects.toThrow(
      `Le nom « ${clash} » est déjà défini dans ce classeur…`,
    );
    expect(fake.calls('add')).toEqual([]);
  });

  it('splits payloads over the request budget into row chunks, one more sync per budget', async () => {
    const plan = large();
    const budget = 128 * 1024;
    const fake = await render(plan, budget);
    const t = table(plan, 'Actions');
    const end = columnLetter(t.columns.length - 1);
    const chunks = fake
      .sets('values')
      .filter(
        (c) =>
          new RegExp(`^Actions!A\\d+:${end}\\d+$`).test(c.target) &&
          !c.target.startsWith('Actions!A1:'),
      );
    expect(chunks.length).toBeGreaterThan(1);
    // The chunks, in order, are the body an unchunked render writes at once.
    const whole = (await render(plan)).valueAt(`Actions!A2:${end}${t.rows.length + 1}`, 'values');
    expect(chunks.flatMap((c) => c.value as unknown[][])).toEqual(whole);
    // Row arrays queued between two syncs stay under the budget.
    const requests: number[] = [0];
    for (const c of fake.log) {
      if (c.kind === 'sync') requests.push(0);
      else if (c.kind === 'set' && Array.isArray(c.value) && c.value.length > 1) {
        requests[requests.length - 1]! += Buffer.byteLength(JSON.stringify(c.value));
      }
    }
    expect(Math.max(...requests)).toBeLessThanOrEqual(budget);
    const total = requests.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(4 * budget);
    // 1 sync for the clash check, then as many as the payload needs (greedy: under twice the minimum).
    expect(fake.syncs).toBeGreaterThanOrEqual(1 + Math.ceil(total / budget));
    expect(fake.syncs).toBeLessThanOrEqual(1 + 2 * Math.ceil(total / budget));
  });
});

describe('OfficeWorkbook.render where Range.copyFrom exists (ExcelApi 1.9)', () => {
  beforeEach(() => excelApiUpTo(9));
  afterEach(noOffice);

  const bench = (n: number) =>
    buildPlan(ca, {
      now: NOW,
      data: {
        Actions: Array.from({ length: n }, (_, i) => ({
          id: `A${i + 1}`,
          title: `Action ${i + 1}`,
          budget: 1000 + i,
        })),
      },
    });

  it('writes each computed formula once, in the first row, and copies it down the column', async () => {
    const plan = large();
    const fake = await render(plan);
    const t = table(plan, 'Actions');
    const copies = fake.calls('copyFrom');
    let checked = 0;
    t.columns.forEach((c, j) => {
      if (!c.formula) return;
      const letter = columnLetter(j);
      expect(fake.valueAt(`Actions!${letter}2`, 'formulas')).toEqual([[`=${c.formula}`]]);
      const copy = copies.find(
        (x) => x.target === `Actions!${letter}3:${letter}${t.rows.length + 1}`,
      );
      expect(copy).toBeDefined();
      expect(fake.targetOf(copy?.args[0])).toBe(`Actions!${letter}2`);
      expect(copy?.args[1]).toBe('Formulas');
      checked++;
    });
    expect(checked).toBeGreaterThan(5);
    // No formula array for the whole column any more.
    const whole = fake.log.filter(
      (x) => x.kind === 'set' && x.path === 'formulas' && (x.value as unknown[]).length > 1,
    );
    expect(whole).toEqual([]);
  });

  it('makes the same number of syncs, and sends the same formula payload, for 100 and 5 000 actions', async () => {
    const formulaBytes = (fake: FakeExcel) =>
      fake.log
        .flatMap((x) => (x.kind === 'set' && x.path === 'formulas' ? [x.value] : []))
        .reduce((sum: number, v) => sum + JSON.stringify(v).length, 0);
    const a = await render(bench(100));
    const b = await render(bench(5000));
    expect(a.syncs).toBe(2);
    expect(b.syncs).toBe(2);
    expect(formulaBytes(b)).toBe(formulaBytes(a));
  });

  it('without copyFrom (ExcelApi 1.8) sends every row and needs more requests for 5 000 actions', async () => {
    excelApiUpTo(8);
    const fake = await render(bench(5000));
    expect(fake.calls('copyFrom')).toEqual([]);
    expect(fake.syncs).toBeGreaterThan(2);
  });
});
