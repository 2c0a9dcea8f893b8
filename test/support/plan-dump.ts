import type { WorkbookPlan } from '../../src/core/plan/types';
import type { CellValue } from '../../src/core/values/cell';

const show = (v: CellValue | undefined): string =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : v === null || v === undefined
      ? ''
      : JSON.stringify(v);

/** A normalised, diffable text dump of a plan: one line per fact. */
export function dumpPlan(plan: WorkbookPlan): string {
  const lines: string[] = [
    `template ${plan.template} v${plan.version} lang=${plan.lang} created=${plan.created}`,
  ];
  for (const s of plan.sheets) {
    lines.push(
      '',
      `## ${s.name} state=${s.state} protect=${s.protect} frozen=${s.frozen.rows},${s.frozen.columns}`,
    );
    lines.push(`widths ${s.widths.join(' ')}`);
    if (s.rowHeights)
      lines.push(
        `heights ${Object.entries(s.rowHeights)
          .map(([r, h]) => `${r}=${h}`)
          .join(' ')}`,
      );
    for (const c of s.charts ?? []) {
      lines.push(
        `chart ${c.type}${c.stacked ? ' stacked' : ''}${c.percent ? ' percent' : ''} ${c.from}:${c.to} "${c.title}" categories=${c.categories}`,
        ...c.series.map(
          (x) =>
            `  series "${x.name}"${x.nameRef ? ` (${x.nameRef})` : ''} = ${x.values} ${x.colors.join(',')}`,
        ),
      );
    }
    for (const b of s.dataBars ?? []) lines.push(`databar ${b.range} ${b.color}`);
    const ps = s.pageSetup;
    if (ps) {
      const hf = (x: typeof ps.header) => `${x.left}|${x.center}|${x.right}`;
      lines.push(
        `print ${ps.orientation} fit=${ps.fit.width}x${ps.fit.height} area=${ps.area ?? '-'} titles=${ps.titleRows ?? '-'},${ps.titleColumns ?? '-'} breaks=${(ps.breaks ?? []).join(',') || '-'}`,
        `print header=${hf(ps.header)} footer=${hf(ps.footer)} margins=${Object.values(ps.margins).join(',')}`,
      );
    }
    if (s.table) {
      const t = s.table;
      lines.push(`table ${t.name} at ${t.origin} rows=${t.rows.length} style=${t.style}`);
      t.columns.forEach((c, j) => {
        const filled = t.rows
          .map((r) => r[j])
          .filter((v) => v !== null)
          .map(show);
        lines.push(
          `  col ${c.header}${c.locked ? ' [locked]' : ''}${c.numFmt ? ` fmt=${c.numFmt}` : ''}${c.formula ? ` = ${c.formula}` : ''}${filled.length ? ` values=${filled.join(',')}` : ''}`,
        );
      });
    }
    for (const c of s.cells) {
      lines.push(
        `cell ${c.ref}${c.formula ? ` = ${c.formula}` : ` ${show(c.value)}`}${c.numFmt ? ` fmt=${c.numFmt}` : ''}`,
      );
    }
    for (const v of s.validations) {
      lines.push(
        `validation ${v.range} ${v.type} ${v.operator ?? ''} ${v.formulae.map((f) => show(f as CellValue)).join(',')} style=${v.style}`,
      );
      // Prompts that define a column (ColumnDef.help); the generic percentage prompt is left out.
      if (v.prompt && v.type === 'list') lines.push(`  prompt ${v.prompt.title}: ${v.prompt.text}`);
    }
    for (const f of s.conditionalFormats)
      lines.push(
        `format ${f.range} when ${f.formula}${f.fill ? ` fill=${f.fill}` : ''}${f.numFmt ? ` fmt=${f.numFmt}` : ''}`,
      );
  }
  lines.push('', '## names');
  for (const n of plan.names) lines.push(`name ${n.name} = ${n.ref}`);
  return `${lines.join('\n')}\n`;
}
