import { looksBlank } from '../read/normalise';
import { criterionMatches, type CellValue } from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * Objectives form a tree: a Spécifique hangs from a Général, an Opérationnel from a Spécifique;
 * a Général has no parent. A parent code that does not exist is unknown-reference's business.
 */
export function checkObjectiveTree(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.objectiveTree;
  const t = rule ? tableWith(ctx, rule.table, rule.code, rule.level, rule.parent) : undefined;
  if (!rule || !t) return [];
  const levelOf = (v: CellValue | undefined) =>
    rule.levels.findIndex((l) => criterionMatches(v, l));
  const norm = (v: CellValue | undefined) => shown(v).trim().toLowerCase();
  const out: Issue[] = [];
  for (const r of t.rows) {
    const level = levelOf(r.values[rule.level]);
    if (level < 0) continue;
    const parent = r.values[rule.parent];
    const code = shown(r.values[rule.code]);
    const where = at(t, r, rule.parent);
    if (looksBlank(parent)) {
      if (level > 0) {
        const params = {
          problem: 'no-parent' as const,
          code,
          level: rule.levels[level] as string,
          expected: rule.levels[level - 1] as string,
        };
        out.push(issue('objective-tree', 'error', where, params));
      }
      continue;
    }
    if (level === 0) {
      out.push(
        issue('objective-tree', 'warning', where, {
          problem: 'general-with-parent',
          code,
          parent: shown(parent),
        }),
      );
      continue;
    }
    const p = t.rows.find(
      (x) => !looksBlank(x.values[rule.code]) && norm(x.values[rule.code]) === norm(parent),
    );
    const parentLevel = p ? levelOf(p.values[rule.level]) : -1;
    if (!p || parentLevel < 0 || parentLevel === level - 1) continue;
    const params = {
      problem: 'parent-level' as const,
      code,
      level: rule.levels[level] as string,
      parent: shown(parent),
      found: rule.levels[parentLevel] as string,
      expected: rule.levels[level - 1] as string,
    };
    out.push(issue('objective-tree', 'error', where, params));
  }
  return out;
}
