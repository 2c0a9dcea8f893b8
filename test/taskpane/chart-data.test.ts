import { checkWorkbook } from '../../src/core/check';
import { EXAMPLES } from '../../src/core/examples';
import { buildPlan } from '../../src/core/plan/build';
import { getTemplate } from '../../src/core/templates';
import { plannedVsAchieved } from '../../src/taskpane/chart-data';
import { MemoryWorkbook } from '../../src/workbook/memory/memory-workbook';

async function exampleCheck(id: 'ca' | 'cpts') {
  const template = getTemplate(id)!;
  const wb = MemoryWorkbook.empty();
  await wb.render(buildPlan(template, { lang: 'fr', ...EXAMPLES[id] }));
  return { template, result: checkWorkbook(await wb.readValues()) };
}

describe('planned against achieved', () => {
  it('compares each indicator’s Valeur cible with its Valeur réalisée (ca)', async () => {
    const { template, result } = await exampleCheck('ca');
    const chart = plannedVsAchieved(template, result.records);
    expect(chart?.planned).toBe('Valeur cible');
    expect(chart?.achieved).toBe('Valeur réalisée');
    expect(chart?.pairs.length).toBe(result.records['Indicateurs']?.length);
    expect(chart?.pairs[0]?.label).toMatch(/^A1 · /);
    expect(chart?.pairs.every((p) => p.planned !== null)).toBe(true);
    expect(chart?.pairs.some((p) => p.achieved !== null && p.achieved > 0)).toBe(true);
  });

  it.each(['ca', 'cpts'] as const)(
    'gives the same chart from the check’s computed tables as computing them again (%s)',
    async (id) => {
      const { template, result } = await exampleCheck(id);
      expect(result.computed).toBeDefined();
      const fromCheck = plannedVsAchieved(template, result.records, result.computed);
      expect(fromCheck?.pairs.length).toBeGreaterThan(0);
      expect(fromCheck).toEqual(plannedVsAchieved(template, result.records));
    },
  );

  it('compares invited and participating people per project (cpts)', async () => {
    const { template, result } = await exampleCheck('cpts');
    const chart = plannedVsAchieved(template, result.records);
    expect(chart?.planned).toBe('Personnes invitées ou ciblées');
    expect(chart?.achieved).toBe('Participants');
    expect(chart?.pairs.map((p) => p.label)).toContain('Réseau addictologie');
  });
});

/** Issue 14: « prévu 0,85 », each bar pair on its own scale, no attainment per row. */
describe('planned against achieved, readable', () => {
  it('knows which rows are percentages and the attainment of each', async () => {
    const { template, result } = await exampleCheck('ca');
    const chart = plannedVsAchieved(template, result.records)!;
    const percent = chart.pairs.filter((p) => p.percent);
    expect(percent.length).toBeGreaterThan(0);
    expect(percent.every((p) => (p.planned ?? 0) <= 1)).toBe(true);
    for (const p of chart.pairs) {
      // e.g. 3 planned, 2 + 1 achieved: 3 / 3 = 100 %
      if (p.planned && p.achieved !== null)
        expect(p.attainment).toBeCloseTo(p.achieved / p.planned);
    }
    // One scale for every bar: at least 100 %, at least the largest attainment (up to 200 %).
    const largest = Math.max(...chart.pairs.map((p) => p.attainment ?? 0));
    expect(chart.scale).toBe(Math.min(2, Math.max(1, largest)));
  });
});
