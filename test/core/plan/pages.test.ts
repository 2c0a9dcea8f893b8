import {
  ForeignSheets,
  markedSheets,
  pageMarks,
  pagesToReplace,
  sheetOfRef,
} from '../../../src/core/plan/pages';
import { DIALOGUE_MARK } from '../../../src/core/templates/marks';

/* Which sheets are Trépied's dialogue pages (issue 15): by their defined name, never by name alone. */
describe('marked pages', () => {
  it('reads the sheet of a single-cell reference as Excel, LibreOffice and ExcelJS write it', () => {
    expect(sheetOfRef("'Accès aux soins'!$A$1")).toBe('Accès aux soins');
    expect(sheetOfRef('=Prévention!$A$1')).toBe('Prévention');
    expect(sheetOfRef("'L''équipe'!A1")).toBe("L'équipe");
    expect(sheetOfRef('#REF!')).toBeUndefined();
    expect(sheetOfRef('=#REF!$A$1')).toBeUndefined();
    expect(sheetOfRef("'#REF'!$A$1")).toBe('#REF');
    expect(sheetOfRef("'Prévention'!$A$1:$B$2")).toBeUndefined();
  });

  it('knows a page by its mark only; a broken mark or another name marks nothing', () => {
    const marked = markedSheets(DIALOGUE_MARK, [
      { name: 'Trepied_Dialogue_1', ref: "'Accès aux soins'!$A$1" },
      { name: 'trepied_dialogue_7', ref: 'Prévention!$A$1' },
      { name: 'Trepied_Dialogue_2', ref: '#REF!' },
      { name: 'Trepied_Dialogue', ref: "'Parcours pluriprofessionnels'!$A$1" },
      { name: 'CPTS_ACI_TotalDu', ref: 'Synthèse!$B$4' },
    ]);
    expect([...marked.keys()]).toEqual(['accès aux soins', 'prévention']);
    expect(marked.get('prévention')).toEqual(['trepied_dialogue_7']);
  });

  it('replaces the marked same-named sheets; refuses, naming it, a same-named sheet without the mark', () => {
    const marked = markedSheets(DIALOGUE_MARK, [
      { name: 'Trepied_Dialogue_1', ref: "'Accès aux soins'!$A$1" },
    ]);
    expect(
      pagesToReplace(['Accès aux soins', 'Prévention'], ['ACI', 'accès aux soins'], marked),
    ).toEqual(['accès aux soins']);
    const refuse = () =>
      pagesToReplace(['Accès aux soins', 'Prévention'], ['Accès aux soins', 'Prévention'], marked);
    expect(refuse).toThrow(ForeignSheets);
    expect(refuse).toThrow(
      'La feuille « Prévention » existe déjà dans ce classeur et n’a pas été créée par Trépied : Trépied ne la remplace pas. Renommez-la (clic droit sur l’onglet > Renommer), puis recommencez.',
    );
  });

  it('numbers new marks after those that stay, and quotes the sheet in the reference', () => {
    expect(
      pageMarks(
        DIALOGUE_MARK,
        ['Accès aux soins', 'Prévention', 'ACI'],
        ['Trepied_Dialogue_2', 'X_1'],
      ),
    ).toEqual([
      { name: 'Trepied_Dialogue_1', ref: "'Accès aux soins'!$A$1" },
      { name: 'Trepied_Dialogue_3', ref: "'Prévention'!$A$1" },
      { name: 'Trepied_Dialogue_4', ref: 'ACI!$A$1' },
    ]);
  });
});
