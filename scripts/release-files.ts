import * as fs from 'fs';
import * as path from 'path';
import { benchData } from '../bench/generate';
import { buildPlan } from '../src/core/plan/build';
import { ca } from '../src/core/templates/ca';
import { planToXlsx } from '../src/workbook/xlsx/render';

/**
 * The workbooks of the release check in real Excel (docs/excel.md): two partners' CA workbooks of
 * 1 000 actions each (seeded, as the benchmarks), to be consolidated into 2 000 actions in Excel,
 * and one 2 000-action workbook to check directly. Run: npx tsx scripts/release-files.ts [dir]
 */
async function main(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const now = new Date();
  const files: [string, number, number][] = [
    ['partenaire-albi.xlsx', 1000, 1],
    ['partenaire-castres.xlsx', 1000, 2],
    ['suivi-2000-actions.xlsx', 2000, 3],
  ];
  for (const [name, actions, seed] of files) {
    const bytes = await planToXlsx(buildPlan(ca, { data: benchData(actions, seed), now }));
    fs.writeFileSync(path.join(dir, name), bytes);
    process.stdout.write(`${path.join(dir, name)} : ${actions} actions\n`);
  }
}

void main(process.argv[2] ?? 'recette');
