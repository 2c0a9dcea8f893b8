import { buildPlan } from './src/core/plan/build';
import { ca } from './src/core/templates/ca';
import { benchData } from './bench/generate';
import { planToXlsx } from './src/workbook/xlsx/render';
(async () => {
  const mb = () => Math.round(process.memoryUsage().heapTotal / 1e6) + 'T ' + Math.round(process.memoryUsage().rss / 1e6) + '/' + Math.round(process.memoryUsage().heapUsed / 1e6) + '/' + Math.round(process.memoryUsage().external / 1e6)+'/'+Math.round(process.memoryUsage().arrayBuffers / 1e6);
  const plan = buildPlan(ca, { data: benchData(Number(process.argv[2])), now: new Date('2026-01-15T00:00:00Z') });
  console.log('plan', mb());
  let peak = 0; let peakS = '';
  const t = setInterval(() => { const r = process.memoryUsage().rss; if (r > peak) { peak = r; peakS = mb(); } }, 20);
  const b = await planToXlsx(plan);
  clearInterval(t);
  console.log('done', mb(), 'peak', peakS, b.length);
})();
