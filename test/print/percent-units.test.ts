import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { columnLetter } from '../../src/core/formula/refs';
import { buildPlan } from '../../src/core/plan/build';
import { tableDef, TEMPLATES } from '../../src/core/templates';
import { copil } from '../../src/core/templates/ca-copil';
import { planToXlsx } from '../../src/workbook/xlsx/render';
import { exportPdf } from '../support/libreoffice';
import { pageTexts } from '../support/pdf';

/**
 * Regression (the lead's defect, issue 18's spirit): an indicator whose « Unité » is
 * « Pourcentage » holds fractions (0.5 for 50 %), which the workbook showed as « 0.5 » in the
 * Indicateurs sheet and in the « Tableau de bord COPIL ». Rows typed after the workbook was made
 * (here by openpyxl, Debian's python3, into a blank workbook from both writers) must show « 50 % »
 * and « 12.5 % » in what LibreOffice prints, their stored values staying fractions; a Nombre row
 * keeps its number.
 */
jest.setTimeout(180000);

const NOW = new Date('2026-03-01T00:00:00Z');
const ca = TEMPLATES.ca!;
const indicators = tableDef(ca, 'Indicateurs');
const actions = tableDef(ca, 'Actions');
const at = (def: typeof indicators, id: string, row: number) =>
  `${columnLetter(def.columns.findIndex((c) => c.id === id))}${row}`;

/** What a coordinator types later: one action, a Pourcentage indicator and a Nombre one. */
const TYPED: [string, string, string | number][] = [
  [actions.sheet, at(actions, 'id', 2), 'A1'],
  [actions.sheet, at(actions, 'title', 2), 'Campagne test'],
  [indicators.sheet, at(indicators, 'action', 2), 'A1'],
  [indicators.sheet, at(indicators, 'type', 2), 'Résultat'],
  [indicators.sheet, at(indicators, 'name', 2), 'Part des orienteurs formés'],
  [indicators.sheet, at(indicators, 'unit', 2), 'Pourcentage'],
  [indicators.sheet, at(indicators, 'direction', 2), 'Hausse souhaitée'],
  [indicators.sheet, at(indicators, 'nature', 2), 'Niveau ou taux'],
  [indicators.sheet, at(indicators, 'target', 2), 0.5],
  [indicators.sheet, at(indicators, 't1', 2), 0.125],
  [indicators.sheet, at(indicators, 'action', 3), 'A1'],
  [indicators.sheet, at(indicators, 'type', 3), 'Activité'],
  [indicators.sheet, at(indicators, 'name', 3), 'Réunions tenues ensemble'],
  [indicators.sheet, at(indicators, 'unit', 3), 'Nombre'],
  [indicators.sheet, at(indicators, 'direction', 3), 'Hausse souhaitée'],
  [indicators.sheet, at(indicators, 'nature', 3), 'Cumul sur la période'],
  [indicators.sheet, at(indicators, 'target', 3), 50],
  [indicators.sheet, at(indicators, 't1', 3), 12],
];

const TYPE_WITH_OPENPYXL = `
import json, sys, openpyxl
src, dst, cells = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(src)
for sheet, ref, value in cells:
    wb[sheet][ref] = value
# The dashboard prints the lines in use when the workbook was made: widen it as a user would.
wb[sys.argv[4]].print_area = 'A1:J10'
wb.save(dst)
wb = openpyxl.load_workbook(dst)
print(json.dumps([wb[s][r].value for s, r, _ in cells]))
`;

const lines: Record<string, string[]> = {};
const stored: Record<string, unknown[]> = {};

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trepied-percent-'));
  const plan = buildPlan(ca, { now: NOW });
  const files: string[] = [];
  for (const stream of [false, true]) {
    const name = stream ? 'stream' : 'memory';
    const blank = path.join(dir, `${name}-blank.xlsx`);
    const typed = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(blank, await planToXlsx(plan, { stream }));
    const py = spawnSync(
      '/usr/bin/python3',
      ['-c', TYPE_WITH_OPENPYXL, blank, typed, JSON.stringify(TYPED), copil.sheet],
      { encoding: 'utf8' },
    );
    if (py.status !== 0) throw new Error(`openpyxl: ${py.stderr}`);
    stored[name] = JSON.parse(py.stdout) as unknown[];
    files.push(typed);
  }
  exportPdf(files, path.join(dir, 'pdf')).forEach((pdf, i) => {
    lines[i === 0 ? 'memory' : 'stream'] = pageTexts(pdf).flatMap((p) => p.split('\n'));
  });
});

const line = (writer: string, text: string, from = 0) =>
  lines[writer]!.slice(from).find((l) => l.includes(text)) ?? '';
/** The first line of the dashboard sheet, after which its lines are looked for. */
const dashboard = (writer: string) =>
  lines[writer]!.findIndex((l) => l.includes('Tableau de bord – Suivi général'));

describe.each(['memory', 'stream'])('Pourcentage indicators typed later (%s writer)', (writer) => {
  it('keeps the typed values as fractions', () => {
    expect(stored[writer]).toEqual(TYPED.map(([, , v]) => v));
  });

  it('shows target, T1 and the realised value as percentages in Indicateurs', () => {
    const l = line(writer, 'Part des orienteurs formés');
    // Target 50 %, T1 12.5 %, realised (last value) 12.5 %; never the fraction.
    expect(l).toMatch(/\b50\s?%.*\b12\.5\s?%.*\b12\.5\s?%/);
    expect(l).not.toMatch(/\b0\.5\b|\b0\.125\b|0\.13\b/);
  });

  it('leaves a Nombre indicator as a number', () => {
    const l = line(writer, 'Réunions tenues ensemble');
    expect(l).toMatch(/\b50\s+12\b/);
    expect(l).not.toMatch(/\b(50|12|5000|1200)\s?%\s/);
  });

  it('shows the percentages in the COPIL dashboard', () => {
    const from = dashboard(writer);
    expect(from).toBeGreaterThan(0);
    expect(line(writer, 'Part des orienteurs formés', from)).toMatch(/\b50\s?%\s+12\.5\s?%/);
    expect(line(writer, 'Réunions tenues ensemble', from)).toMatch(/\b50\s+12\b/);
  });
});
