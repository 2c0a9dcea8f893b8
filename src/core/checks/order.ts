import { decodeCell } from '../read/address';
import { RULE_ORDER, type Issue } from './issue';

type Key = (number | string)[];

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] as number | string, b[i] as number | string];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Issues in a stable, reviewable order: workbook-level first, then by the template's sheet
 * order (other sheets after, by name), then row, column and rule. Equal keys keep their order.
 */
export function sortIssues(issues: Issue[], sheetOrder: string[]): Issue[] {
  const key = (x: Issue): Key => {
    const known = sheetOrder.indexOf(x.sheet);
    const rank = x.sheet === '' ? -1 : known >= 0 ? known : sheetOrder.length;
    const c = decodeCell(x.cell);
    return [
      rank,
      known >= 0 ? '' : x.sheet,
      c?.row ?? 0,
      c?.column ?? -1,
      RULE_ORDER.indexOf(x.rule),
    ];
  };
  return issues
    .map((x) => ({ x, k: key(x) }))
    .sort((a, b) => compareKeys(a.k, b.k))
    .map((k) => k.x);
}
