import * as fs from 'fs';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The only exception, a known third-party false positive: Fluent UI's focus manager (tabster)
 * surrounds focus groups with "dummy inputs", <i tabindex="0" aria-hidden="true"> elements that
 * never keep focus (they pass it on at once); axe reports them as aria-hidden-focus. They are
 * told apart by tabster's own attribute, so a real aria-hidden focusable element still fails.
 */
const KNOWN_FALSE_POSITIVES = (rule: string, node: string) =>
  rule === 'aria-hidden-focus' && node.includes('data-tabster-dummy');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Violations whose impact is serious or critical. axe-core is evaluated through the debugging
 * protocol (as a devtools snippet), so the pane's CSP, which forbids inline scripts, stays on.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    type Result = {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[]; html: string }[];
    };
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: Result[] }> } }
    ).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      // The target selector, and the element's opening tag (to recognise tabster's dummies).
      nodes: v.nodes.map((n) => `${n.target.map(String).join(' ')} ${n.html}`),
    }));
  });
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !KNOWN_FALSE_POSITIVES(v.id, n)) }))
    .filter((v) => v.nodes.length > 0)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The heading levels of the page, in document order, e.g. [1, 2, 3, 2]. */
export function headingLevels(page: Page): Promise<number[]> {
  return page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
}

/** Levels that jump more than one step down from the previous heading (h1 → h3). */
export function headingJumps(levels: number[]): string[] {
  return levels.flatMap((level, i) =>
    i > 0 && level > (levels[i - 1] ?? 0) + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
  );
}

/** Ids named by aria-labelledby / aria-describedby that no element carries. */
export function danglingAriaIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-labelledby], [aria-describedby]')].flatMap((el) =>
      ['aria-labelledby', 'aria-describedby'].flatMap((attr) =>
        (el.getAttribute(attr) ?? '')
          .split(/\s+/)
          .filter((id) => id && !document.getElementById(id))
          .map((id) => `${attr}=${id}`),
      ),
    ),
  );
}
