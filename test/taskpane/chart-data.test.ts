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

  it('compares invited and participating people per project (cpts)', async () => {
    const { template, result } = await exampleCheck('cpts');
    const chart = plannedVsAchieved(template, result.records);
    expect(chart?.planned).toBe('Personnes invitées ou ciblées');
    expect(chart?.achieved).toBe('Participants');
    expect(chart?.pairs.map((p) => p.label)).toContain('Réseau addictologie');
  });
});
