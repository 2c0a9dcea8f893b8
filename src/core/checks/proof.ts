import { criterionMatches, isBlank } from '../values/cell';
import { at, shown, tableWith, type CheckContext } from './context';
import { issue, type Issue, type RuleParams } from './issue';

type Reason = Extract<RuleParams['proof'], { problem: 'not-counted' }>['reasons'][number];

/**
 * Seed 000's chair: a proof counts when it is described, sourced and supports more than an
 * output (the workbook's « Preuve comptée »); each proof has its limits and biases.
 */
export function checkProofs(ctx: CheckContext): Issue[] {
  const rule = ctx.rules.proofs;
  const t = rule ? tableWith(ctx, rule.table, rule.key, rule.type, rule.proof) : undefined;
  if (!rule || !t) return [];
  const out: Issue[] = [];
  for (const r of t.rows) {
    const v = r.values;
    if (isBlank(v[rule.key] ?? null) || isBlank(v[rule.type] ?? null)) continue;
    const base = { key: shown(v[rule.key]), kind: shown(v[rule.type]) };
    const reasons: Reason[] = [];
    if (isBlank(v[rule.proof] ?? null)) reasons.push('undescribed');
    if (t.columns[rule.source] !== undefined && isBlank(v[rule.source] ?? null))
      reasons.push('unsourced');
    if (criterionMatches(v[rule.supports], rule.outputOnly)) reasons.push('output-only');
    if (reasons.length > 0) {
      const params = { problem: 'not-counted' as const, ...base, reasons };
      out.push(issue('proof', 'warning', at(t, r, rule.proof), params));
    }
    if (t.columns[rule.limits] !== undefined && isBlank(v[rule.limits] ?? null)) {
      const params = { problem: 'no-limits' as const, ...base };
      out.push(issue('proof', 'warning', at(t, r, rule.limits), params));
    }
  }
  return out;
}
