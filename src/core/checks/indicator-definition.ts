import { criterionMatches, isNumber } from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * An indicator whose wanted direction goes against baseline → target, or a level or rate
 * summed over quarters (50 % + 60 % read as 110 %). Warnings: the figures are computed, but
 * they do not say what the coordinator meant.
 */
export function checkIndicatorDefinition(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.indicatorDefinition;
  const t = rule ? tableWith(ctx, rule.table, rule.direction, rule.nature, rule.mode) : undefined;
  if (!rule || !t) return [];
  const out: Issue[] = [];
  for (const r of t.rows) {
    const v = r.values;
    const base = { key: shown(v[rule.key]), indicator: shown(v[rule.label]) };
    const [b, target] = [v[rule.baseline], v[rule.target]];
    if (isNumber(b) && isNumber(target) && target !== b) {
      const wrong =
        (criterionMatches(v[rule.direction], rule.up) && target < b) ||
        (criterionMatches(v[rule.direction], rule.down) && target > b);
      if (wrong) {
        const params = {
          problem: 'direction-contradicts' as const,
          ...base,
          direction: shown(v[rule.direction]),
          baseline: b,
          target,
        };
        out.push(issue('indicator-definition', 'warning', at(t, r, rule.direction), params));
      }
    }
    if (criterionMatches(v[rule.mode], rule.sum) && criterionMatches(v[rule.nature], rule.level)) {
      const params = {
        problem: 'level-summed' as const,
        ...base,
        mode: shown(v[rule.mode]),
        nature: shown(v[rule.nature]),
      };
      out.push(issue('indicator-definition', 'warning', at(t, r, rule.mode), params));
    }
  }
  return out;
}
