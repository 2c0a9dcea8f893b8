import { EXAMPLES } from '../../../src/core/examples';
import { describeAttention } from '../../../src/core/restore/describe';
import { formulaPurpose } from '../../../src/core/restore/links';
import { restore } from '../../../src/core/restore/restore';
import type { Restored } from '../../../src/core/restore/types';
import { ca } from '../../../src/core/templates/ca';
import { caV1, enteredValues, inputOf, restored } from '../../merge/support/workbooks';
import { rowWith } from '../support/examples';
import { setCell, tableOf } from '../support/plan-input';

const example = () => inputOf(ca, EXAMPLES.ca.data);
const rowsOf = (r: Restored, table: string) => r.tables[table]!.map((x) => x.values);

describe('restore', () => {
  it('reads a version 1 workbook as records of version 3, keyed by column id', () => {
    const r = restored(inputOf(caV1, EXAMPLES.ca.data), 'partenaire.xlsx');
    expect([r.version, r.readAs, r.template.version]).toEqual([1, 1, 3]);
    const links = rowsOf(r, 'Preuves').map((x) => x.link);
    const typed = EXAMPLES.ca.data['Preuves']!.map((x) => x['link'] ?? null);
    expect(links).toEqual(typed);
    expect(rowsOf(r, 'Actions').every((x) => !('associatedPartners' in x))).toBe(true);
    expect(r.attention).toEqual([]);
    expect(r.others).toEqual([]);
  });

  it('keeps values exactly as typed: text stays text, nothing fixed', () => {
    const input = example();
    const a1 = rowWith(input, 'Actions', 'A1');
    setCell(input, 'Actions', a1, 'Budget prévu (€)', '12,5');
    setCell(input, 'Actions', a1, "Intitulé de l'action", '=SUM(A1:A3)');
    setCell(input, 'Actions', a1, 'Objectifs poursuivis', ' +33 6 12 34 56 78 ');
    setCell(input, 'Actions', a1, 'Les ressources ont été mobilisées comme prévu', 'oui');
    const row = restored(input, 'a.xlsx').tables['Actions']![0]!.values;
    expect(row).toMatchObject({
      budget: '12,5',
      title: '=SUM(A1:A3)',
      aims: ' +33 6 12 34 56 78 ',
      resourcesOk: 'oui',
    });
  });

  it('takes the value of a formula typed in an entered column, and says so', () => {
    const input = example();
    const t = tableOf(input, 'Actions');
    const c = t.headers.indexOf("Intitulé de l'action");
    t.values[0]![c] = 2;
    t.formulas[0]![c] = '1+1';
    const r = restored(input, 'a.xlsx');
    expect(r.tables['Actions']![0]!.values.title).toBe(2);
    expect(r.attention).toEqual([
      {
        kind: 'formula',
        sheet: 'Actions',
        cell: 'C2',
        column: "Intitulé de l'action",
        formula: '1+1',
        value: 2,
        does: { kind: 'calculation' },
      },
    ]);
  });

  it('flags a formula reading another workbook as an external link', () => {
    const input = example();
    const t = tableOf(input, 'Partenaires');
    t.values[0]![2] = 'contact@x.example';
    t.formulas[0]![2] = "'C:\\Partage\\[annuaire.xlsx]Feuil1'!B2";
    const a = restored(input, 'a.xlsx').attention[0];
    expect(a).toMatchObject({
      kind: 'formula',
      does: { kind: 'external' },
      value: 'contact@x.example',
    });
  });

  it('describes =HYPERLINK("https://…") as a link and keeps it as the cell’s link (regression: « elle lisait un autre classeur »)', () => {
    const input = example();
    const t = tableOf(input, 'Preuves');
    const c = t.headers.indexOf('Lien ou emplacement de la preuve');
    t.values[0]![c] = 'Compte rendu';
    t.formulas[0]![c] = 'HYPERLINK("https://example.org/cr.pdf?a=1&b=""x""","Compte rendu")';
    const r = restored(input, 'a.xlsx');
    const a = r.attention.find((x) => x.kind === 'formula')!;
    const target = 'https://example.org/cr.pdf?a=1&b="x"';
    expect(a).toMatchObject({ does: { kind: 'hyperlink', target, kept: true } });
    expect(describeAttention(a, 'fr')).toContain(
      `un lien hypertexte vers « ${target} » : son texte « Compte rendu » est repris, avec le lien.`,
    );
    expect(describeAttention(a, 'fr')).not.toContain('autre classeur');
    expect(Object.values(r.tables['Preuves']![0]!.links)).toEqual([target]);
  });

  it.each([
    [
      'HYPERLINK("file:///C:/x.docx","doc")',
      { kind: 'hyperlink', target: 'file:///C:/x.docx', kept: false },
    ],
    ['[1]Feuil1!A1', { kind: 'external' }],
    [
      'WEBSERVICE("https://api.example.org/n")',
      { kind: 'web', target: 'https://api.example.org/n' },
    ],
    ['CONCATENATE("voir https://x.org", A1)', { kind: 'calculation' }],
  ])('says what =%s does', (f, does) => {
    expect(formulaPurpose(f)).toEqual(does);
  });

  it('keeps web and mail links, drops the others but keeps their text', () => {
    const input = example();
    const t = tableOf(input, 'Preuves');
    const c = t.headers.indexOf('Lien ou emplacement de la preuve');
    t.links = t.values.map(() => t.headers.map(() => null));
    t.values[0]![c] = 'rapport';
    t.links[0]![c] = 'https://example.org/rapport.pdf';
    t.values[1]![c] = 'doc';
    t.links[1]![c] = 'file:///C:/x';
    t.values[2]![c] = 'macro';
    t.links[2]![c] = 'javascript:alert(1)';
    const r = restored(input, 'a.xlsx');
    const proofs = r.tables['Preuves']!;
    expect(proofs[0]!.links).toEqual({ link: 'https://example.org/rapport.pdf' });
    expect([proofs[1]!.values.link, proofs[1]!.links]).toEqual(['doc', {}]);
    expect(r.attention.map((a) => a.kind === 'link-dropped' && a.target)).toEqual([
      'file:///C:/x',
      'javascript:alert(1)',
    ]);
  });

  it('carries unknown columns and rows that only they fill to Autres données', () => {
    const input = example();
    const t = tableOf(input, 'Actions');
    t.headers.push('Remarques');
    t.values.forEach((row, i) => row.push(i === 0 ? 'à revoir' : i === 10 ? 'ligne seule' : null));
    t.formulas.forEach((row) => row.push(null));
    const r = restored(input, 'a.xlsx');
    expect(r.tables['Actions']).toHaveLength(4);
    expect(r.others).toEqual([
      expect.objectContaining({
        file: 'a.xlsx',
        sheet: 'Actions',
        table: 'Actions',
        cell: 'AR2',
        row: 'A1',
        header: 'Remarques',
        value: 'à revoir',
        reason: 'unknown-column',
      }),
      expect.objectContaining({ cell: 'AR12', row: null, value: 'ligne seule' }),
    ]);
    expect(r.attention).toContainEqual({
      kind: 'unknown-column',
      sheet: 'Actions',
      table: 'Actions',
      header: 'Remarques',
      values: 2,
    });
  });

  it('regenerates computed cells but carries a value typed over a formula', () => {
    const input = example();
    const t = tableOf(input, 'Actions');
    const c = t.headers.indexOf('Triangulation');
    t.formulas[2]![c] = null;
    t.values[2]![c] = 'OUI';
    const r = restored(input, 'a.xlsx');
    expect(r.tables['Actions']!.every((x) => !('triangulation' in x.values))).toBe(true);
    expect(r.others).toEqual([
      expect.objectContaining({ cell: 'AP4', row: 'A3', value: 'OUI', reason: 'computed-typed' }),
    ]);
    expect(r.attention[0]).toMatchObject({ kind: 'computed-typed', cell: 'AP4' });
  });

  it('reads a header renamed by a typo as its column; a header too far goes to Autres données', () => {
    const input = example();
    const t = tableOf(input, 'Actions');
    t.headers[t.headers.indexOf("Intitulé de l'action")] = 'Intitulé de laction';
    t.headers[t.headers.indexOf('Porteur')] = 'Structure porteuse du projet';
    const r = restored(input, 'a.xlsx');
    expect(r.tables['Actions']![0]!.values.title).toBe(EXAMPLES.ca.data['Actions']![0]!['title']);
    expect(r.tables['Actions']![0]!.values.owner).toBeUndefined();
    expect(r.attention).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'header-renamed',
          cell: 'C1',
          column: "Intitulé de l'action",
        }),
        { kind: 'missing-column', table: 'Actions', column: 'Porteur' },
        expect.objectContaining({
          kind: 'unknown-column',
          header: 'Structure porteuse du projet',
          values: 4,
        }),
      ]),
    );
    expect(r.others.filter((o) => o.header === 'Structure porteuse du projet')).toHaveLength(4);
  });

  it('carries unknown tables and sheets, and cells outside the tables; lists come from Listes', () => {
    const input = example();
    input.tables.push({
      name: 'MesNotes',
      sheet: 'Notes',
      origin: 'B2',
      headers: ['Sujet', 'Note'],
      values: [['Budget', '=à voir']],
      formulas: [[null, null]],
    });
    input.loose = [
      { sheet: 'Brouillon', ref: 'C3', value: 42 },
      { sheet: 'Actions', ref: 'AP1', value: 'total', formula: 'SUM(Q2:Q4)' },
      { sheet: 'Synthèse', ref: 'B6', value: 3, formula: 'COUNTA(x)' }, // generated: left out
      { sheet: 'Synthèse', ref: 'F2', value: 'note perso' },
      { sheet: 'Listes', ref: 'F1', value: 'Territoires' },
      { sheet: 'Listes', ref: 'F2', value: 'Albigeois' },
      { sheet: 'Listes', ref: 'F40', value: 'Gaillacois' }, // below the named range
      { sheet: 'Listes', ref: 'Z1', value: 'Ma liste' },
      { sheet: 'Contrôles', ref: 'A1', value: 'Gravité' },
    ];
    input.lists = { Territoires: ['Albigeois', 'Carmausin'] };
    const r = restored(input, 'a.xlsx');
    expect(r.lists['Territoires']).toEqual(['Albigeois', 'Carmausin', 'Gaillacois']);
    expect(r.others.map((o) => [o.sheet, o.cell, o.header, o.value, o.reason, o.detail])).toEqual([
      ['Notes', 'B3', 'Sujet', 'Budget', 'unknown-table', undefined],
      ['Notes', 'C3', 'Note', '=à voir', 'unknown-table', undefined],
      ['Brouillon', 'C3', '', 42, 'unknown-sheet', undefined],
      ['Actions', 'AP1', '', 'total', 'outside-table', '=SUM(Q2:Q4)'],
      ['Synthèse', 'F2', '', 'note perso', 'outside-table', undefined],
      ['Listes', 'Z1', '', 'Ma liste', 'outside-table', undefined],
    ]);
    expect(r.attention.map((a) => a.kind)).toEqual([
      'unknown-table',
      'unknown-sheet', // Brouillon
      'outside-table', // Actions
      'outside-table', // Synthèse
      'outside-table', // Listes
      'report-sheet',
    ]);
  });

  it('carries an earlier Autres données table row for row, as it was', () => {
    const input = example();
    input.tables.push({
      name: 'AutresDonnees',
      sheet: 'Autres données',
      origin: 'A1',
      headers: [
        'Fichier',
        'Partenaire',
        'Feuille',
        'Tableau',
        'Cellule',
        'Repère de la ligne',
        'En-tête',
        'Valeur',
        'Remarque',
      ],
      values: [
        [
          'b.xlsx',
          'CCAS',
          'Actions',
          'Actions',
          'AQ2',
          'A1',
          'Remarques',
          'à revoir',
          'colonne inconnue du modèle',
        ],
      ],
      formulas: [Array(9).fill(null)],
    });
    expect(restored(input, 'fusion.xlsx').others).toEqual([
      {
        file: 'b.xlsx',
        partner: 'CCAS',
        sheet: 'Actions',
        table: 'Actions',
        cell: 'AQ2',
        row: 'A1',
        header: 'Remarques',
        value: 'à revoir',
        reason: 'carried',
        detail: 'colonne inconnue du modèle',
      },
    ]);
  });

  it.each([
    ['the Programme coordinator', 'Coordinatrice du DAC', true],
    ['else the most frequent Porteur', 'DAC du Tarn', false],
  ])('names the partner: %s', (_what, partner, coordinator) => {
    const input = example();
    if (!coordinator)
      setCell(input, 'Programme', rowWith(input, 'Programme', 'Coordinateur·rice'), 'Valeur', null);
    expect(restored(input, 'dossier/suivi.xlsx').partner).toBe(partner);
  });

  it('names the partner after the file when nothing else does, and refuses an unknown workbook', () => {
    expect(restored(inputOf(ca, {}), 'C:\\envois\\ccas-albi.xlsx').partner).toBe('ccas-albi');
    expect(restore({ sheets: ['Feuil1'], tables: [], meta: {} }, 'x.xlsx')).toMatchObject({
      template: undefined,
      issues: [{ params: { problem: 'template-unknown' } }],
    });
  });

  it('keeps every entered value of the example (the multiset, provenance aside)', () => {
    const input = inputOf(caV1, EXAMPLES.ca.data);
    const r = restored(input, 'a.xlsx');
    const back = r.template.tables.flatMap((def) =>
      r.tables[def.name]!.flatMap((row) =>
        Object.values(row.values).filter((v) => v !== null && v !== ''),
      ),
    );
    const tables = caV1.tables.map((t) => t.name);
    expect(back.length).toBe(enteredValues(caV1, input, tables).length);
  });
});
