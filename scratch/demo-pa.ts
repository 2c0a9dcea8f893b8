import JSZip from 'jszip';
import { MemoryWorkbook } from '../src/workbook/memory/memory-workbook';
import { buildPlan } from '../src/core/plan/build';
import { getTemplate } from '../src/core/templates';
import { EXAMPLES } from '../src/core/examples';
(async () => {
  const wb = MemoryWorkbook.empty();
  await wb.render(buildPlan(getTemplate('ca')!, { data: EXAMPLES.ca.data, config: EXAMPLES.ca.config }));
  const bytes = await wb.toBytes();
  require('fs').writeFileSync('/tmp/lead/demo.xlsx', bytes);
  const z = await JSZip.loadAsync(bytes);
  const x = await z.file('xl/workbook.xml')!.async('string');
  console.log((x.match(/<definedName name="_xlnm[^>]*>[^<]*/g) || []).join('\n'));
})();
