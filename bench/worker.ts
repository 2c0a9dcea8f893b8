import * as fs from 'fs';
import { main as cli } from '../src/cli/main';
import { checkWorkbook } from '../src/core/check';
import { buildPlan } from '../src/core/plan/build';
import { jsonReport } from '../src/core/report/json-report';
import { ca } from '../src/core/templates/ca';
import { readWorkbookFile } from '../src/workbook/xlsx/reader';
import { planToXlsx } from '../src/workbook/xlsx/render';
import { benchData } from './generate';

/**
 * One measured operation in a fresh process, so peak memory (maxRSS) belongs to it alone.
 * Prints one JSON line: { ms, rssMB }.
 */
async function main(): Promise<void> {
  const [op, arg, out] = process.argv.slice(2);
  const t0 = performance.now();
  switch (op) {
    case 'new': {
      // What `trepied new ca` does, with the generated data in place of --example.
      // "200" or "200:7" (size, seed): partner files of the merge benchmark differ by seed.
      const [size, seed] = String(arg).split(':');
      const plan = buildPlan(ca, {
        data: benchData(Number(size), seed === undefined ? 42 : Number(seed)),
        now: new Date('2026-01-15T00:00:00Z'),
      });
      fs.writeFileSync(out as string, await planToXlsx(plan));
      break;
    }
    case 'check': {
      // What `trepied check --json` does: the reader, then the checker.
      const values = await readWorkbookFile(fs.readFileSync(arg as string), 'bench.xlsx');
      const report = jsonReport('bench.xlsx', checkWorkbook(values));
      fs.writeFileSync(out as string, JSON.stringify(report));
      break;
    }
    case 'check-stream': {
      // The reader alone, without the checker.
      const values = await readWorkbookFile(fs.readFileSync(arg as string), 'bench.xlsx');
      const rows = values.tables.reduce((n, t) => n + t.values.length, 0);
      if (out) fs.writeFileSync(out, JSON.stringify({ tables: values.tables.length, rows }));
      break;
    }
    case 'merge': {
      // What `trepied merge a.xlsx … -o out.xlsx` does (files listed in a text file, one per line).
      const files = fs
        .readFileSync(arg as string, 'utf8')
        .split('\n')
        .filter(Boolean);
      const code = await cli(['merge', ...files, '-o', out as string, '--force'], {
        out: () => undefined,
        err: () => undefined,
      });
      if (code === 2) throw new Error('merge failed');
      break;
    }
    default:
      throw new Error(`unknown op ${op}`);
  }
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

void main();
