import { isNumber, matchKey, type MatchKey } from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue } from './issue';

/**
 * The usagers partenaires a project says it has, against the codes listed for it (seed 003): the
 * distinct people of the CPTS are counted from the codes, so a project whose count and codes
 * disagree makes that figure wrong. Codes and projects compare as `=` does.
 */
export function checkPartnerCodes(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.partnerCodes;
  if (!rule) return [];
  const projects = tableWith(ctx, rule.table, rule.key, rule.count);
  const list = tableWith(ctx, rule.codes, rule.code, rule.project);
  if (!projects || !list) return [];
  const codes = new Map<MatchKey, Set<MatchKey>>();
  for (const r of list.rows) {
    const p = matchKey(r.values[rule.project]);
    const c = matchKey(r.values[rule.code]);
    if (p === undefined || c === undefined) continue;
    if (!codes.has(p)) codes.set(p, new Set());
    codes.get(p)!.add(c);
  }
  const out: Issue[] = [];
  for (const r of projects.rows) {
    const typed = r.values[rule.count];
    const key = matchKey(r.values[rule.key]);
    if (key === undefined || !isNumber(typed)) continue;
    const listed = codes.get(key)?.size ?? 0;
    if (listed === typed) continue;
    const params = { key: shown(r.values[rule.key]), typed, listed, sheet: list.sheet };
    out.push(issue('partner-codes', 'warning', at(projects, r, rule.count), params));
  }
  return out;
}
