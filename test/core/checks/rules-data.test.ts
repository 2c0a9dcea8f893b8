import { RULES } from '../../../src/core/checks/rules-data';
import { TEMPLATES } from '../../../src/core/templates';

/** Every table and column id the rules name exists in its template (names live once). */
function references(id: string): [string, string][] {
  const r = RULES[id]!;
  const pairs: [string, string][] = [];
  const add = (table: string, ...columns: string[]) =>
    columns.forEach((c) => pairs.push([table, c]));
  r.reasons.forEach((x) => add(x.table, x.answer, x.reason));
  r.otherPublic.forEach((x) => add(x.table, ...x.columns, x.detail));
  r.ratios.forEach((x) => add(x.table, x.num, x.den));
  r.dateOrder.forEach((x) => add(x.table, x.start, x.end));
  if (r.period) {
    add(r.period.table, r.period.field, r.period.value);
    r.period.columns.forEach((x) => add(x.table, ...x.columns));
  }
  r.softReferences.forEach((x) => add(x.table, x.column));
  r.referenceLevels.forEach((x) => {
    add(x.table, x.column);
    add(x.target, x.key, x.levelColumn);
  });
  if (r.coverage) add(r.coverage.table, r.coverage.key, ...r.coverage.counts);
  if (r.outlier)
    add(r.outlier.table, r.outlier.key, r.outlier.label, r.outlier.realised, r.outlier.target);
  if (r.objectiveTree)
    add(r.objectiveTree.table, r.objectiveTree.code, r.objectiveTree.level, r.objectiveTree.parent);
  if (r.subsidy) add(r.subsidy.table, r.subsidy.key, r.subsidy.amount);
  if (r.impact) add(r.impact.table, r.impact.key, r.impact.column);
  return pairs;
}

describe('rules-data', () => {
  it.each(Object.keys(RULES))('%s names only columns of its template', (id) => {
    const t = TEMPLATES[id]!;
    const unknown = references(id).filter(([table, column]) => {
      const def = t.tables.find((x) => x.name === table);
      return !def || !def.columns.some((c) => c.id === column);
    });
    expect(unknown).toEqual([]);
  });

  it('answers in reasons belong to the answer list of their column', () => {
    for (const [id, r] of Object.entries(RULES)) {
      const t = TEMPLATES[id]!;
      for (const x of r.reasons) {
        const col = t.tables
          .find((y) => y.name === x.table)!
          .columns.find((c) => c.id === x.answer)!;
        const list = t.lists.find((l) => l.name === col.list);
        expect(
          list && 'values' in list ? x.when.filter((w) => !list.values.includes(w)) : ['no list'],
        ).toEqual([]);
      }
    }
  });
});
